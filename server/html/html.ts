/**
 * The `html` tagged template: every interpolated value is escaped unless it is already
 * `SafeHtml` (the result of another `html` template). `raw()` is the one opt-out and is
 * used only in server/html/json-island.ts (tests/unit/web-html.test.ts keeps it so),
 * so markup built from specs, records, model output or chat is escaped by construction.
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/** Markup that is known to be safe; only `html` and `raw` can make one (private brand). */
export class SafeHtml {
  /** Nominal brand: a plain `{ value }` object is not SafeHtml to the compiler. */
  declare private readonly brand: 'SafeHtml';
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
  static is(value: unknown): value is SafeHtml {
    return value instanceof SafeHtml;
  }
}

/** Values a template may interpolate: `false`, `null` and `undefined` render nothing. */
export type HtmlValue = SafeHtml | string | number | false | null | undefined | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (SafeHtml.is(value)) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) {
    out += render(values[i]) + (strings[i + 1] ?? '');
  }
  return new SafeHtml(out);
}

/** Trusts `markup` as-is. Reviewed use only: see the module comment. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
