/**
 * Where the tagger's reading of a word is not the step it names: a job verb read as a noun
 * ("Draft Instagram captions"), a participle that describes ("ranked hypotheses"), a list in
 * brackets. result-shape.ts asks these before weighing a word as a verb.
 */
import type { Token } from './language';
/** Words after which a writing verb read as a noun is still the verb: "a tool that drafts posts". */
const RELATIVES = new Set(['that', 'which', 'who', 'to']);

/** How far a title's colon may come after its first word ("Log analysis tool:"). */
const TITLE_REACH = 4;

/**
 * "Draft Instagram captions", "a tool that drafts LinkedIn posts", "Moderate user uploads": a job
 * verb the tagger read as a noun (or, capitalised at a sentence's start, as a name), with its
 * object after it — unless a colon soon follows, which makes the words a title ("Log analysis:").
 */
export function jobVerbAsNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  const next = tokens[i + 1];
  const opens = !before || before.pos === 'PUNCT' || RELATIVES.has(before.lower);
  const named = t.pos === 'PROPN' && !before;
  if ((t.pos !== 'NOUN' && !named) || !opens || !next) return false;
  if (!(next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ' || next.pos === 'DET')) return false;
  const title = tokens.slice(i + 1, i + 1 + TITLE_REACH).findIndex((x) => x.text === ':' || x.pos === 'VERB');
  return title < 0 || tokens[i + 1 + title]!.text !== ':';
}

const SUBJECTS = new Set(['i', 'we', 'they', 'you', 'he', 'she', 'it', 'who', 'that', 'which']);

/** "ranked hypotheses", "the translated text": a participle before its noun describes it, it is no step. */
export function modifiesNoun(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]?.pos;
  const before = tokens[i - 1];
  // "we tagged items", "the bot parsed emails": with a subject before it, it is the verb.
  const subject = before !== undefined && (before.pos === 'NOUN' || before.pos === 'PROPN' || SUBJECTS.has(before.lower));
  return /ed$/.test(tokens[i]!.lower) && (next === 'NOUN' || next === 'PROPN' || next === 'ADJ') && !subject;
}

/**
 * "a briefing: what moved, filtered from my feeds, flagged where it touches a client": a past
 * participle right after a comma describes what came before; a step would say the verb's plain form.
 */
export function describesAfterComma(tokens: readonly Token[], i: number): boolean {
  return tokens[i - 1]?.text === ',' && /ed$/.test(tokens[i]!.lower) && tokens[i]!.lower !== tokens[i]!.lemma;
}

/** "teachers mark each student", "agents tag every ticket": a plural noun, a word the tagger read as a noun, then its object's determiner. */
export function verbAfterSubject(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const subject = tokens[i - 1];
  const next = tokens[i + 1];
  const plural = !!subject && subject.pos === 'NOUN' && subject.lower !== subject.lemma && subject.lower.endsWith('s');
  return t.pos === 'NOUN' && plural && t.lower === t.lemma && !!next && (next.pos === 'DET' || next.pos === 'PRON');
}

/** Tokens inside a bracket that lists (two commas or more): "as JSON (title, main entities, prices…)" names values, not writing. */
export function bracketLists(tokens: readonly Token[]): boolean[] {
  const inList = tokens.map(() => false);
  let open = -1;
  tokens.forEach((t, i) => {
    if (t.text === '(') open = i;
    if (t.text === ')' && open >= 0) {
      const inside = tokens.slice(open + 1, i);
      if (inside.filter((x) => x.text === ',').length >= 2) for (let k = open + 1; k < i; k++) inList[k] = true;
      open = -1;
    }
  });
  return inList;
}

/** Words opening a clause of when something happens: "When a new member registers, …". */
const EVENT_OPENERS = new Set(['when', 'whenever', 'once', 'after', 'if']);
/** How far back the opener may come, past the subject's determiner and describing words. */
const OPENER_REACH = 4;

/**
 * "When a new member registers, send …": a word ending in -s after a singular noun that a
 * when-clause opened is that subject's verb, and the clause ends after it — it names no register
 * or log, whatever the tagger says ("our members register" has no opener and reads as a noun).
 */
export function verbOfEventClause(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const subject = tokens[i - 1];
  const next = tokens[i + 1];
  if (!t.lower.endsWith('s') || t.lower === t.lemma || subject?.pos !== 'NOUN' || subject.lower !== subject.lemma) return false;
  if (next && next.pos !== 'PUNCT' && next.pos !== 'ADP' && next.pos !== 'ADV') return false;
  for (let k = i - 2; k >= 0 && k >= i - 1 - OPENER_REACH; k--) {
    const w = tokens[k]!;
    if (EVENT_OPENERS.has(w.lower)) return true;
    if (w.pos !== 'DET' && w.pos !== 'ADJ' && w.pos !== 'NOUN') return false;
  }
  return false;
}
