/**
 * The noun phrase that names one field: what the tagger reads as nouns, describing words and
 * participles, inner connectors ("number of chapters") and a particle at its end ("due on").
 */
import { INNER, LEADING, PARTICIPLE, PARTICLES, THIRD_PERSON } from './field-name-words';
import { NOUNISH, type Token } from './language';
import { isDash, isListEdge, isMarkerAt, unitEnd } from './list-marks';

/**
 * One noun phrase starting at `from`: leading determiners dropped, nouns/adjectives/numbers
 * and inner connectors kept. Returns the words and the index after the phrase.
 */
export function nounPhrase(
  tokens: readonly Token[],
  from: number,
  mask: readonly boolean[],
  /** Amid a list, where "permit fees" is a column though the tagger reads "permit" as a verb. */
  inList = false,
): { words: Token[]; next: number } {
  let i = from;
  // "a one-line summary": a word joined by a hyphen is part of the name, not a determiner.
  const hyphened = (k: number) => tokens[k + 1]?.text === '-' && tokens[k + 1]!.space === '' && tokens[k + 2]?.space === '';
  while (i < tokens.length && (LEADING.has(tokens[i]!.lower) || tokens[i]!.pos === 'DET') && !hyphened(i)) i++;
  const words: Token[] = [];
  for (; i < tokens.length && !mask[i] && !isMarkerAt(tokens, i); i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    // "size m²": the unit written after a name is no part of it.
    if (words.length > 0 && unitEnd(tokens, i) > i) break;
    // A verb names a column alone ("make, model"), as a participle before a noun ("estimated
    // delivery date", "onboarded date") or before its particle ("purchased on", "assigned to").
    const column =
      t.pos === 'VERB' &&
      words.length === 0 &&
      (isListEdge(next) ||
        // "predict churn risk": right after a verb, a second verb before a noun describes the noun.
        ((PARTICIPLE.test(t.lower) || inList || tokens[i - 1]?.pos === 'VERB') &&
          (next?.pos === 'NOUN' || next?.pos === 'PROPN' || next?.text === '/')) ||
        // "revised estimated date": participles in a row before their noun.
        (PARTICIPLE.test(t.lower) && next?.pos === 'VERB' && PARTICIPLE.test(next.lower) && tokens[i + 2]?.pos === 'NOUN') ||
        (PARTICLES.has(next?.lower ?? '') && isListEdge(tokens[i + 2])));
    // "FOCUS billing export", "SKU": a word in capitals is a name, whatever the tagger says.
    const acronym = /^[A-Z]{2,}$/.test(t.text);
    // "a short/ADV social caption", "the newly/ADV estimated date": after a determiner, before a
    // describing word or a noun, a word tagged as an adverb describes the noun.
    const describes =
      t.pos === 'ADV' &&
      words.length === 0 &&
      tokens[i - 1]?.pos === 'DET' &&
      (next?.pos === 'ADJ' || next?.pos === 'NOUN' || (next?.pos === 'VERB' && PARTICIPLE.test(next.lower)));
    // "the follow-up actions": whatever is hyphened to a word is part of it.
    const joined = hyphened(i) && t.kind === 'word' && words.length === 0;
    // "meeting type regular/special/annual": describing words joined by slashes after a noun are its choices.
    // "plan type weekly or monthly": so are two joined by "or" that end the item.
    const orChoice = next?.lower === 'or' && tokens[i + 2]?.pos === 'ADJ' && isListEdge(tokens[i + 3]);
    if (t.pos === 'ADJ' && (next?.text === '/' || orChoice) && words.some((w) => w.pos === 'NOUN')) break;
    if ((NOUNISH.has(t.pos) || column || acronym || describes || joined) && (t.kind === 'word' || t.kind === 'number')) {
      words.push(t);
      continue;
    }
    // "new estimated date": a participle after describing words, before its noun, describes it too.
    const modifiers = words.length > 0 && words.every((w) => w.pos === 'ADV' || w.pos === 'ADJ' || PARTICIPLE.test(w.lower));
    if (t.pos === 'VERB' && modifiers && PARTICIPLE.test(t.lower) && next?.pos === 'NOUN') {
      words.push(t);
      continue;
    }
    if (t.text === '-' && words.length > 0 && t.space === '' && next?.space === '' && next.kind === 'word') {
      words.push(t, next);
      i++;
      continue;
    }
    // "tech stack", "date joined" amid a list: a noun or participle the tagger read as a verb ends the name.
    if (t.pos === 'VERB' && (inList || PARTICIPLE.test(t.lower)) && words.length > 0 && isListEdge(next) && !THIRD_PERSON.test(t.lower)) {
      words.push(t);
      i++;
      break;
    }
    // "each employee's name": the owner is no part of the field's name; "a candidate's resume":
    // what follows a possessive is a noun, whatever the tagger says.
    if ((t.lower === "'s" || t.lower === '’s') && words.length > 0 && next && (NOUNISH.has(next.pos) || next.pos === 'VERB')) {
      words.length = 0;
      if (next.pos === 'VERB') {
        words.push(next);
        i++;
      }
      continue;
    }
    // "key points to cover", "places to visit": an infinitive after the noun belongs to its name.
    if (t.lower === 'to' && words.length > 0 && next?.pos === 'VERB' && isListEdge(tokens[i + 2])) {
      words.push(t, next);
      i += 2;
      break;
    }
    // "the session they attended", "the role they applied for": a clause of its own person belongs to the name.
    const clauseEnd = PARTICLES.has(tokens[i + 2]?.lower ?? '') ? i + 3 : i + 2;
    if (t.pos === 'PRON' && words.length > 0 && next?.pos === 'VERB' && isListEdge(tokens[clauseEnd])) {
      words.push(...tokens.slice(i, clauseEnd));
      i = clauseEnd;
      break;
    }
    // "received on", "request to", "credit used at": a column's name may end on its particle.
    if (PARTICLES.has(t.lower) && words.length > 0 && isListEdge(next) && next?.text !== '(') {
      words.push(t);
      return { words, next: i + 1 };
    }
    // "credit used at": a participle and its particle after the noun.
    if (t.pos === 'VERB' && PARTICIPLE.test(t.lower) && words.length > 0 && PARTICLES.has(next?.lower ?? '') && isListEdge(tokens[i + 2])) {
      words.push(t, next!);
      i += 2;
      break;
    }
    // "the product or service", "a link or transcript": one thing named two ways.
    // "the logged hours or fixed price": a describing word may open the second name.
    const describedNoun = (next?.pos === 'ADJ' || (next?.pos === 'VERB' && PARTICIPLE.test(next.lower))) && tokens[i + 2]?.pos === 'NOUN';
    // "patient, doctor or date": after a comma in a list, "or" joins the list's last item instead.
    const lastOfList = inList && tokens[from - 1]?.text === ',';
    if (
      t.lower === 'or' &&
      !lastOfList &&
      words.length > 0 &&
      next &&
      (next.pos === 'NOUN' || next.pos === 'PROPN' || describedNoun) &&
      !mask[i + 1]
    ) {
      words.push(t);
      // A participle the tagger calls a verb is taken with the "or", before the noun it describes.
      if (next.pos === 'VERB') {
        words.push(next);
        i++;
      }
      continue;
    }
    if (
      INNER.has(t.lower) &&
      !isDash(t) &&
      words.length > 0 &&
      next &&
      (NOUNISH.has(next.pos) || next.pos === 'DET' || next.pos === 'PRON') &&
      // "a caption for a cold email", "a summary of each": what it is for, or for whom, is no part of its name.
      !(t.lower === 'for' && next.pos === 'DET') &&
      !mask[i + 1]
    ) {
      words.push(t);
      // "information about the task": the determiner belongs to no name.
      while (tokens[i + 1] && LEADING.has(tokens[i + 1]!.lower) && NOUNISH.has(tokens[i + 2]?.pos ?? '')) i++;
      continue;
    }
    break;
  }
  // A phrase never ends on a connector ("number of").
  while (words.length > 0 && INNER.has(words[words.length - 1]!.lower)) words.pop();
  return { words, next: i };
}
