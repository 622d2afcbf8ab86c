/** Whether a schedule trigger's cron and time zone can be run (croner decides, no home-made parsing). */
import { Cron } from 'croner';

/**
 * Zones and crons already found valid. Every spec check asks again (a build checks its spec
 * more than once), and a Cron or Intl.DateTimeFormat costs tens of kilobytes to build; only
 * valid ones are kept, and at most a few thousand, so a stream of junk cannot grow it.
 */
const KEPT_AT_MOST = 4096;
const validZones = new Set<string>();
const validCrons = new Set<string>();

function keep(valid: Set<string>, text: string): null {
  if (valid.size >= KEPT_AT_MOST) valid.clear();
  valid.add(text);
  return null;
}

/** null when the IANA zone is known to this runtime, else a sentence saying what is wrong. */
export function timeZoneProblem(timezone: string): string | null {
  if (validZones.has(timezone)) return null;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    return keep(validZones, timezone);
  } catch {
    return `"${timezone}" is not an IANA time zone; use a name such as Europe/Berlin, America/New_York or UTC.`;
  }
}

/** null when `cron` is a valid five-field expression, else a sentence saying what is wrong. */
export function cronProblem(cron: string): string | null {
  if (validCrons.has(cron)) return null;
  try {
    new Cron(cron, { paused: true, mode: '5-part' });
    return keep(validCrons, cron);
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
