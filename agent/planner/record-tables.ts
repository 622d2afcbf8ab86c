/**
 * What a person keeps records of, and whether the tool is a records app at all: the noun
 * before a table word ("an invoices table", "our clients pipeline"), the noun a list of
 * columns belongs to ("Each claim: ref, customer…", "candidate = name, email…"), or the
 * object of a keeping verb ("log each lead"). Each cue reads one word in its sentence
 * (records-found.ts); this file runs them in order and settles what a row is.
 */
import { bookedByPeopleCue } from './booked-by-people';
import { onePlaceCue } from './one-place';
import { columnTitleCue } from './column-titles';
import { eachHasCue } from './each-has';
import { createdPassiveCue, createdRecordCue, keptByVerbCue } from './keeping-verbs';
import { gatheredRowsCue } from './gathered-rows';
import { readSentences } from './language';
import { keptListCue } from './kept-list';
import { ledgerCue } from './ledger-name';
import { openingRows } from './opening-title';
import { peopleEnterAt } from './people-enter';
import { nounAfter } from './record-nouns';
import { recordOfCue } from './record-of';
import { recordsAppCue } from './records-app';
import { type Cue, nothingFound } from './records-found';
import { recordsOfEveryCue } from './records-of-every';
import { becomesRowCue, rowsBecomeCue, turnedIntoRowCue } from './rows-become';
import { tableMentionCue } from './table-mentions';

/** "a"/"each" before what people enter: one of many, a row ("tenants submit a repair request"), not its columns. */
const ONE_OF_MANY = new Set(['a', 'an', 'each', 'every']);

/** Other people enter rows ("agents add the address, price and photos"); a form's users do too. */
const enteredCue: Cue = (tokens, i, _first, found) => {
  if (!peopleEnterAt(tokens, i)) return;
  found.entered = true;
  if (ONE_OF_MANY.has(tokens[i + 1]?.lower ?? '')) found.noun ??= nounAfter(tokens, i);
};

/** In this order: the first row noun or table name read stays. */
const CUES: readonly Cue[] = [
  gatheredRowsCue,
  recordsAppCue,
  ledgerCue,
  keptListCue,
  recordOfCue,
  tableMentionCue,
  enteredCue,
  recordsOfEveryCue,
  rowsBecomeCue,
  becomesRowCue,
  turnedIntoRowCue,
  columnTitleCue,
  eachHasCue,
  createdRecordCue,
  createdPassiveCue,
  keptByVerbCue,
  onePlaceCue,
  bookedByPeopleCue,
];

export interface KeptRecords {
  /** What one row is, singular ("invoice", "job posting"), when said. */
  noun: string | null;
  /** The noun comes from a table the person named ("our leads sheet"), not only from what is kept. */
  named: boolean;
  /** The person named a table or asked to keep rows. */
  keeps: boolean;
  /** The tool is described as a records app (a tracker, a directory, a portal). */
  recordsApp: boolean;
  /** Every table named by a table word ("a suppliers table …, and a purchase orders table"), singular, in order. */
  tables: string[];
  /**
   * Things kept by a keeping verb besides the row noun ("…, and keep a payment history"): a person
   * who says to keep two things asks for two tables.
   */
  alsoKept: string[];
  /** The rows the description's title names ("Damage reports for the warehouse."), whether or not any are kept. */
  opening: string | null;
  /** The title is a form's ("Incident report form for the plant: …"). */
  openingForm: boolean;
}

/** Two nouns sharing a word name the same rows ("payment", "payment history"). */
function sharesWord(a: string, b: string | null): boolean {
  const words = new Set((b ?? '').split(' '));
  return a.split(' ').some((w) => words.has(w));
}

export function keptRecords(text: string): KeptRecords {
  const found = nothingFound();
  const sentences = readSentences(text);
  const title = sentences[0] ? openingRows(sentences[0].tokens) : null;
  sentences.forEach(({ tokens }, sentence) => {
    const first = sentence === 0;
    tokens.forEach((t, i) => {
      if (t.negated) return;
      for (const cue of CUES) cue(tokens, i, first, found);
    });
  });
  const opening = title?.rows ?? null;
  // "Real estate listings: agents add …": the title names the rows people enter.
  if (found.entered && opening) found.keeps = true;
  // The opening names the rows only of a tool that keeps some ("grade articles against …" is a command).
  const named = found.named ?? (found.keeps ? opening : null);
  const noun = named ?? found.noun ?? found.appNoun;
  return {
    noun,
    named: named !== null,
    keeps: found.keeps,
    recordsApp: found.recordsApp,
    tables: found.tables,
    alsoKept: found.keptByVerb.filter((k) => !sharesWord(k, noun)),
    opening,
    openingForm: title?.form ?? false,
  };
}
