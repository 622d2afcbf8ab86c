/**
 * People called by their name: "thank them by name", "emails addressed by name", "greet each
 * guest by first name". To call someone by name the tool must know it, so the name is a value
 * of each person, though no list names it.
 */
import type { Token } from './language';
import type { SaidField } from './said-field';

/** Words that may say which name: "by first name". */
const WHICH_NAME = new Set(['first', 'last', 'full']);

/** The name said in "by (first) name", once per sentence. */
export function calledByName(tokens: readonly Token[]): SaidField[] {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.lower !== 'by') continue;
    const which = WHICH_NAME.has(tokens[i + 1]?.lower ?? '') ? tokens[i + 1]!.lower : null;
    const name = tokens[i + (which ? 2 : 1)];
    // "by name of the product": the name of a thing, not of a person.
    if (name?.lemma !== 'name' || name.pos !== 'NOUN' || tokens[i + (which ? 3 : 2)]?.lower === 'of') continue;
    return [{ words: which ? `${which} name` : 'name', hint: null, given: false }];
  }
  return [];
}
