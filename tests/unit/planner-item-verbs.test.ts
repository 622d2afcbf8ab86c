/**
 * A list of values ends where a verb opens a clause of its own, even when the tagger reads that
 * verb as a plural noun; a clause after a verb of asking, or a "whether" clause after a verb read
 * as a noun, names a value.
 */
import { describe, expect, it } from 'vitest';
import { saidFields } from '../../agent/planner/said-fields';

const words = (text: string) => saidFields(text).map((f) => f.words);

describe('verbs that end a list', () => {
  it('does not take a verb before "whether" as an item, and keeps what it says', () => {
    const said = words('The bot logs each parcel, sorts it as Small, Medium or Large, notes whether it arrived damaged and files it.');
    expect(said).not.toContain('notes');
    expect(said).toContain('whether it arrived damaged');
  });

  it('does not take a verb before a determiner as an item, and reads its object', () => {
    const said = words("Agents choose regions (e.g. Asia), type a keyword like 'bonds' and get matching products.");
    expect(said).toContain('keyword');
    expect(said).not.toContain('type');
  });

  it('does not take a verb before an -ing word and its noun as an item, and reads what it judges', () => {
    const said = words('Tidy the entries, drop ones with no address, rate shipping risk, pick a courier.');
    expect(said).not.toContain('rate');
    expect(said).toContain('shipping risk');
  });

  it('keeps one-word items that end on a separator', () => {
    expect(words('Each book has a title, author, genre and shelf.')).toEqual(['title', 'author', 'genre', 'shelf']);
  });
});

describe('questions the tool asks', () => {
  it('names each clause the tool asks as a value', () => {
    const said = words('The receptionist bot asks what the caller needs and which branch they would visit, then books a slot.');
    // "which branch they would visit" asks for a branch (clause-values.ts).
    expect(said).toEqual(expect.arrayContaining(['what the caller needs', 'branch']));
  });
});
