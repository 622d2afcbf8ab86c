/**
 * Someone opening the tool itself: "when someone opens the app they see their to-do list", "each
 * time a manager logs in to the dashboard". That is a person using the tool's own page, not a
 * start from elsewhere.
 */
import type { Token } from './language';
import { isTool } from './tool-subject';

/** Verbs of coming to a page: "opens", "visits", "logs in to". */
const OPENING = new Set(['open', 'visit', 'view', 'load', 'log', 'sign']);
/** The tool's own pages, besides the words that name the tool. */
const OWN_PAGES = new Set(['dashboard', 'homepage', 'portal']);

/** `words` (a start found) say someone opens the tool or its page. */
export function opensTheTool(words: readonly Token[]): boolean {
  return words.some(
    (t, k) => OPENING.has(t.lemma) && words.slice(k + 1, k + 5).some((w) => (isTool(w) && w.lower !== 'it') || OWN_PAGES.has(w.lemma)),
  );
}
