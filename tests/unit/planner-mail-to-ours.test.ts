/**
 * Others mailing something to a place of ours is mail coming in, however the address is written:
 * "to our accounts team", "to the shared inbox", "to the billing address". Someone of ours
 * mailing people ("we email the summary to clients") sends mail out.
 */
import { describe, expect, it } from 'vitest';
import { detectEventTrigger } from '../../agent/planner/triggers';

const kind = (text: string) => detectEventTrigger(text)?.kind ?? null;

describe('mail sent to a place of ours', () => {
  it.each([
    'Landlords email their meter readings to our utilities desk; check each against last month.',
    'Tenants email photos of the damage to the repairs inbox. Estimate the cost of each repair.',
    'Members email their expense claims to the billing address, and we want each claim checked against the policy.',
  ])('others mailing to our desk, inbox or address is mail coming in: "%s"', (text) => {
    expect(kind(text)).toBe('email');
  });

  it.each([
    'Emails to claims@insure.test with photos attached should be checked for missing details.',
    'Every mail to our booking address gets a reply with free dates.',
  ])('mail named by the address it was sent to is mail coming in: "%s"', (text) => {
    expect(kind(text)).toBe('email');
  });

  it('we mailing people is mail going out', () => {
    expect(kind('Summarise the meeting notes and we email the summary to clients.')).toBeNull();
    expect(kind('Send emails to team@office.test with the summary.')).toBeNull();
  });
});
