/**
 * The tagger gives "app" the lemma "application": the word as written tells the tool ("our
 * app") from rows that are applications ("job applications").
 */
import { describe, expect, it } from 'vitest';
import { saidTables } from '../../agent/planner/said-tables';
import { detectEventTrigger } from '../../agent/planner/triggers';

describe('"app" and "applications"', () => {
  it('things that come from our app arrive the way things from our site do', () => {
    expect(detectEventTrigger('Leads from our app get a follow-up email.')?.kind).toBe('webhook');
  });

  it('applications said with their columns are a table; the app is not', () => {
    expect(saidTables('Job applications: candidate, role, stage, interview date').map((t) => t.noun)).toEqual(['job application']);
    expect(saidTables('Our app: name, email, plan, renewal date')).toEqual([]);
  });
});
