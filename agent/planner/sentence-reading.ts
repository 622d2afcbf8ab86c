/**
 * What reading one sentence for fields carries from token to token, so each cue (a verb, a
 * bracket, a colon…) can be a small function of its own: which tokens lists already read cover,
 * the last field read, and how a cue hands over the list it found.
 */
import type { Token } from './language';
import { listAt } from './list-items';
import type { SaidField } from './said-field';

export interface SentenceReading {
  readonly tokens: readonly Token[];
  /** Tokens inside examples ("e.g. auto-renewal"): content for a prompt, never fields. */
  readonly mask: readonly boolean[];
  /** Tokens before this are inside a list already read and start no list of their own ("number" of "item number"). */
  readUntil: number;
  /** The last list's last field: "…, permit fees and dumpster fees with a confidence score" goes on after "with". */
  last: SaidField | null;
  /** Keeps fields not found before, by their words. */
  add(items: SaidField[]): void;
  /** Keeps a list's fields when there are `enough`, and reads past it. */
  take(list: { items: SaidField[]; end: number }, enough: boolean): void;
  /** The list that starts at `from`, each item marked given or returned when said, taken when it has any. */
  takeListAt(from: number, mark?: 'given' | 'returned'): void;
}

/** A cue at token `i`: true when it read the token, so no later cue is tried there. */
export type Cue = (r: SentenceReading, t: Token, i: number) => boolean;

/** A fresh reading of one sentence, keeping what it finds through `add`. */
export function sentenceReading(tokens: readonly Token[], mask: readonly boolean[], add: (items: SaidField[]) => void): SentenceReading {
  const r: SentenceReading = {
    tokens,
    mask,
    readUntil: 0,
    last: null,
    add,
    take(list, enough) {
      if (!enough) return;
      add(list.items);
      r.readUntil = Math.max(r.readUntil, list.end);
      r.last = list.items[list.items.length - 1] ?? r.last;
    },
    takeListAt(from, mark) {
      const list = listAt(tokens, from, mask);
      if (mark) for (const item of list.items) item[mark] = true;
      r.take(list, list.items.length > 0);
    },
  };
  return r;
}
