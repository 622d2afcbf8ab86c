/**
 * An example in a bracket may hold dots of its own ("e.g. v2.3.1", "e.g. 4.NBT.2"): the
 * bracket, not the first dot, ends it, and the sentence goes on past it.
 */
import { describe, expect, it } from 'vitest';
import { readSentences } from '../../agent/planner/language';
import { saidFields } from '../../agent/planner/said-fields';

const words = (text: string) => saidFields(text).map((f) => f.words);

describe('examples with dots inside a bracket', () => {
  it('keeps a sentence whole while a bracket is open', () => {
    expect(readSentences('Log the release (e.g. v2.3.1) and the notes.')).toHaveLength(1);
  });

  it('reads the list on past a dotted example', () => {
    expect(words('For each build I enter: the version (e.g. v2.3.1), who signed it off, what changed since the last one.')).toEqual(
      expect.arrayContaining(['version', 'who signed it off', 'what changed since the last one']),
    );
  });
});
