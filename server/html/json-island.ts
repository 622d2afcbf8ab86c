/**
 * Hands data to client code as `<script type="application/json">`. This is the one
 * reviewed use of `raw()`: a JSON text can only leave the script element through `</`,
 * and with `<`, `>`, `&` and the JS line separators written as \u escapes it never
 * contains one, whatever the data holds.
 */
import { html, raw, type SafeHtml } from './html';

const JSON_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

export function jsonForScript(data: unknown): string {
  return JSON.stringify(data ?? null).replace(/[<>&\u2028\u2029]/g, (ch) => JSON_ESCAPES[ch] ?? ch);
}

export function jsonIsland(id: string, data: unknown): SafeHtml {
  return html`<script type="application/json" id="${id}">${raw(jsonForScript(data))}</script>`;
}
