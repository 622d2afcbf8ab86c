/**
 * The person hands the tool its material themselves ("I paste their message", "after each
 * call I type my notes", "we'll upload the CSV"): whatever event the sentence names around it
 * ("when a customer complains", "incoming messages") is why they open the tool, not what
 * starts a run, which is the form filled by hand.
 */
import { CHOOSING, PRESSING, picksMaterial } from './chosen-material';
import type { Token } from './language';

/** Verbs by which a person puts material into the tool. */
const HAND_OVER = new Set(['paste', 'type', 'copy', 'enter', 'give', 'upload', 'input', 'fill']);
/** The speaker, alone or for the team. */
const OURSELVES = new Set(['i', 'we']);
/** The person speaking, alone or for the team, or the team they speak of ("they paste the objection"). */
const SPEAKER = new Set(['i', 'we', 'they']);
/** Verbs of typing material in, said of anyone on the team ("the agent enters the order number"). */
const TYPING = new Set(['paste', 'type', 'enter', 'copy']);
/** People outside the team, whose acts come from elsewhere ("customers enter their details on our site"). */
const OUTSIDERS = new Set([
  'customer',
  'client',
  'visitor',
  'user',
  'someone',
  'anyone',
  'people',
  'lead',
  'prospect',
  'applicant',
  'candidate',
]);
/** Places that keep files or rows: handing something over to one of these is a drop another run watches. */
const ELSEWHERE = new Set(['folder', 'drive', 'directory', 'bucket', 'sheet', 'table', 'webhook', 'endpoint', 'inbox']);

/** Imperatives that hand material over: "Paste the ticket and …" (not "give me an endpoint"). */
const IMPERATIVE = new Set(['paste', 'type', 'enter', 'copy', 'upload']);

function byTheSpeaker(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  // An order to the reader at a sentence's start: the person will do it.
  if (k === 0) return IMPERATIVE.has(tokens[k]!.lemma);
  // "I paste", "we'll upload", "I can paste".
  const subject = before?.pos === 'AUX' ? tokens[k - 2] : before;
  // Picking or clicking, said of others ("the slot they pick"), hands nothing over.
  if (CHOOSING.has(tokens[k]!.lemma)) return OURSELVES.has(subject?.lower ?? '') && picksMaterial(tokens, k);
  if (PRESSING.has(tokens[k]!.lemma)) return OURSELVES.has(subject?.lower ?? '');
  if (SPEAKER.has(subject?.lower ?? '')) return true;
  // "the agent enters", "our reps paste": someone of ours types it in.
  return (
    TYPING.has(tokens[k]!.lemma) &&
    tokens[k]!.pos === 'VERB' &&
    !tokens[k]!.lower.endsWith('ed') &&
    subject?.pos === 'NOUN' &&
    !OUTSIDERS.has(subject.lemma)
  );
}

/**
 * Some clause of `tokens` has the speaker handing material over, to the tool itself rather than a
 * folder or a sheet; with `picking`, also picking it out or clicking the tool's button on it.
 */
export function handsOverByHand(tokens: readonly Token[], picking = true): boolean {
  return tokens.some((t, k) => {
    const verb = HAND_OVER.has(t.lemma) || (picking && (CHOOSING.has(t.lemma) || PRESSING.has(t.lemma)));
    if (t.negated || !verb || !byTheSpeaker(tokens, k)) return false;
    const rest = tokens.slice(k + 1);
    const end = rest.findIndex((x) => x.pos === 'PUNCT');
    return !(end < 0 ? rest : rest.slice(0, end)).some((x) => ELSEWHERE.has(x.lemma));
  });
}

/** Words saying a way in besides another: "sometimes I paste one in", "I also upload them", "the phone ones". */
const BESIDES = new Set(['sometimes', 'occasionally', 'also', 'too', 'ones']);

/**
 * The sentence `tokens` says the speaker hands the material over as the way it comes in: handing it
 * over (picking aside, which happens within a sentence), and not as a way besides another.
 */
export function handsAllOverByHand(tokens: readonly Token[]): boolean {
  return handsOverByHand(tokens, false) && !tokens.some((t) => BESIDES.has(t.lower));
}
