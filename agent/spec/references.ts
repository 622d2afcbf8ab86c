/**
 * `{{…}}` references inside prompts and value templates: `{{inputs.topic}}`,
 * `{{steps.draft.text}}`, `{{schedule.since}}`, `{{schedule.records.<collection>}}`. One parser, used by validation and by the
 * runtime when it fills a template, so both agree on what a reference is.
 */

export type Reference =
  | { kind: 'input'; raw: string; name: string }
  | { kind: 'step'; raw: string; stepId: string; output: string | null }
  /** `{{schedule.since}}`, or `{{schedule.records.<collection>}}` (records created since the previous run). */
  | { kind: 'schedule'; raw: string; name: string; collection: string | null }
  | { kind: 'unknown'; raw: string; expression: string };

const REFERENCE = /\{\{\s*([^{}]*?)\s*\}\}/g;

function classify(raw: string, expression: string): Reference {
  const parts = expression.split('.');
  const [head, first, second] = parts;
  if (head === 'inputs' && parts.length === 2 && first) return { kind: 'input', raw, name: first };
  if (head === 'steps' && first && (parts.length === 2 || parts.length === 3)) {
    return { kind: 'step', raw, stepId: first, output: second ?? null };
  }
  if (head === 'schedule' && first === 'since' && parts.length === 2) return { kind: 'schedule', raw, name: first, collection: null };
  if (head === 'schedule' && first === 'records' && parts.length === 3 && second) {
    return { kind: 'schedule', raw, name: first, collection: second };
  }
  return { kind: 'unknown', raw, expression };
}

/** Every reference in `text`, in order of appearance. */
export function findReferences(text: string): Reference[] {
  return [...text.matchAll(REFERENCE)].map((m) => classify(m[0], m[1] ?? ''));
}

/** Replaces each reference with `resolve(ref)`; a `null` result leaves the reference as written. */
export function fillReferences(text: string, resolve: (ref: Reference) => string | null): string {
  return text.replace(REFERENCE, (raw, expression: string) => resolve(classify(raw, expression)) ?? raw);
}
