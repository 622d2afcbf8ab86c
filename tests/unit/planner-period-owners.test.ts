/**
 * A period word naming a thing that already exists is no schedule: one that is ours ("our
 * quarterly plan"), one handed over in the sentence ("I upload the weekly timesheet"), or any
 * that describes a noun when no schedule is said as such — while a schedule said outright still is.
 */
import { describe, expect, it } from 'vitest';
import { understandDescription } from '../../agent/planner/description';

const cron = (text: string) => understandDescription(text).schedule?.cron ?? null;

describe('period words on things that exist', () => {
  it.each([
    'Turn our quarterly plan into a one-page brief for the board.',
    'Rewrite my weekly status update so it sounds less defensive.',
    'I upload the monthly bank export and get the spending by category.',
    'Volunteers log their weekly hours through a form: name, hours, project.',
  ])('say no schedule: "%s"', (text) => {
    expect(cron(text)).toBeNull();
  });

  it('a schedule said as such still counts', () => {
    expect(cron('Every Friday at 5pm, turn our quarterly plan into a progress note.')).toBe('0 17 * * 5');
  });

  it('a thing the tool makes with a period word is a run', () => {
    expect(cron('Send the team a weekly digest of new blog posts.')).not.toBeNull();
  });
});
