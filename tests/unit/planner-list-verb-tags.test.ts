/**
 * Names in a list whose last word the tagger reads as a verb: a compound noun ("tech stack",
 * "mailing address") or a participle after its noun ("date joined", "amount paid") is one
 * column, and the list goes on after it.
 */
import { describe, expect, it } from 'vitest';
import { saidFields } from '../../agent/planner/said-fields';

const words = (text: string) => saidFields(text).map((f) => f.words);

describe('list names ending on a verb-tagged word', () => {
  it('keeps a participle after its noun and reads on', () => {
    expect(words('A members table: name, date joined, amount paid, short bio and team.')).toEqual(
      expect.arrayContaining(['date joined', 'amount paid', 'short bio', 'team']),
    );
  });

  it('keeps a compound whose head the tagger reads as a verb', () => {
    expect(words('I fill in my role, my tech stack and my goals, and it drafts an intro.')).toEqual(
      expect.arrayContaining(['tech stack', 'goals']),
    );
  });

  it('does not take a verb of a clause as part of a name', () => {
    expect(words('Log each visit: guest, room, notes. The manager signs off weekly.')).not.toContain('manager signs');
  });
});
