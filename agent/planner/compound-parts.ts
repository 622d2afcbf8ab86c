/**
 * A word said only as part of a longer name is no field of its own: "tracking number" names
 * one field, not also "Number"; "the client's name" names the client's name, not a second
 * "Name". A word also said alone ("name, email, company name") stays.
 */
import type { FieldInput } from '../tools/spec-inputs';
import { readTokens } from './language';

/** Every time `word` is said, the word before it (past a possessive) is `before`. */
function onlyAfter(tokens: ReturnType<typeof readTokens>, word: string, before: string): boolean {
  const said = tokens.flatMap((t, i) => (t.lower === word ? [i] : []));
  return (
    said.length > 0 &&
    said.every((i) => {
      const prev = tokens[i - 1]?.lower === "'s" || tokens[i - 1]?.lower === '’s' ? tokens[i - 2] : tokens[i - 1];
      return prev?.lower === before;
    })
  );
}

export function withoutCompoundParts<F extends FieldInput>(fields: F[], text: string): F[] {
  const tokens = readTokens(text);
  return fields.filter((f) => {
    const word = f.label.toLowerCase();
    if (word.includes(' ')) return true;
    return !fields.some((g) => {
      const parts = g.label.toLowerCase().split(' ');
      return parts.length > 1 && parts[parts.length - 1] === word && onlyAfter(tokens, word, parts[parts.length - 2]!);
    });
  });
}
