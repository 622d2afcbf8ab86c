/**
 * Schedules for people: the cron in words (cronstrue) with its time zone, and the next runs as
 * croner computes them in that zone ("At 16:00, only on Friday, Berlin time — next: Fri 4 Dec,
 * 16:00, …"). Shared by the server-rendered app page and the builder preview.
 */
import { Cron } from 'croner';
import cronstrue from 'cronstrue';
import type { AppSpec, Trigger } from './app-spec';
import { describeTrigger } from './spec-labels';

type Schedule = Extract<Trigger, { kind: 'schedule' }>;

/** "Berlin time", "New York time", "UTC". */
export function zoneInWords(timezone: string): string {
  if (timezone === 'UTC' || timezone === 'Etc/UTC') return 'UTC';
  return `${(timezone.split('/').pop() ?? timezone).replaceAll('_', ' ')} time`;
}

export function scheduleInWords(schedule: Pick<Schedule, 'cron' | 'timezone'>): string {
  try {
    return `${cronstrue.toString(schedule.cron, { use24HourTimeFormat: true })}, ${zoneInWords(schedule.timezone)}`;
  } catch {
    return `${schedule.cron} (${schedule.timezone})`;
  }
}

/** The next `count` runs after `from`, written in the schedule's own zone ("Fri 4 Dec, 16:00"). */
export function nextRuns(schedule: Pick<Schedule, 'cron' | 'timezone'>, from: Date, count = 3): string[] {
  try {
    const runs = new Cron(schedule.cron, { timezone: schedule.timezone, paused: true, mode: '5-part' }).nextRuns(count, from);
    const format = new Intl.DateTimeFormat('en-GB', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: schedule.timezone,
    });
    return runs.map((run) => format.format(run));
  } catch {
    return [];
  }
}

/** A trigger as people read it: schedules in words with their zone, the rest as spec-labels says. */
export function triggerInWords(trigger: Trigger): string {
  return trigger.kind === 'schedule' ? scheduleInWords(trigger) : describeTrigger(trigger);
}

/** "At 16:00, only on Friday, Berlin time — next: Fri 4 Dec, 16:00; Fri 11 Dec, 16:00; …". */
export function scheduleSentence(schedule: Pick<Schedule, 'cron' | 'timezone'>, from: Date): string {
  const next = nextRuns(schedule, from);
  return next.length ? `${scheduleInWords(schedule)} — next: ${next.join('; ')}` : scheduleInWords(schedule);
}

/** When the app's next scheduled run is (ISO), or null without a schedule: what a rendered schedule sentence goes stale on. */
export function nextScheduledRun(spec: Pick<AppSpec, 'triggers'>, from: Date): string | null {
  const next = spec.triggers
    .flatMap((t) => (t.kind === 'schedule' ? [new Cron(t.cron, { timezone: t.timezone, paused: true, mode: '5-part' }).nextRun(from)] : []))
    .filter((d): d is Date => d !== null)
    .sort((a, b) => a.getTime() - b.getTime());
  return next[0]?.toISOString() ?? null;
}
