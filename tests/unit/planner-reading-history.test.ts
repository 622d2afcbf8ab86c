/**
 * A description reads the same whatever the process read before it (language.ts's readFresh):
 * wink-nlp keeps every word it meets in its lexicon and then splits words by whether it has them,
 * so without forgetting them "do's" read as two words before some text had "do's/don'ts" and as
 * one after, and a model refitted inside the whole test suite disagreed with its file.
 */
import { describe, expect, it } from 'vitest';
import { readTokens } from '../../agent/planner/language';

const words = (text: string) => readTokens(text).map((t) => t.text);

describe('reading a description', () => {
  it('splits a word as it did before another text had it whole', () => {
    const text = "Write the do's and 3 don'ts for new staff";
    const before = words(text);
    expect(before).toContain("'s");
    words("It writes a one-pager with tone do's/don'ts.");
    // readSentences keeps its last 16 readings: push this one out so it is read again.
    for (let i = 0; i < 20; i++) words(`filler description number ${i}, zq${i}xv`);
    expect(words(text)).toEqual(before);
  });
});
