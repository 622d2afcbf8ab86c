/**
 * Values a tool decides by or answers with: what a choice turns on ("depending on the region",
 * "based on the plan") is a field, a word before a yes/no pair is a boolean value (and a value
 * "with" it goes on the same list), and a remark in brackets is no list of choices.
 */
import { describe, expect, it } from 'vitest';
import { understandDescription } from '../../agent/planner/description';

const fields = (text: string) => understandDescription(text).fields;

describe('values a decision needs or gives', () => {
  it('reads what a choice depends on as a field', () => {
    expect(
      fields('When an order comes in by webhook, send it to a different warehouse depending on the delivery region.').map((f) => f.name),
    ).toContain('deliveryRegion');
    expect(fields('Paste a support email and set a priority based on the customer plan.').map((f) => f.name)).toContain('customerPlan');
  });

  it('reads a word before true/false as a boolean, with the value said with it', () => {
    const f = fields('Upload a lease. The tool should check it and answer compliant true/false with an explanation.');
    expect(f.find((x) => x.name === 'compliant')?.type).toBe('boolean');
    expect(f.map((x) => x.name)).toContain('explanation');
  });

  it('takes a remark in brackets for no choices', () => {
    const region = fields('Route each lead depending on the sales region (we have more than 5, the old tool is too limited).').find(
      (x) => x.name === 'salesRegion',
    );
    expect(region?.type).not.toBe('select');
  });
});

describe('values said with a range, and things people hand over', () => {
  it('reads a name followed by a range of numbers as a number value', () => {
    const f = fields('Paste a tweet and tag its topic, with a certainty 0-1.');
    expect(f.find((x) => x.name === 'certainty')?.type).toBe('number');
  });

  it('reads what people give the team as given', () => {
    const d = understandDescription('Tenants: they give us their lease and their forwarding address; we check the deposit.');
    expect([...d.givenFields]).toEqual(expect.arrayContaining(['lease', 'forwardingAddress']));
  });

  it('reads the noun before "I list" as handed over', () => {
    expect(fields('Every morning collect the headlines about the companies I list.').map((x) => x.name)).toContain('companies');
  });
});
