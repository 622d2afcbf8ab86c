/**
 * Documents that arrive in numbers: "we get 400 CVs a day", "candidates email their résumés",
 * "every incoming CV". A CV is a file whoever sends it; many of them, or each one as it comes,
 * are files the tool is handed.
 */
import type { Token } from './language';

/** Documents that only ever come as files. */
const ALWAYS_FILES = new Set(['cv', 'resume', 'résumé']);
/** Words before a noun that take each one of many: "every CV", "each incoming resume". */
const EACH = new Set(['every', 'each', 'incoming']);

/** The noun at `i` is a CV among many: plural, counted, or taken one by one. */
export function filesArriving(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const singular = t.lower.replace(/s$/, '');
  if (!ALWAYS_FILES.has(singular) && !ALWAYS_FILES.has(t.lemma)) return false;
  const before = tokens[i - 1];
  return t.lower !== singular || before?.pos === 'NUM' || EACH.has(before?.lower ?? '');
}
