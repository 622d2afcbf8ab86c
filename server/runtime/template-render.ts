/**
 * Renders `{{inputs.x}}`, `{{steps.id.out}}` (and `{{schedule.since}}`) in prompts, record
 * values, webhook bodies and messages. A reference to something that has no value renders as
 * an empty string; objects render as JSON. Nothing is evaluated: a reference is a dotted path.
 */

export interface TemplateScope {
  inputs: Record<string, unknown>;
  /** Outputs by step id, e.g. `{ draft: { text: '…' }, facts: { json: {…}, company: 'ACME' } }`. */
  steps: Record<string, Record<string, unknown>>;
  schedule?: Record<string, unknown>;
}

const REFERENCE = /\{\{\s*([a-zA-Z][a-zA-Z0-9_]*(?:\.[a-zA-Z0-9_-]+)*)\s*\}\}/g;

export function toText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function lookup(scope: TemplateScope, path: string): unknown {
  let current: unknown = scope;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** `escapeValue` is applied to each substituted value, e.g. JSON string escaping for a JSON body. */
export function renderTemplate(template: string, scope: TemplateScope, escapeValue: (text: string) => string = (t) => t): string {
  return template.replace(REFERENCE, (_, path: string) => escapeValue(toText(lookup(scope, path))));
}

/** Escapes text for use inside a JSON string literal. */
export const jsonStringEscape = (text: string): string => JSON.stringify(text).slice(1, -1);

/** The dotted paths a template references, in order, e.g. `['inputs.topic', 'steps.draft.text']`. */
export function templateReferences(template: string): string[] {
  return [...template.matchAll(REFERENCE)].map((m) => m[1] ?? '');
}
