/**
 * Seeded typing slips for the eval's `--typos N [--seed S]`: N words of a description each get
 * one slip of the three kinds fast typists make most (two neighbouring letters swapped, a letter
 * dropped, a letter doubled). Only words of four or more letters are touched, never a number, a
 * time, an address or an email, and never a word's first letter (people rarely slip on it). The
 * same text, count and seed always give the same slips.
 */
import { createHash } from 'node:crypto';

/** A word of letters alone, with any punctuation around it: the only thing slipped on. */
const WORD = /^([^A-Za-z]*)([A-Za-z]{4,})([^A-Za-z]*)$/;
/** Addresses, emails and domains keep their letters: a slip there is no typo but another address. */
const ADDRESS = /@|:\/\/|www\.|\.[a-z]{2,}\//i;

/** A small deterministic generator (mulberry32) seeded from the text and the seed. */
function randomFor(text: string, seed: number): () => number {
  let state = createHash('sha256').update(`${seed}\u0000${text}`).digest().readUInt32BE(0);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** One slip in `word` (4+ letters), never at its first letter. */
function slip(word: string, random: () => number): string {
  const kind = Math.floor(random() * 3);
  if (kind === 0) {
    // Swap two neighbours that differ, or swapping would change nothing.
    const spots = [...word].map((_, i) => i).filter((i) => i >= 1 && i + 1 < word.length && word[i] !== word[i + 1]);
    if (spots.length > 0) {
      const i = spots[Math.floor(random() * spots.length)]!;
      return `${word.slice(0, i)}${word[i + 1]}${word[i]}${word.slice(i + 2)}`;
    }
  }
  const i = 1 + Math.floor(random() * (word.length - 1));
  return kind === 1 ? `${word.slice(0, i)}${word.slice(i + 1)}` : `${word.slice(0, i)}${word[i]}${word.slice(i)}`;
}

/** `text` with `count` of its words slipped (fewer when it has fewer such words), spacing kept. */
export function withTypos(text: string, count: number, seed: number): string {
  const pieces = text.split(/(\s+)/);
  const eligible = pieces.map((_, i) => i).filter((i) => !ADDRESS.test(pieces[i]!) && WORD.test(pieces[i]!));
  const random = randomFor(text, seed);
  for (let n = 0; n < count && eligible.length > 0; n++) {
    const [at] = eligible.splice(Math.floor(random() * eligible.length), 1);
    const [, before, word, after] = WORD.exec(pieces[at!]!)!;
    pieces[at!] = `${before}${slip(word!, random)}${after}`;
  }
  return pieces.join('');
}
