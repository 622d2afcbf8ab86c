/** The small readers follow-ups lean on: the bare command, a field named loosely, a city next to a time. */
import { describe, expect, it } from 'vitest';
import { bareCommand } from '../../agent/planner/bare-command';
import { fieldPhrase } from '../../agent/planner/field-phrase';
import { knownField } from '../../agent/planner/known-fields';
import { zoneCityNearTime } from '../../agent/planner/zone-cities';

describe('bareCommand', () => {
  it('takes off politeness and hesitation, not the request', () => {
    expect(bareCommand('hmm, actually I would like to run it now please!')).toBe('run it');
    expect(bareCommand('ok lets get rid of the whole thing')).toBe('get rid of the whole thing');
    expect(bareCommand('Delete the listing writer')).toBe('delete the listing writer');
    expect(bareCommand('how do I delete this?')).toBe('delete this');
  });
});

describe('knownField', () => {
  const fields = [
    { name: 'customerName', label: 'Customer name' },
    { name: 'customerEmail', label: 'Customer email' },
    { name: 'since', label: 'Since' },
  ];
  it('finds the one field the words fit, allowing a slip of typing', () => {
    expect(knownField(fields, 'email')?.name).toBe('customerEmail');
    expect(knownField(fields, 'custmer name')?.name).toBe('customerName');
    expect(knownField(fields, 'the since thing')?.name).toBe('since');
  });
  it('finds none when the words fit several or none', () => {
    expect(knownField(fields, 'customer')).toBeNull();
    expect(knownField(fields, 'priority')).toBeNull();
  });
});

describe('fieldPhrase', () => {
  it('cuts the field out of where it goes and why', () => {
    expect(fieldPhrase('expected close date to the form thx')).toBe('expected close date');
    expect(fieldPhrase('a notes feild so reps can jot stuff down after calls')).toBe('notes');
    expect(fieldPhrase('a field for dimensions/size, buyers always ask')).toBe('dimensions');
    expect(fieldPhrase("a 'last contacted' date column on the sales leads table")).toBe('last contacted date');
    expect(fieldPhrase('linkedin url to each lead (just text is fine)')).toBe('linkedin url');
    expect(fieldPhrase('the size for the product')).toBe('size');
    expect(fieldPhrase('an optional size box when i upload')).toBe('size');
    expect(fieldPhrase('an order number / case reference box to the ticket')).toBe('order number');
  });
});

describe('zoneCityNearTime', () => {
  it('reads an IANA city next to a clock time or "time"', () => {
    expect(zoneCityNearTime('run it at 9 brisbane time on mondays')).toBe('Australia/Brisbane');
    expect(zoneCityNearTime('every friday at 5 phoenix time')).toBe('America/Phoenix');
  });
  it('leaves a city named elsewhere alone', () => {
    expect(zoneCityNearTime('meet casey at 9')).toBeNull();
    expect(zoneCityNearTime('our office in victoria')).toBeNull();
  });
});
