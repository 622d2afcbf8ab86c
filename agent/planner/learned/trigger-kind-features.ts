/**
 * What the learned trigger decision reads: the start the rules read (none, webhook, email, new
 * record) with the signals around it (a schedule, files handed over, rows kept, a by-hand
 * sentence, mail, endpoint or service words, a when-clause) and the description's content
 * lemmas. The planner and the fitting script both call `triggerKindFeatures`, so what the model
 * was fitted on and what it reads cannot drift apart. Every signal reads the parse already made.
 */
import { handsOverByHand } from '../by-hand';
import { ENDPOINT_WORDS } from '../endpoint-words';
import { SERVICES } from '../event-words';
import { readSentences } from '../language';
import { MAIL_WORDS } from '../mail-words';
import { opensClause } from '../when-clauses';
import { wordFeatures } from './word-features';

/** The parts of the rules' Description the model reads (declared here: description.ts calls the model). */
export interface TriggerReading {
  text: string;
  event: { kind: string } | null;
  schedule: unknown;
  given: { photo: boolean; document: boolean };
  keepsRecords: boolean;
  recordsApp: boolean;
  labels: readonly string[] | null;
}

/** Yes-or-no signals of the reading, each a feature `sig:<name>` when on. */
const SIGNALS: Record<string, (d: TriggerReading) => boolean> = {
  schedule: (d) => d.schedule !== null,
  photo: (d) => d.given.photo,
  document: (d) => d.given.document,
  keeps: (d) => d.keepsRecords,
  recordsApp: (d) => d.recordsApp,
  labels: (d) => d.labels !== null,
};

/**
 * Every kind of feature read, in the model file too: a kind added or dropped here makes the
 * shipped model stale (tests/unit/planner-trigger-kind.test.ts says so).
 */
export const TRIGGER_FEATURE_KINDS: readonly string[] = [
  'rule:<kind or none>',
  ...Object.keys(SIGNALS).map((name) => `sig:${name}`),
  'sig:by-hand',
  'sig:mail',
  'sig:endpoint',
  'sig:service',
  'sig:when',
  'w:<content lemma>',
];

/** Signals of the words, sentence by sentence, from the parse the rules read. */
function wordSignals(text: string, out: Set<string>): void {
  for (const { tokens } of readSentences(text)) {
    if (handsOverByHand(tokens)) out.add('sig:by-hand');
    tokens.forEach((t, i) => {
      if (t.negated) return;
      if (MAIL_WORDS.has(t.lower)) out.add('sig:mail');
      if (ENDPOINT_WORDS.has(t.lower)) out.add('sig:endpoint');
      if (SERVICES.has(t.lower)) out.add('sig:service');
      if (opensClause(tokens, i) > 0) out.add('sig:when');
    });
  }
}

export function triggerKindFeatures(d: TriggerReading): Set<string> {
  const out = new Set<string>([`rule:${d.event?.kind ?? 'none'}`]);
  for (const [name, on] of Object.entries(SIGNALS)) if (on(d)) out.add(`sig:${name}`);
  wordSignals(d.text, out);
  for (const lemma of wordFeatures(d.text)) out.add(`w:${lemma}`);
  return out;
}
