/**
 * Groups listed right after "into" are the choices of one value, never fields of their own:
 * "sort the message into sales, support or spam" gives each message a category with those three
 * choices. "into a spreadsheet, then …" lists nothing. Wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import { composeApp } from '../../agent/planner/compose';
import { understandDescription } from '../../agent/planner/description';
import { saidFields } from '../../agent/planner/said-fields';

const words = (text: string) => saidFields(text).map((f) => f.words);

describe('groups listed after "into"', () => {
  it('reads them as the choices of a category, not as fields', () => {
    const text = 'When a visitor writes to us through the site, sort the note into press, partners or jobs and alert #team on Slack.';
    expect(words(text)).toEqual(['category']);
    const app = composeApp(understandDescription(text), { text: null, image: null });
    expect(app.inputs?.map((f) => f.name)).not.toEqual(expect.arrayContaining(['partnersOrJobs']));
    const classify = app.steps?.find((s) => s.kind === 'classify');
    expect(classify?.kind === 'classify' && classify.labels).toEqual(['press', 'partners', 'jobs']);
  });

  it('keeps the values named after the groups', () => {
    expect(words('Sort each receipt into travel, meals or office and keep the amount and date.')).toEqual(['category', 'amount', 'date']);
  });

  it('reads no groups where "into" names a place', () => {
    expect(words('Put the data into a spreadsheet, then email it.')).not.toContain('category');
  });
});
