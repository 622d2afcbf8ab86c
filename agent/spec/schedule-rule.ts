/** Whether a schedule trigger's cron and time zone can be run (croner decides, no home-made parsing). */
import { Cron } from 'croner';

/** null when the IANA zone is known to this runtime, else a sentence saying what is wrong. */
export function timeZoneProblem(timezone: string): string | null {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    return null;
  } catch {
    return `"${timezone}" is not an IANA time zone; use a name such as Europe/Berlin, America/New_York or UTC.`;
  }
}

/** null when `cron` is a valid five-field expression, else a sentence saying what is wrong. */
export function cronProblem(cron: string): string | null {
  try {
    new Cron(cron, { paused: true, mode: '5-part' });
    return null;
  } catch (cause) {
    return `"${cron}" is not a valid five-field cron (${(cause as Error).message}); for example "0 9 * * 1" means Mondays at 09:00.`;
  }
}

/** How often a valid schedule fires in the 30 days after `from` (for monthly cost estimates). */
export function runsPerMonth(cron: string, timezone: string, from: Date): number {
  const end = from.getTime() + 30 * 86_400_000;
  const job = new Cron(cron, { timezone, paused: true, mode: '5-part' });
  let count = 0;
  // One occurrence at a time: an every-minute schedule is 43,200 a month, still cheap to walk.
  for (let next = job.nextRun(from); next && next.getTime() <= end; next = job.nextRun(next)) count++;
  return count;
}
