/**
 * Fields wished for on an open app in everyday words, read when nothing else in a follow-up was:
 * "let them enter a budget", "i want to keep their job title as well", "each lead should also
 * have a close date", "one more thing: industry", "missing: phone and address". A verb of keeping
 * or asking (or a colon after "one more" / "missing") opens the wish; the words after it, cut
 * as a field's name is (field-phrase.ts), name one field or a list of them. Things that are not
 * fields — the app's records themselves, people, parts of the app, a model, a time — are left out.
 */
import { FIELD_KIND, fieldPhrase } from './field-phrase';
import { saidField } from './field-asks';
import { parseOptions } from './field-types';
import type { NamedField } from './fields';
import { knownField, type KnownField } from './known-fields';
import { isVerbAt, readTokens, type Token } from './language';
import { findNamedModels } from './model-wishes';
import { parseSchedule } from './schedule';

/** Verbs whose object is a thing kept or asked for on each record. */
const WISH_VERBS = new Set([
  'add',
  'include',
  'capture',
  'track',
  'record',
  'store',
  'keep',
  'save',
  'log',
  'collect',
  'note',
  'enter',
  'fill',
  'ask',
  'have',
  'need',
  'want',
  'know',
  'put',
  'like',
  'give',
  'come',
  'type',
  'paste',
  'attach',
  'pick',
  'choose',
  'specify',
  'upload',
  // "we forgot the website", "you missed the phone number": a thing left out is a thing wanted.
  'forget',
  'miss',
  'say',
  'love',
  'get',
  'take',
  'accept',
]);
/** Wish verbs that are nouns as often ("a notes box", "the log", "I'd like"): only a verb there opens a wish. */
const NOUNS_TOO = new Set(['like', 'note', 'log', 'record', 'track', 'store', 'type', 'paste', 'fill']);
/** Wish verbs only in a question or wish with a modal before them. */
const ASKED_ONLY = new Set(['get', 'take', 'accept']);
const MODALS = new Set(['can', 'could', 'should', 'would', 'will', 'may']);
/** Wish verbs only in the past: a thing forgotten or missed is wanted. */
const PAST_ONLY = new Set(['forget', 'miss']);
/** Words after which such a word is the verb: "let them note the reason", "to log", "can track". */
const VERB_BEFORE = /^(?:them|us|me|to|can|could|should|will|please|also|and)$/;
/** Verbs that only carry another ("want to keep", "need to know", "allow uploading"): the wish is the next verb's object. */
const CARRIERS = new Set(['want', 'need', 'have', 'allow', 'love']);
/** Words that say one more thing is wanted before a colon: "one more thing: industry", "missing: phone". */
const MORE_BEFORE_COLON = /\b(?:more|missing|also|another|extra|additional|plus|add)\b[^:]{0,20}:\s*/;
/** "also the order number please", "plus their job title": one more thing said bare. */
const ALSO_THING = /^(?:also|and also|plus|oh and|and)\s+(?=(?:the|a|an|their|his|her)\s)/;
/** What stands before the thing wanted: pronouns, articles, "for", "in", "a field for". */
const LEAD_IN = new RegExp(
  String.raw`^(?:(?:them|it|us|people|users|customers|in|out|for|to|the|a|an|their|its|his|her|our|my|each|every|also|too|one|some|which|what|whose|field|column|place|spot|${FIELD_KIND})\s+)+`,
);
/** Names that are not fields: parts of the app and things too general to hold a value. */
const NOT_A_FIELD = new Set([
  'form',
  'field',
  'fields',
  'column',
  'columns',
  'app',
  'tool',
  'thing',
  'things',
  'one',
  'it',
  'this',
  'that',
  'them',
  'info',
  'information',
  'detail',
  'details',
  'data',
  'stuff',
  'more',
  'record',
  'records',
  'row',
  'rows',
  'entry',
  'entries',
  'table',
  'list',
  'link',
  'url',
  'access',
  'schedule',
  'step',
  'steps',
  'model',
  'copy',
  'look',
  'way',
  'option',
  'chance',
  'idea',
  'result',
  'results',
  'output',
]);
/** People, who use the app rather than being a value in it. */
const PEOPLE = /^(?:i|we|you|they|everyone|someone|anyone|team|people|users?|customers?|clients?|reps?|staff|agents?|admins?|members?)$/;
const ITEM_SPLIT = /\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*&\s*)/;
const MOST_WORDS = 4;
/** Who or what is given the field: "give each item a priority", "give them a rating". */
const RECIPIENT = /^(?:(?:each|every|all)\s+[a-z]+|them|it|us|me)\s+(?=(?:a|an|the|one|some)\s)/;
/** "a priority, low/medium/high/critical": two or more choices after the field, each one word or two. */
const CHOICES = /^[\w -]{1,20}(?:\s*\/\s*[\w -]{1,20})+$/;

/** Particles that stay inside a field's name ("date of birth", "follow up date", "opt-in"). */
const PARTICLES = new Set(['of', 'up', 'in', 'out', 'on', 'off']);

/** `words` read as a thing ("the address"): a noun phrase, not "faster" or "look at the replies". */
function namesAThing(words: string): boolean {
  const tokens = readTokens(`the ${words}`).slice(1);
  const last = tokens[tokens.length - 1];
  if (!last || last.pos === 'ADV' || last.pos === 'ADJ' || (last.pos === 'VERB' && !words.includes('-'))) return false;
  return tokens.every((t) => t.pos !== 'ADP' || PARTICLES.has(t.lower));
}

/** "… so nothing gets missed", "… because reps keep asking": why it is wanted, said after the wish. */
const WHY_AFTER =
  /\s+(?:so that|so|because|since|as otherwise|otherwise)\s+(?:nothing|no one|nobody|we|i|they|it|people|you|reps?|the team)\b.*$/;

/** The clauses of `text`: a full stop, question mark, semicolon or line break ends one; why it is wanted is left off. */
function clausesOf(text: string): string[] {
  return text
    .split(/[.;!?\n]+/)
    .map((c) => c.trim().replace(WHY_AFTER, ''))
    .filter(Boolean);
}

/** Where the wished-for thing starts in `clause` (lower case), after its verb, or -1. */
function wishStart(clause: string, tokens: readonly Token[]): number {
  const colon = MORE_BEFORE_COLON.exec(clause) ?? ALSO_THING.exec(clause);
  if (colon) return colon.index + colon[0].length;
  let at = -1;
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const found = clause.indexOf(t.lower, from);
    if (found >= 0) from = found + t.lower.length;
    if (
      t.negated ||
      !WISH_VERBS.has(t.lemma) ||
      (NOUNS_TOO.has(t.lemma) && !isVerbAt(tokens, i) && !VERB_BEFORE.test(tokens[i - 1]?.lower ?? ''))
    )
      continue;
    // "feedback could come with a star rating": only "come with" wishes for a thing.
    if (t.lemma === 'come' && tokens[i + 1]?.lower !== 'with') continue;
    // "can each lead get a rating", "can it take a list of links" wish; "we get a lot of spam" does not.
    // "can customers get an email when it is done?": people getting something are told, not given a field.
    if (
      ASKED_ONLY.has(t.lemma) &&
      (!tokens.slice(Math.max(0, i - 3), i).some((x) => MODALS.has(x.lower)) || PEOPLE.test(tokens[i - 1]?.lower ?? ''))
    )
      continue;
    // "let me say which platform it's for": only "say" before the thing asked about.
    if (t.lemma === 'say' && !/^(?:what|which)$/.test(tokens[i + 1]?.lower ?? '')) continue;
    // "you missed the phone", "we forgot the website" ask for it; "I miss the old version" does not.
    if (PAST_ONLY.has(t.lemma) && t.lower === t.lemma) continue;
    at = from;
    // "want to keep their title", "need to know the timezone": the last verb of the chain names the wish.
    if (!CARRIERS.has(t.lemma)) break;
    // "we need to allow more time": a carrier before another verb wishes for no thing.
    const next = tokens[i + 2];
    if (tokens[i + 1]?.lower === 'to' && next?.pos === 'VERB' && !WISH_VERBS.has(next.lemma)) return -1;
  }
  return at;
}

/** Fields `text` wishes for that the app (its `fields`, its records called `rowNouns`) does not have. */
export function wishedFields(text: string, fields: readonly KnownField[], rowNouns: readonly string[] = []): NamedField[] {
  const wished: NamedField[] = [];
  const add = (field: NamedField | null) => {
    if (field && !wished.some((w) => w.name === field.name)) wished.push(field);
  };
  for (const clause of clausesOf(text.toLowerCase())) {
    const start = wishStart(clause, readTokens(clause));
    if (start < 0) continue;
    // "give each item a priority": the records given it are not its name.
    const said = clause
      .slice(start)
      .replace(/^\s*(?:with\s+)?/, '')
      .replace(RECIPIENT, '')
      .replace(LEAD_IN, '')
      // "the lead's website", "the customer's order number": whose it is is not its name.
      .replace(/^[a-z]+'s\s+/, '');
    // "track which rep owns each lead": the thing asked about, not the rest of its clause; so is
    // "pick which sector the company is in": the sector, not the company.
    const asked = said
      .replace(WHICH_THING_OF, (whole, thing: string) => (/^\s*(?:which|what)\b/.test(clause.slice(start)) ? thing : whole))
      .replace(/\s+(?:owns?|has|have|is|are|was|were|does|do)\b.*$/, '');
    // "pick a tone: casual, formal or playful": the field, then its choices after a colon.
    const withChoices = CHOICES_AFTER_COLON.exec(asked);
    if (withChoices && withChoices[2]!.split(ITEM_SPLIT).length >= 2) {
      const field = fieldOf(withChoices[1]!, fields, rowNouns);
      if (field) add({ ...field, type: 'select', options: parseOptions(withChoices[2]!) });
      continue;
    }
    for (const part of asked.split(ITEM_SPLIT)) {
      const last = wished[wished.length - 1];
      // "low/medium/high" after a field are its choices; "default medium" says which one starts.
      if (CHOICES.test(part.trim()) && last) {
        wished[wished.length - 1] = { ...last, type: 'select', options: parseOptions(part) };
        continue;
      }
      if (/^\s*default\b/.test(part)) continue;
      add(fieldOf(part, fields, rowNouns));
    }
  }
  return wished;
}

/** "(which) sector the company is in": the thing asked about, before whose it is. */
const WHICH_THING_OF =
  /^([a-z]+(?:\s+[a-z]+)?)\s+(?:the|their|its|his|her|each|this|our)\s+[a-z]+\s+(?:is|are|was|were|belongs?|works?)\b.*$/;

/** "which plan they're on", "what tool it came from": the thing asked about, without its clause. */
const THEIR_CLAUSE =
  /\s+(?:they|he|she|it|we|you|i)(?:'re|'s|'m| are| is| am| were| was)?\s+(?:on|in|at|for|from|about|using|use|uses|used|came from|come from)\b.*$/;
/** "tone: casual, formal or playful", "which plan they're on - free, pro or enterprise", "platform (etsy, ebay)". */
const CHOICES_AFTER_COLON = /^([a-z][\w' -]{0,30}?)\s*(?::|\s[-–—]|(?=\())\s*\(?([^)]+)\)?$/;

/** The field `part` names, if it names a thing the app could hold and does not have yet. */
function fieldOf(part: string, fields: readonly KnownField[], rowNouns: readonly string[]): NamedField | null {
  const item = fieldPhrase(part.replace(THEIR_CLAUSE, ''));
  if (!item) return null;
  // "a notes section", "a list of links": the part of the form or the list is not the thing's name.
  const words = item
    .replace(LEAD_IN, '')
    .replace(/^list of\s+/, '')
    .replace(/\s+(?:section|area|part)$/, '')
    .trim();
  if (!words || words.split(/\s+/).length > MOST_WORDS) return null;
  const head = words.split(/\s+/).pop()!;
  if (NOT_A_FIELD.has(words) || NOT_A_FIELD.has(head) || PEOPLE.test(words)) return null;
  if (rowNouns.some((noun) => words === noun || words === `${noun}s`)) return null;
  if (!namesAThing(words) || knownField(fields, words) || findNamedModels(words).length > 0 || parseSchedule(words) !== null) return null;
  return saidField(words, true);
}
