/** Runs the approvals' deadline sweep on a timer (every instance may; each deadline is handled once). */
import type { Logger } from '../logger';
import type { Approvals } from './approvals';

export function startDeadlineSweep(approvals: Pick<Approvals, 'sweep'>, logger: Logger, everyMs = 30_000): () => void {
  const timer = setInterval(() => {
    approvals.sweep().catch((error: unknown) => logger.warn('approval deadline sweep failed', { error }));
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
