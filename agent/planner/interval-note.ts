/**
 * "every other week", "biweekly", "fortnightly": schedules repeat by cron, which cannot skip a
 * week, so the app runs on the day said every week. The reply says so instead of letting a
 * weekly run pass for the one asked.
 */
import type { AppSpec } from '../spec/app-spec';
import { describeSchedule } from './schedule';

const EVERY_OTHER_WEEK = /\b(?:every other week|every (?:two|2|second) weeks?|bi-?weekly|fortnightly|every fortnight)\b/i;

/** The sentence owed when `text` asked for every other week and `spec` now runs on a schedule; else null. */
export function intervalNote(text: string, spec: AppSpec | null): string | null {
  const schedule = spec?.triggers.find((t) => t.kind === 'schedule');
  if (schedule?.kind !== 'schedule' || !EVERY_OTHER_WEEK.test(text)) return null;
  return `Schedules repeat by cron, which cannot skip every other week, so it runs ${describeSchedule(schedule)}; say "on the 1st and 15th" for twice a month, or tell me if weekly suits.`;
}
