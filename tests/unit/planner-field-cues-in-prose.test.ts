/**
 * The field cues read only where a user means a value: ordinary prose around "approve with",
 * "<", arrows, "we set", "tell each" and "whether" names no field; the forms a user writes
 * ("Statuses …", "Status: a -> b -> c", "…, remote or hybrid." at a sentence's end, "the right
 * folder: a, b or c") read as meant.
 */
import { describe, expect, it } from 'vitest';
import { understandDescription } from '../../agent/planner/description';
import { saidFields } from '../../agent/planner/said-fields';

const words = (text: string) => saidFields(text).map((f) => f.words);
const hintOf = (text: string, name: string) => saidFields(text).find((f) => f.words === name)?.hint;

describe('what a decision is made with', () => {
  it('is no field when it is a way of deciding, a person or the message sent', () => {
    expect(words('I approve with one click and it sends the invoice.')).not.toContain('click');
    expect(words('Staff approve it with their manager before Friday.')).not.toContain('manager');
    expect(words('The tool should reject with a polite email any applicant under 18.')).not.toContain('polite email');
  });

  it('is still a field when it is a remark written for the decision', () => {
    expect(words('Managers approve with a short comment and the date.')).toContain('short comment');
    expect(words('Leads reject or return it with reasons.')).toContain('reasons');
  });
});

describe('angle brackets', () => {
  it('hold no field when they hold alternatives or are comparisons', () => {
    expect(words('We store a name, a role <admin or member> and a team.')).not.toContain('admin or member');
    expect(words('Flag rows where x<y and y>z.')).toEqual([]);
    expect(words('Flag rows where total<limit.')).toEqual([]);
  });

  it('still name a placeholder of a template', () => {
    expect(words("Title it 'Report for <student> in <grade>'.")).toEqual(['student', 'grade']);
  });
});

describe('stages joined by arrows', () => {
  it('end the last stage where the sentence goes on', () => {
    expect(hintOf('statuses open -> in progress -> closed when we email the customer about it', 'status')).toBe(
      'open, in progress, closed',
    );
  });

  it('are read after a capitalised or colon-marked name', () => {
    const said =
      'Residents submit a description and photos. Statuses submitted -> acknowledged -> resolved -> closed, every change timestamped.';
    expect(hintOf(said, 'status')).toBe('submitted, acknowledged, resolved, closed');
    expect(hintOf('Each report has photos. Status: submitted -> acknowledged -> closed, and a note.', 'status')).toBe(
      'submitted, acknowledged, closed',
    );
  });

  it('are read before a list around them takes the name alone', () => {
    const said = 'Track the status: open -> triaged -> closed, and the owner.';
    expect(hintOf(said, 'status')).toBe('open, triaged, closed');
    expect(words(said)).toContain('owner');
    expect(words('Each ticket has statuses submitted -> acknowledged -> closed')).toEqual(['status']);
  });
});

describe('what the person sets', () => {
  it('is no value when "set" has a particle and makes a thing', () => {
    expect(words('Post the updates to the channel we set up last year.')).not.toContain('channel');
  });
});

describe('what each one is told', () => {
  it('is no value when a clause is told', () => {
    expect(words('Tell each customer their order has shipped and thank them.')).not.toContain('order');
    expect(words('Tell each customer their order shipped today.')).not.toContain('order');
  });
});

describe('alternatives after "whether"', () => {
  it('end at the end of the sentence too', () => {
    const hint = 'in person, remote, hybrid';
    expect(saidFields('I give the date and whether it is in person, remote or hybrid.').find((f) => f.hint === hint)).toBeDefined();
    expect(saidFields('I give the date and whether it is in person, remote or hybrid').find((f) => f.hint === hint)).toBeDefined();
  });
});

describe('sorted into "the right" group', () => {
  it('takes the groups listed after it as labels', () => {
    expect(understandDescription('Sort each email into the right folder: invoices, receipts or contracts.').labels).toEqual([
      'invoices',
      'receipts',
      'contracts',
    ]);
    expect(understandDescription('Route each ticket to the right team (billing, tech or sales) and draft a reply.').labels).toEqual([
      'billing',
      'tech',
      'sales',
    ]);
  });
});
