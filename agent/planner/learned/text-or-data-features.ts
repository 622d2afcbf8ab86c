/**
 * What the learned text-or-data decision reads: the signals the rules computed on the way to
 * their own decision (rows kept, labels, values read out, files handed over, writing asked…),
 * the description's content lemmas, and those of its opening phrase (the tool named) and of its
 * closing sentence (often what is handed back or kept) once more on their own. The planner and the training script both call `textOrDataFeatures`, so what the
 * model was fitted on and what it reads cannot drift apart.
 */
import { asksForProse, deliversProse } from '../result-shape';
import { messagesTo } from './message-to';
import { closingWords, openingWords, phraseFeatures, wordFeatures } from './word-features';

/**
 * The parts of the rules' Description the model reads (a Description is one; declared here
 * because description.ts calls the model, and a type import back would be a cycle).
 */
export interface RulesReading {
  text: string;
  outputKind: string;
  /** The rules' decision: data (true) or text. */
  structured: boolean;
  keepsRecords: boolean;
  recordsApp: boolean;
  labels: readonly string[] | null;
  extracted: ReadonlySet<string>;
  tables: readonly unknown[];
  given: { photo: boolean; document: boolean };
  schedule: unknown;
  notify: unknown;
  review: boolean;
  parts: readonly unknown[];
  fields: readonly unknown[];
  event: { kind: string } | null;
}

/** Yes-or-no signals, each a feature `sig:<name>` when on. */
const SIGNALS: Record<string, (d: RulesReading) => boolean> = {
  keeps: (d) => d.keepsRecords,
  recordsApp: (d) => d.recordsApp,
  labels: (d) => d.labels !== null,
  extracts: (d) => d.extracted.size > 0,
  tables: (d) => d.tables.length > 0,
  photo: (d) => d.given.photo,
  document: (d) => d.given.document,
  schedule: (d) => d.schedule !== null,
  notify: (d) => d.notify !== null,
  review: (d) => d.review,
  parts: (d) => d.parts.length > 0,
  delivers: (d) => deliversProse(d.text),
  asksProse: (d) => asksForProse(d.text),
  // "email me a digest", "text them a confirmation": a message written to someone, and to whom.
  toUs: (d) => messagesTo(d.text).has('us'),
  toThem: (d) => messagesTo(d.text).has('them'),
};

/** More fields than this say nothing more. */
const MOST_FIELDS = 4;

/**
 * Every kind of feature read, in the model file too: a kind added or dropped here makes the
 * shipped model stale (tests/unit/planner-text-or-data.test.ts says so).
 */
export const FEATURE_KINDS: readonly string[] = [
  ...Object.keys(SIGNALS).map((name) => `sig:${name}`),
  `sig:fields0…sig:fields${MOST_FIELDS}`,
  'sig:event-<kind or none>',
  'w:<content lemma>',
  'open:<content lemma of the opening phrase>',
  'end:<content lemma of the closing sentence>',
  'a:<lemma of every word>',
  'b:<lemmas of two neighbouring words>',
];

export function textOrDataFeatures(d: RulesReading): Set<string> {
  const out = new Set<string>();
  for (const [name, on] of Object.entries(SIGNALS)) if (on(d)) out.add(`sig:${name}`);
  out.add(`sig:fields${Math.min(d.fields.length, MOST_FIELDS)}`);
  out.add(`sig:event-${d.event?.kind ?? 'none'}`);
  for (const lemma of wordFeatures(d.text)) out.add(`w:${lemma}`);
  // The tool named first weighs apart from the same word said later ("Booking tracker: …" vs "track who replied").
  for (const lemma of openingWords(d.text)) out.add(`open:${lemma}`);
  // What is said last weighs apart too: the closing sentence often names the result ("Keep all bookings.").
  for (const lemma of closingWords(d.text)) out.add(`end:${lemma}`);
  // How the words run together ("for each", "into a table"), small words too.
  for (const f of phraseFeatures(d.text)) out.add(f);
  return out;
}

let nothing: Set<string> | null = null;

/** A rules reading of an empty description: what no words say. */
export function silentReading(): Parameters<typeof textOrDataFeatures>[0] {
  return {
    text: '',
    outputKind: 'text',
    structured: false,
    keepsRecords: false,
    recordsApp: false,
    labels: null,
    extracted: new Set(),
    tables: [],
    given: { photo: false, document: false },
    schedule: null,
    notify: null,
    review: false,
    parts: [],
    fields: [],
    event: null,
  };
}

/** The features of a description that says nothing: what the model thinks before reading. */
export function saysNothing(): ReadonlySet<string> {
  nothing ??= textOrDataFeatures(silentReading());
  return nothing;
}
