/**
 * Field types from a field's name, for names written for this test: a "<thing> number" is an
 * identifier people copy (text) unless it counts something; measures are numbers; an expiry
 * is a date.
 */
import { describe, expect, it } from 'vitest';
import { inferFieldType } from '../../agent/planner/field-types';

describe('inferFieldType', () => {
  it.each([
    ['plate number', 'text'],
    ['licence no', 'text'],
    ['locker nr', 'text'],
    ['phone number of the caller', 'text'],
    ['total number', 'number'],
    ['number of nights', 'number'],
    ['how many nights', 'number'],
    ['mileage', 'number'],
    ['odometer reading', 'number'],
    ['parcel weight', 'number'],
    ['late fee', 'number'],
    ['permit expiry', 'date'],
    ['expiration', 'date'],
    ['driver', 'text'],
    ['paid yes or no', 'boolean'],
    ['approved yes no', 'boolean'],
    ['guest number', 'number'],
  ])('%s → %s', (name, type) => {
    expect(inferFieldType(name, null).type).toBe(type);
  });
});

describe('a dropdown said without its choices', () => {
  it("takes the name's usual choices, else is a text field: a dropdown of no choices is no field", () => {
    expect(inferFieldType('department', 'dropdown')).toEqual({ type: 'text', options: null });
    expect(inferFieldType('priority', 'dropdown')).toEqual({ type: 'select', options: ['low', 'medium', 'high'] });
    expect(inferFieldType('stage', 'new, won, lost')).toEqual({ type: 'select', options: ['new', 'won', 'lost'] });
  });
});
