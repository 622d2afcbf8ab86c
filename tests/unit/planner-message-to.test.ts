/**
 * Who a message is written to, from the double-object form ("post the tenant a notice"): a signal
 * the text-or-data model reads. Descriptions written for this test.
 */
import { describe, expect, it } from 'vitest';
import { messagesTo } from '../../agent/planner/learned/message-to';
import { silentReading, textOrDataFeatures } from '../../agent/planner/learned/text-or-data-features';

describe('messages written to someone', () => {
  it.each([
    ['Every Friday, send me a list of the unpaid bills.', ['us']],
    ['When a booking is made, we send the guest a short confirmation.', ['them']],
    ['Send them a thank-you note and send us a weekly count.', ['them', 'us']],
    ['Send each volunteer the rota for next week.', ['them']],
  ])('reads %s', (text, who) => {
    expect([...messagesTo(text)].sort()).toEqual(who);
  });

  it.each(['Send the report to the whole team.', 'Email reminders go out on Mondays.'])(
    'finds no one between the verb and the thing sent in %s',
    (text) => {
      expect(messagesTo(text).size).toBe(0);
    },
  );

  it('gives the text-or-data model a feature for it', () => {
    const reading = { ...silentReading(), text: 'We always send the guest a short confirmation.' };
    expect(textOrDataFeatures(reading).has('sig:toThem')).toBe(true);
  });
});
