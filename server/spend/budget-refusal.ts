/** A refused run as an HTTP answer: 402 with the run's sentence (which budget, what is left). */
import { HttpError } from '../http/http-error';
import type { RunRow } from '../store/records';

export function assertNotRefused(run: RunRow): void {
  if (run.status === 'refused') throw new HttpError(402, 'budget_exceeded', run.error ?? 'A hard monthly budget refused the run.');
}
