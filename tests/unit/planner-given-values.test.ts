/** The values a run is given in the message (given-values.ts): by field name, by kind and order, or one pasted value. */
import { describe, expect, it } from 'vitest';
import { givenValues } from '../../agent/planner/given-values';
import type { Field } from '../../agent/spec/app-spec';

const field = (name: string, type: Field['type'], label: string, options?: string[]): Field =>
  ({ name, label, type, ...(options ? { options } : {}) }) as Field;
const crm = [
  field('name', 'text', 'Name'),
  field('company', 'text', 'Company'),
  field('email', 'email', 'Email'),
  field('dealSize', 'text', 'Deal size'),
  field('stage', 'text', 'Stage'),
];
const support = [
  field('customerName', 'text', 'Customer name'),
  field('customerEmail', 'email', 'Customer email'),
  field('message', 'longText', 'Customer message'),
  field('tone', 'select', 'Tone', ['friendly', 'formal']),
];

describe('values given for a run', () => {
  it('takes a list in the fields’ order, each value where its kind fits', () => {
    expect(givenValues('record this lead: Ann Lee, ann@acme.com, Acme, 5000', crm)).toEqual([
      { name: 'name', value: 'Ann Lee' },
      { name: 'email', value: 'ann@acme.com' },
      { name: 'company', value: 'Acme' },
      { name: 'dealSize', value: '5000' },
    ]);
  });

  it('takes values said with their field’s name', () => {
    expect(givenValues('add a lead: name Bob Stone, deal size 20k, email: bob@initech.com', crm)).toEqual([
      { name: 'name', value: 'Bob Stone' },
      { name: 'dealSize', value: '20k' },
      { name: 'email', value: 'bob@initech.com' },
    ]);
  });

  it.each([
    ['try it on this ticket: "my order arrived broken, and I want a refund"', 'my order arrived broken, and I want a refund'],
    ['run it on "the box came crushed"', 'the box came crushed'],
    [
      'test it with this one: where is my parcel? it has been two weeks, nobody answers',
      'where is my parcel? it has been two weeks, nobody answers',
    ],
  ])('puts one pasted value in the field a person pastes into: %s', (text, value) => {
    expect(givenValues(text, support)).toEqual([{ name: 'message', value }]);
  });

  it.each(["let's see it in action", 'run it', 'can you run it now: I want to see it'])('gives none for "%s"', (text) => {
    expect(givenValues(text, support)).toBeNull();
  });
});
