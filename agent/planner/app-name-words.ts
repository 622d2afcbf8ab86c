/**
 * Words that name the app in hand by its own name ("the listing writer", "the suport reply
 * drafter app", "the digest"): follow-ups that delete, run or rename it say it this way as
 * often as "it".
 */
import { nearlySame } from './word-slips';

/** Words too common to tell one app's name from another's. */
const FILLER = new Set(['and', 'the', 'for', 'with', 'app', 'tool']);

/** The words of an app's name (and slug) that tell it apart. */
export function appNameWords(...names: string[]): Set<string> {
  const words = names
    .join(' ')
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  return new Set(words.filter((w) => w.length > 2 && !FILLER.has(w)));
}

/**
 * Every word said belongs to the name, allowing one slip of typing per word. One word of a
 * longer name is the app only when called an app ("the digest app") or when `oneWordWillDo`
 * ("run the digest": rows are not run, but "remove the leads" may mean rows).
 */
export function namesAppByName(object: string, known: ReadonlySet<string>, oneWordWillDo = false): boolean {
  const called = /\s+(?:app|tool)$/.test(object);
  const words = object
    .trim()
    .toLowerCase()
    // "send this week's digest", "run today's report": the next run of the app, by its name.
    .replace(/^(?:(?:this|last|next) (?:week|month)|today|tomorrow)'?s\s+/, '')
    .replace(/^(?:the|my|our|this|that)\s+/, '')
    .replace(/\s+(?:app|tool)$/, '')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length < Math.min(2, known.size) && !called && !oneWordWillDo) return false;
  return words.length > 0 && words.length <= 5 && words.every((w) => [...known].some((k) => k === w || (w.length > 4 && nearlySame(w, k))));
}
