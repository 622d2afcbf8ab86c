/**
 * A thing of the team's own moved on by the team's own work: "when a shipment is approved",
 * "after each service visit is completed", "when one of our blog posts is marked published". With
 * no outside system, sender or place named, the thing is a record of the tool's own whose change
 * starts the run, not a call from elsewhere.
 */
import { ENDPOINT_WORDS } from './endpoint-words';
import { isService } from './event-words';
import { namesElsewhere } from './happening';
import type { Token } from './language';
import { isOutsider } from './outside-people';

/** Steps of a team's own workflow, said of the thing in the passive. */
const WORKFLOW_STEPS = new Set(['approve', 'complete', 'publish', 'mark', 'finish', 'finalise', 'finalize', 'close', 'resolve']);

/** The thing `words` (a start found) say was moved on in the team's workflow, or null. */
export function statusChangeOfOurs(words: readonly Token[]): string | null {
  if (words.some((t) => isService(t) || ENDPOINT_WORDS.has(t.lower) || isOutsider(t)) || namesElsewhere(words)) return null;
  const at = words.findIndex(
    (t, k) =>
      k > 0 && (t.lemma === 'be' || t.lemma === 'get') && WORKFLOW_STEPS.has(words[k + 1]?.lemma ?? '') && /ed$/.test(words[k + 1]!.lower),
  );
  const thing = at > 0 ? words[at - 1] : undefined;
  return thing && thing.pos === 'NOUN' ? thing.lemma : null;
}
