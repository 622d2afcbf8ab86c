/**
 * Regex parts: a long pattern is written as named parts joined here, so each part says what it
 * matches and no single regex in source grows past 200 characters (issue 12). The joined source is
 * the parts' sources in order, so the result behaves exactly as the one long pattern did.
 */

/** The parts' sources as alternatives, `a|b|c`, for use inside a larger pattern. */
export function alternatives(parts: readonly RegExp[]): string {
  return parts.map((p) => p.source).join('|');
}

/** One regex that matches where any of the parts matches (their sources joined with `|`). */
export function anyOf(parts: readonly RegExp[], flags = ''): RegExp {
  return new RegExp(alternatives(parts), flags);
}

/** One regex that matches any of the parts as a whole word or phrase: `\b(?:a|b|c)\b`. */
export function anyWhole(parts: readonly RegExp[], flags = ''): RegExp {
  return new RegExp(`\\b(?:${alternatives(parts)})\\b`, flags);
}
