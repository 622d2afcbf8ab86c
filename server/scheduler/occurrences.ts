/**
 * When a schedule trigger fires, computed with croner (IANA zones, DST-aware); no
 * home-made cron arithmetic. Pure functions of `now` so tests run on a fake clock.
 */
import { Cron } from 'croner';

export interface ScheduleRule {
  cron: string;
  timezone: string;
  missed: 'run-once' | 'skip';
}

export class ScheduleRuleError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

function compile(rule: Pick<ScheduleRule, 'cron' | 'timezone'>): Cron {
  try {
    // croner only notices a bad zone when it first computes a date; check it up front.
    new Intl.DateTimeFormat('en-US', { timeZone: rule.timezone });
    return new Cron(rule.cron, { timezone: rule.timezone, paused: true, mode: '5-part' });
  } catch (cause) {
    throw new ScheduleRuleError(
      `The schedule "${rule.cron}" in ${rule.timezone} is not valid: ${(cause as Error).message}. Use five cron fields and an IANA time zone such as Europe/Berlin.`,
      { cause },
    );
  }
}

/** The next `count` fire instants strictly after `after`. */
export function nextOccurrences(rule: Pick<ScheduleRule, 'cron' | 'timezone'>, after: Date, count = 1): Date[] {
  return compile(rule).nextRuns(count, after);
}

/** Cap on occurrences scanned while catching up, so a years-old `lastFiredAt` stays cheap. */
const CATCH_UP_SCAN_LIMIT = 10_000;

/**
 * Occurrences to run now, given the last instant already handled. An on-time occurrence
 * (the latest one due) always runs; older ones missed while the server was down run once
 * in total under 'run-once' (folded into the latest) and are dropped under 'skip'.
 * Returns at most one instant to fire, how many were missed, and the latest due instant
 * (the new "handled up to" mark, whether it fires or is skipped).
 */
export function dueOccurrence(
  rule: ScheduleRule,
  lastHandled: Date,
  now: Date,
  toleranceMs = 60_000,
): { fireAt: Date | null; missed: number; latest: Date | null } {
  const cron = compile(rule);
  const due: Date[] = [];
  let cursor = lastHandled;
  for (let i = 0; i < CATCH_UP_SCAN_LIMIT; i++) {
    const next = cron.nextRun(cursor);
    if (!next || next.getTime() > now.getTime()) break;
    due.push(next);
    cursor = next;
  }
  if (due.length === 0) return { fireAt: null, missed: 0, latest: null };
  const latest = due[due.length - 1]!;
  const onTime = now.getTime() - latest.getTime() <= toleranceMs;
  const missed = onTime ? due.length - 1 : due.length;
  if (onTime) return { fireAt: latest, missed, latest };
  return { fireAt: rule.missed === 'run-once' ? latest : null, missed, latest };
}
