/**
 * Who sets a run going, said in a few more ways. The speaker choosing the material or setting the
 * tool going on it by hand ("I pick a long thread", "on an application I click Summarize"), or
 * saying in any sentence that they upload it themselves, fills the form: an event only implied
 * around it is why they open the tool (others picking, "the slot they pick", hand nothing over).
 * People outside texting or messaging us, a system of ours calling "the tool", and things sent to
 * us by mail said as a list are starts from outside.
 */
import { describe, expect, it } from 'vitest';
import { detectEventTrigger } from '../../agent/planner/triggers';

const kind = (text: string) => detectEventTrigger(text)?.kind ?? null;

describe('the speaker picks or clicks by hand', () => {
  it.each([
    'I pick a long Outlook thread and get back a three-line summary.',
    'On a new supplier application I click Review and it checks their certificates.',
    'We select a customer email and it drafts the reply.',
  ])('no start from outside: "%s"', (text) => {
    expect(kind(text)).toBe(null);
  });

  it('others picking hand nothing over', () => {
    expect(kind('Customers message us on WhatsApp and the assistant books the slot they pick.')).toBe('webhook');
  });
});

describe('messages sent to us from outside come in', () => {
  it.each([
    'Clients text me a photo of the damage; read what parts are needed.',
    'Guests message us their arrival time and it updates the booking.',
  ])('"%s"', (text) => {
    expect(kind(text)).toBe('webhook');
  });

  it('messages we send go out', () => {
    expect(kind('We text customers a reminder the day before.')).toBe(null);
  });
});

describe('a system of ours calling the tool', () => {
  it('"calls the tool" is a call in', () => {
    expect(kind('Our product page calls the tool with a product id and gets back a description.')).toBe('webhook');
  });
});

describe('things sent to us by mail, said as a list', () => {
  it('a list of what is sent does not hide who sends it', () => {
    expect(kind('Suppliers send us price lists, catalogues and quotes by email; file each one under the supplier.')).toBe('email');
  });
});

describe('material handed over by hand in another sentence', () => {
  it('an implied start is why the person opens the tool', () => {
    expect(kind('After each sales call I want the next steps listed. I will upload the recording.')).toBe(null);
  });

  it('a start said outright still starts it', () => {
    expect(kind('Typeform fires a webhook for each survey answer. I can also paste an answer by hand.')).toBe('webhook');
  });
});
