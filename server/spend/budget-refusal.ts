/** A refused run as an HTTP answer: 402 with the run's sentence (which budget, what is left). */
import { HttpError } from '../http/http-error';
import type { RunRow } from '../store/records';

/** What a refused run says: its stored sentence, or the general one when it has none. */
export function refusalSentence(run: RunRow): string {
  return run.error ?? 'A hard monthly budget refused the run.';
}

export function assertNotRefused(run: RunRow): void {
  if (run.status === 'refused') throw new HttpError(402, 'budget_exceeded', refusalSentence(run));
}
