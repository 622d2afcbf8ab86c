/**
 * Commands the tagger reads as nouns are read as verbs where the grammar says so (a clause's first
 * word before its object), and stay nouns where they open a heading or sit inside a name.
 */
import { describe, expect, it } from 'vitest';
import { isVerbAt, readTokens } from '../../agent/planner/language';

/** How `word` (its first use in `text`) is read: as a verb or not. */
function readAsVerb(text: string, word: string): boolean {
  const tokens = readTokens(text);
  const at = tokens.findIndex((t) => t.lower === word);
  if (at < 0) throw new Error(`"${word}" is not in "${text}"`);
  return isVerbAt(tokens, at);
}

const tagOf = (text: string, word: string) => readTokens(text).find((t) => t.lower === word)?.pos;

describe('commands the tagger reads as nouns', () => {
  it('tags a lower-case opening command before a bare plural object as a verb', () => {
    expect(tagOf('log site visits: visitor, date, purpose.', 'log')).toBe('VERB');
  });

  it('tags a command before a describing word or a number in words as a verb', () => {
    expect(tagOf('Flag overdue invoices every Monday.', 'flag')).toBe('VERB');
    expect(tagOf('Then draft three replies for the agent.', 'draft')).toBe('VERB');
  });

  it('tags a command joined by "and" to a command before it as a verb', () => {
    const text = 'Rank each supplier by price and store quotes with date, amount and supplier.';
    expect(readAsVerb(text, 'rank')).toBe(true);
    expect(tagOf(text, 'store')).toBe('VERB');
  });

  it('keeps a capitalised heading a noun', () => {
    expect(tagOf('Store inventory for our café: item, qty', 'store')).not.toBe('VERB');
    expect(tagOf('Review requests from guests: name, stars', 'review')).not.toBe('VERB');
  });

  it('keeps a noun after a determiner or inside a name a noun', () => {
    expect(readAsVerb('Rate each answer with a score from 1 to 5.', 'score')).toBe(false);
    expect(readAsVerb('We check the track record of each supplier.', 'track')).toBe(false);
  });

  it('keeps names joined by "and" names, and a scale in digits no object', () => {
    expect(tagOf('We keep phone numbers and email addresses.', 'email')).not.toBe('VERB');
    expect(tagOf('Quality: score 1 to 5.', 'score')).not.toBe('VERB');
  });
});
