/**
 * A person filling the tool's own form starts nothing from outside: filling in or submitting a form
 * that no other service holds, or someone acting with no place elsewhere named, is the form the tool
 * already has. Someone acting in a named service or on a site of ours is that place calling in.
 */
import { describe, expect, it } from 'vitest';
import { detectEventTrigger } from '../../agent/planner/triggers';

const kind = (text: string) => detectEventTrigger(text)?.kind ?? null;

describe("the tool's own form", () => {
  it.each([
    'The office manager fills in a supply order form with item and quantity, and we get a purchase note.',
    'Volunteers submit the sign-up form with their availability; suggest a first shift for each.',
    'When an applicant sends their portfolio, list its three strongest pieces.',
    'Whenever a client types a question about their policy, answer it from our handbook.',
    // "calls" is what the customer does here, not a call arriving.
    'When a customer calls, the receptionist types the issue and gets the next steps.',
  ])('someone filling it or handing something in with no place named starts no outside trigger: "%s"', (text) => {
    expect(kind(text)).toBeNull();
  });

  it.each([
    'When an applicant sends their portfolio through our careers page, list its three strongest pieces.',
    'Whenever a client types a question in WhatsApp, answer it from our handbook.',
    'When an applicant sends their portfolio on Workable, list its three strongest pieces.',
  ])('someone acting in a service or on a site of ours is that place calling in: "%s"', (text) => {
    expect(kind(text)).toBe('webhook');
  });
});
