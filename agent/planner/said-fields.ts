/**
 * Fields people name, read with the language model's parts of speech rather than patterns:
 * what they give the tool ("I paste a job posting and my resume"), lists of noun phrases
 * ("name, email, title, company", "For each vehicle: registration, make, model"), and the
 * columns of tables. Examples ("e.g. auto-renewal", "like 'The water cycle'") are content
 * for a prompt, never fields; a bracket after a singular name holds its choices
 * ("stage (lead, qualified, won)").
 */
import { clauseItemAt } from './clause-items';
import { exampleMask } from './example-mask';
import { fieldNamed } from './field-name';
import { NOT_FIELDS } from './field-name-words';
import { CHOICE_FIELDS, CONTAINERS, FIELD_HOLDERS } from './field-nouns';
import { drawnOnFrom, sentByOthersFrom, turnedFrom } from './handed-values';
import { isVerbAt, NOUNISH, readSentences, type Token } from './language';
import {
  CHOSEN,
  GIVE_VERBS,
  isArrow,
  KNOWING,
  LIST_OPENERS,
  MAKING_VERBS,
  markedBefore,
  RESULT_VERBS,
  SAID_BY_PERSON,
  SETTING_VERBS,
  sortedBefore,
  UPLOAD_VERBS,
} from './list-cues';
import { ARTICLES, listAt } from './list-items';
import { isDash, isRangeAt } from './list-marks';
import { lookedForFrom, madeValuesFrom } from './made-values';
import { nounPhrase } from './noun-phrase';
import { PEOPLE } from './result-shape';
import type { SaidField } from './said-field';
import { sortedIntoAt } from './sorted-into';
import { saysVerbAt } from './verb-forms';

/** "system in plain English" → "system description": the thing described, without how, named as its description. */
function described(words: string): string {
  const thing = words.split(/ in /)[0]!;
  return /\b(?:description|details|summary|brief|text)$/i.test(thing) ? thing : `${thing} description`;
}

/** Words that open a clause of its own after a noun: a verb after them is not the sentence's. */
const RELATIVES = new Set(['where', 'that', 'which', 'who', 'whose', 'when']);

/** A verb follows `from` in the same clause: what came before it is its subject. */
function verbFollows(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' || RELATIVES.has(t.lower)) return false;
    // "for every book we lend": a verb after its own subject is a clause of its own.
    if ((t.pos === 'VERB' || t.pos === 'AUX') && tokens[k - 1]?.pos !== 'PRON') return true;
  }
  return false;
}

/** The fields said in `text`, in order, each once. */
export function saidFields(text: string): SaidField[] {
  const found = new Map<string, SaidField>();
  const add = (items: SaidField[]) => {
    for (const f of items) if (!found.has(f.words.toLowerCase())) found.set(f.words.toLowerCase(), f);
  };
  for (const { tokens } of readSentences(text)) {
    const mask = exampleMask(tokens);
    // Tokens inside a list already read start no list of their own ("number" of "item number").
    let readUntil = 0;
    // The last list read: "…, permit fees and dumpster fees with a confidence score" goes on after "with".
    let last: SaidField | null = null;
    const take = (list: { items: SaidField[]; end: number }, enough: boolean) => {
      if (!enough) return;
      add(list.items);
      readUntil = Math.max(readUntil, list.end);
      last = list.items[list.items.length - 1] ?? last;
    };
    /** The list that starts at `from`, each item marked given or returned when said, taken when it has any. */
    const takeListAt = (from: number, mark?: 'given' | 'returned') => {
      const list = listAt(tokens, from, mask);
      if (mark) for (const item of list.items) item[mark] = true;
      take(list, list.items.length > 0);
    };
    tokens.forEach((t, i) => {
      if (mask[i] || t.negated || i < readUntil) return;
      // "put each one in exactly one of Travel, Meals or Other", "categorise it": each gets a category.
      const sorted = sortedIntoAt(tokens, i, CHOICE_FIELDS);
      if (sorted) {
        add([{ words: sorted.value, hint: null, given: false, returned: true }]);
        // The groups listed are the value's choices, never fields.
        if (sorted.choicesFrom >= 0) readUntil = Math.max(readUntil, listAt(tokens, sorted.choicesFrom, mask).end);
        return;
      }
      // "I paste a lead: first name, company…" — the colon's list, not the lead, is what is given.
      // A bracket after a singular name holds its choices ("priority (low, high)"), not fields.
      // "classify each (category, urgency)": after a determiner the bracket names the values.
      const owner = tokens[i - 1];
      const choices = t.text === '(' && owner !== undefined && owner.lower === owner.lemma && owner.pos !== 'DET' && owner.pos !== 'PRON';
      // "a priority (Low, Medium, High)": a choice field with its choices, read by no list;
      // "a category (Travel, Office…)": the examples are its choices.
      if (choices && CHOICE_FIELDS.has(tokens[i - 1]!.lemma)) {
        const close = tokens.findIndex((x, k) => k > i && x.text === ')');
        if (close > i) {
          const options = listAt(tokens, i + 1, mask[i + 1] ? tokens.map(() => false) : mask).items.map((x) => x.words);
          if (options.length >= 2) add([{ words: tokens[i - 1]!.text, hint: options.join(', '), given: false }]);
          readUntil = Math.max(readUntil, close + 1);
        }
      }
      // "status: Applied, Accepted, Rejected": one field and its choices.
      if (t.text === ':' && CHOICE_FIELDS.has(tokens[i - 1]?.lemma ?? '')) {
        const list = listAt(tokens, i + 1, mask);
        if (list.items.length >= 2) {
          add([{ words: tokens[i - 1]!.text, hint: list.items.map((x) => x.words).join(', '), given: false }]);
          readUntil = Math.max(readUntil, list.end);
          return;
        }
      }
      // "critique tool: paste an excerpt, …": after the colon comes a command, not a list.
      if (t.text === ':' && tokens[i + 1] && GIVE_VERBS.has(tokens[i + 1]!.lemma) && isVerbAt(tokens, i + 1)) return;
      // "a webhook (name, testimonial text)": a bracket after what holds fields lists them.
      const holder = t.text === '(' && FIELD_HOLDERS.has(tokens[i - 1]?.lemma ?? '');
      if (t.text === ':' || isDash(t) || (t.text === '(' && i > 0 && (!choices || holder))) {
        // A bracket after a plural or a holder of fields lists columns.
        const list = listAt(
          tokens,
          i + 1,
          mask,
          t.text === '(' && tokens[i - 1]!.pos !== 'DET' && tokens[i - 1]!.pos !== 'PRON',
          t.text === ':',
        );
        take(list, list.items.length >= 2 || (list.items.length === 1 && t.text === ':'));
        return;
      }
      if (isArrow(tokens, i)) {
        const colon = tokens.findLastIndex((x, k) => k < i && (x.text === ':' || x.text === '.'));
        const list = listAt(tokens, colon + 1, mask);
        for (const item of list.items) item.given = true;
        // The list must fill what comes before the arrow ("topic in ->" too).
        take(list, list.items.length > 0 && list.end >= i - 1 && colon + 1 >= readUntil);
        return;
      }
      // "write a description from a product name, a few keywords and the target audience".
      // "from a topic, generate an outline": the making verb may follow the list.
      const making = (x: Token) => x.pos === 'VERB' && MAKING_VERBS.has(x.lemma);
      const opens = i === 0 || tokens[i - 1]!.pos === 'PUNCT';
      if (t.lower === 'from' && (tokens.slice(0, i).some(making) || (opens && tokens.slice(i, i + 8).some(making)))) {
        takeListAt(i + 1, 'given');
        return;
      }
      // "score a resume against a job description": what it is measured against is given too.
      if (t.lower === 'against') {
        takeListAt(i + 1, 'given');
        return;
      }
      // "answer qualified true/false", "flag urgent yes/no": the word before a yes/no pair is a boolean value.
      const yesNo = (t.lower === 'true' && tokens[i + 2]?.lower === 'false') || (t.lower === 'yes' && tokens[i + 2]?.lower === 'no');
      const flag = tokens[i - 1];
      const named = flag?.kind === 'word' && (NOUNISH.has(flag.pos) || flag.pos === 'VERB') && !NOT_FIELDS.has(flag.lower);
      if (yesNo && tokens[i + 1]?.text === '/' && named) {
        take({ items: [{ words: flag!.text, hint: `${t.lower}/${tokens[i + 2]!.lower}`, given: false }], end: i + 3 }, true);
        return;
      }
      // "classify each by product area and urgency", "rank applicants by experience": the criteria are values.
      if (t.lower === 'by' && sortedBefore(tokens, i)) {
        takeListAt(i + 1);
        return;
      }
      // "label every review with its sentiment", "flag each claim with a risk": what it is marked with comes back.
      if (t.lower === 'with' && markedBefore(tokens, i)) {
        takeListAt(i + 1, 'returned');
        return;
      }
      // "with a confidence 0-1", "a risk score 0 - 100": a name followed by a range of numbers is a value.
      if (isRangeAt(tokens, i) && NOUNISH.has(tokens[i - 1]?.pos ?? '') && i >= readUntil) {
        const words: Token[] = [];
        for (let k = i - 1; k >= 0 && words.length < 3 && !mask[k] && (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'ADJ'); k--)
          words.unshift(tokens[k]!);
        const said = fieldNamed(words, tokens, i, mask);
        if (said) take({ items: [{ ...said, hint: 'number' }], end: tokens[i + 1]?.text === '-' ? i + 3 : i + 1 }, true);
        return;
      }
      // "route it depending on the ticket type", "a priority based on the tech stack": what a choice turns on is a value.
      if ((t.lower === 'depending' || t.lower === 'based') && tokens[i + 1]?.lower === 'on' && !clauseItemAt(tokens, i + 2, mask)) {
        takeListAt(i + 2);
        return;
      }
      // "write a caption for each", "rates severity": values the tool makes come back.
      const made = madeValuesFrom(tokens, i);
      if (made >= 0) {
        takeListAt(made, 'returned');
        return;
      }
      // "turn my raw engagement notes into article drafts": what is turned into something is given.
      const turned = turnedFrom(tokens, i);
      if (turned >= 0) {
        takeListAt(turned, 'given');
        return;
      }
      // "customers send us their order number and a photo": what others send is given.
      const sent = sentByOthersFrom(tokens, i);
      if (sent >= 0) {
        takeListAt(sent, 'given');
        return;
      }
      // "it uses the deal stage and history": what the tool draws on names values it reads.
      const drawn = drawnOnFrom(tokens, i);
      if (drawn >= 0) {
        takeListAt(drawn);
        return;
      }
      // "scan each contract for renewal dates and penalties": what is looked for comes back.
      const lookedFor = lookedForFrom(tokens, i);
      if (lookedFor >= 0) {
        takeListAt(lookedFor, 'returned');
        return;
      }
      // "it gives me a prompt": handed back, not given.
      const toPerson = tokens[i + 1]?.lower === 'me' || tokens[i + 1]?.lower === 'us';
      // "get an overall score and a verdict", "gives me key messages, slogans…": what comes back.
      // "they give us their CV": a person handing something to the team gives it; "it gives me" hands back.
      const byPerson = PEOPLE.has(tokens[i - 1]?.lower ?? '');
      // "tell me the sentiment", "show us the expected reach": what it tells the person comes back too.
      const tells = (t.lemma === 'give' || t.lemma === 'tell' || t.lemma === 'show') && toPerson;
      if ((RESULT_VERBS.has(t.lemma) || tells) && (isVerbAt(tokens, i) || i === 0) && !byPerson) {
        let from = i + 1;
        while (tokens[from] && (tokens[from]!.lower === 'me' || tokens[from]!.lower === 'us' || tokens[from]!.lower === 'back')) from++;
        // "tell me what to pick for dinner": a question to answer is the writing itself, no value.
        const answer = t.lemma !== 'give' && !RESULT_VERBS.has(t.lemma) && clauseItemAt(tokens, from, mask) !== null;
        const list = answer ? { items: [], end: from } : listAt(tokens, from, mask);
        for (const item of list.items) item.returned = true;
        take(list, list.items.length > 0);
        return;
      }
      // "each customer review I paste", "the sentence I write": the noun before the person giving it.
      const giver = tokens[i - 1];
      if ((GIVE_VERBS.has(t.lemma) || SAID_BY_PERSON.has(t.lemma)) && (giver?.lower === 'i' || giver?.lower === 'we')) {
        const words: Token[] = [];
        for (
          let k = i - 2;
          k >= 0 && words.length < 3 && !mask[k] && (tokens[k]!.pos === 'NOUN' || (tokens[k]!.pos === 'ADJ' && words.length > 0));
          k--
        )
          words.unshift(tokens[k]!);
        const said = fieldNamed(words, tokens, i, mask);
        if (said) add([{ ...said, given: true, ...(UPLOAD_VERBS.has(t.lemma) && { uploaded: true }) }]);
      }
      // "give each lead a score": the tool gives every one of them a value, which comes back.
      if (t.lemma === 'give' && (tokens[i + 1]?.lower === 'each' || tokens[i + 1]?.lower === 'every')) {
        const recipient = nounPhrase(tokens, i + 1, mask).next;
        if (ARTICLES.has(tokens[recipient]?.lower ?? '')) {
          takeListAt(recipient, 'returned');
          return;
        }
      }
      const uploads = UPLOAD_VERBS.has(t.lemma);
      // "the user types a city": a verb after its subject, though the tagger read a noun.
      const verb = isVerbAt(tokens, i) || i === 0 || saysVerbAt(tokens, i, GIVE_VERBS);
      if ((GIVE_VERBS.has(t.lemma) || uploads) && verb && !(toPerson && t.lemma === 'give' && !byPerson)) {
        let from = i + 1;
        // "fill in", "put in", "type in".
        if (tokens[from]?.lower === 'in' || tokens[from]?.lower === 'out' || tokens[from]?.lower === 'up') from++;
        // "give it a topic" skips "it"; "type what I need" keeps the clause.
        const pronoun = tokens[from]?.pos === 'PRON' && tokens[from]?.lower !== 'my' && tokens[from]?.lower !== 'our';
        if (pronoun && !clauseItemAt(tokens, from, mask)) from++;
        const list = listAt(tokens, from, mask);
        // "upload the contract and our change log": the first thing and each said with its own determiner are files.
        // "describe our system in plain English": what is handed over is a description of it.
        if (t.lemma === 'describe') {
          const object = nounPhrase(tokens, from, mask)
            .words.map((w) => w.text)
            .join(' ');
          const item = list.items.find((x) => x.words === object);
          if (item) item.words = described(item.words);
        }
        list.items.forEach((item, k) => {
          item.given = true;
          if (uploads && (k === 0 || item.determined)) item.uploaded = true;
        });
        take(list, tokens[list.end]?.text !== ':');
        return;
      }
      // "for a given unit, produce a statement": the thing picked is handed over.
      if (CHOSEN.has(t.lower) && tokens[i - 1]?.pos === 'DET' && NOUNISH.has(tokens[i + 1]?.pos ?? '')) {
        takeListAt(i + 1, 'given');
        return;
      }
      // "set the invoice status", "update each task's owner": what is set is a value; who sets it is not said here.
      // "set up a webhook" is a verb with its particle, naming no value.
      if (SETTING_VERBS.has(t.lemma) && isVerbAt(tokens, i) && tokens[i + 1]?.pos !== 'ADP' && tokens[i + 1]?.pos !== 'PART') {
        takeListAt(i + 1);
        return;
      }
      // "a form that asks for the name, date of birth and reason for visit": what is asked for is given.
      if (t.lemma === 'ask' && tokens[i + 1]?.lower === 'for' && !t.negated) {
        takeListAt(i + 2, 'given');
        return;
      }
      // "we want to know who called and when": what is to be known, said as a clause, is a value.
      // "keep track of when each plant was watered".
      const tracking = t.lower === 'of' && tokens[i - 1]?.lower === 'track';
      if ((KNOWING.has(t.lemma) || tracking) && clauseItemAt(tokens, i + 1, mask)) {
        takeListAt(i + 1);
        return;
      }
      // "every row needs a status and an owner": what a thing needs, not what a person needs, lists its fields.
      const thingSubject = tokens[i - 1]?.pos === 'NOUN' || tokens[i - 1]?.pos === 'PROPN';
      const thingNeeds = t.lemma === 'need' && thingSubject;
      // "platforms have a commission": one thing a kind of row has is its field.
      const owned = (t.lemma === 'need' || t.lemma === 'have') && thingSubject && !CONTAINERS.has(tokens[i - 1]!.lemma);
      if (LIST_OPENERS.has(t.lower) || thingNeeds) {
        const list = listAt(tokens, i + 1, mask);
        // "track the stage of each car", "plus a High/Low priority": one field, when it is one that holds a choice.
        const ends = list.items[0]?.words.toLowerCase().split(' ') ?? [];
        const choice = list.items.length === 1 && (CHOICE_FIELDS.has(ends[0]!) || CHOICE_FIELDS.has(ends[ends.length - 1]!));
        // "answer qualified true/false with a reason": one more value of the list just read.
        // "name, email and phone for each customer, plus their last order date": "plus" adds to the list read before.
        const goesOn = last !== null && ((t.lower === 'with' && i === readUntil) || t.lower === 'plus');
        if (goesOn) for (const item of list.items) Object.assign(item, { given: last!.given, returned: last!.returned });
        take(list, list.items.length >= 2 || choice || ((goesOn || owned) && list.items.length === 1));
        return;
      }
      // A bare list of three or more ("name, photo, title, department…"), from a phrase's start.
      const before = tokens[i - 1];
      // "tell us what to order — 4 people, …": a clause alone opens no list.
      // "the session they attended, …": a verb after its subject starts no list either.
      if (before?.text === ',' || clauseItemAt(tokens, i, mask) || (before?.pos === 'PRON' && t.pos === 'VERB')) return;
      const list = listAt(tokens, i, mask);
      // "Demos, quotes and trial requests come in by webhook": a list opening a sentence before its verb is its subject.
      // "Use the tag and …": a sentence opening on a command lists no fields either.
      const opening = before === undefined;
      take(list, list.items.length >= 3 && (!opening || (!verbFollows(tokens, list.end) && !isVerbAt(tokens, i))));
    });
  }
  return [...found.values()];
}
