/**
 * A run of the app asked for in a follow-up, the ways people ask for one beyond "run it":
 * "trigger it once by hand", "kick it off", "fire it now for real", "run the job immediately",
 * "re-send the digest now with the updated stuff", "send now please". A clause asks for a run
 * when it is one verb of running, the app (or nothing) as its object, and words saying when or
 * how it should happen; the message may explain itself in other clauses ("I don't want to
 * wait"), but not give another order ("… and add a phone field").
 */
import { bareCommand } from './bare-command';
import { anyOf } from './regex-parts';
import { parseFollowUp } from './follow-ups';
import { readTokens } from './language';

/** Verbs that start the app's work. */
const RUN_VERB = '(?:run|re-?run|try|test|execute|preview|trigger|fire|kick|start|launch|process)';
/** Verbs that run it only when said for now or again ("send now", "re-send the digest"): "send it to slack" is a change. */
const DELIVER_VERB = '(?:re-?send|send|re-?generate|generate)';
/** When or how: "now", "once", "by hand", "for real", "off" ("kick it off"). */
const HOW =
  '(?:now|once|out|off|up|again|right now|right away|immediately|manually|by hand|on demand|one more time|for real|today|early|already|asap|this time)';
const ONLY_DELIVER = new RegExp(`^${DELIVER_VERB}$`);
/** Words of timing that make a deliver verb a run. */
const NOW_OR_AGAIN = /\b(?:now|right away|immediately|again|asap|early|today|one more time|manually|by hand)\b|^re-?/;
/** "with a test message", "on this photo", "with the updated stuff": what it runs on. */
const ON_WHAT = String.raw`(?:\s+(?:with|on|for|using) (?:(?:one|some|a few) of )?(?:a|an|the|this|that|these|some|my|our) [\w -]{1,40})?`;

/** A condition said first: "before I commit to this can I just try it", "if it's ready, run it". */
const CONDITION_FIRST = /^(?:before|after|once|when|if|until)\b.*?\b(?=(?:can|could|may|should|shall|will) (?:i|we|you)\b)/;
/** A test copy asked for: "send me a test digest email", "can I get a test one now?". */
export const TEST_COPY = /\b(?:send|give|get|show|e-?mail|mail)\s+(?:me\s+|us\s+)?(?:a|an|one)\s+(?:test|sample|trial|preview)\b/;

/** A look at its work asked for: "let's see it in action", "show me what it produces", "I want to see a sample reply", "hit run". */
export const SEE_IT_WORK = anyOf([
  /\bsee it (?:in action|work(?:ing)?)\b|\bshow me what it (?:produces|does|makes|gives|writes|comes up with)\b|\bhit (?:run|go)\b/,
  /\b(?:see|show me|get) an? (?:sample|example|test) (?:run|reply|output|result|answer|draft)\b|\bdo an? (?:quick |short )?(?:test|trial|dry run)\b/,
  /\bgenerate (?:one|an? \w+) (?:now|right now|so i can)\b/,
  /\bsee what (?:it|this|(?:this|next|today)(?: week)?'?s \w+|the (?:output|result|report|digest|reply|draft|summary|email|post)s?) (?:would |will )?looks? like\b/,
]);

/** "kick off a run", "run a quick check", "give it a test": a run as the object. */
const A_RUN_OBJECT =
  /^(?:off\s+)?(?:an?|one) (?:(?:quick|test|dry|trial|sample|real|first|new|short|little) )*(?:run|check|test|go|spin|trial|try)$/;
/** "process this image", "try these": what is handed over now, which the app runs on. */
const THIS_INPUT = /^(?:this|these|that|those)(?: (?!(?:field|column|step|schedule|model|form|page|link|trigger)s?\b)[\w-]+)?$/;
/** Why it is asked: "so I can see the output", "to check the report looks ok", "instead of waiting for Monday". */
const WHY = /\s+(?:so(?: that)?|to see|to check|because|since|as|(?:instead of|rather than) waiting)\s+.*$/;
/** What it should run on, given after a colon: "try it on this ticket: 'my order arrived broken'". */
const INPUT_GIVEN = /\s*:\s+\S.*$/;
/** The verb, its object (any words, judged by `isTheApp`), and the words of timing after it. */
const RUN_CLAUSE = new RegExp(String.raw`^(${RUN_VERB}|${DELIVER_VERB})(?:\s+(.+?))??((?:\s+${HOW})*)${ON_WHAT}$`);

/** A clause that gives an order of its own: it opens with a verb and asks a change ("add a phone field"; not "want to check it"). */
function givesAnOrder(clause: string): boolean {
  const order = clause.replace(/^(?:and|then|also|plus)\s+/, '');
  return readTokens(order)[0]?.pos === 'VERB' && parseFollowUp(order).length > 0;
}

/**
 * Whether `clause` (as said, lower case) asks for a run of the app; `isTheApp` says whether the
 * words after the verb are the app ("it", "the job", "the digest").
 */
export function runAsked(clause: string, isTheApp: (object: string) => boolean): boolean {
  const bare = bareCommand(clause.replace(INPUT_GIVEN, '').replace(WHY, '').replace(CONDITION_FIRST, ''));
  const m = RUN_CLAUSE.exec(bare);
  if (!m) return false;
  const [, verb, object, how] = m;
  if (object !== undefined && !isTheApp(object) && !A_RUN_OBJECT.test(object) && !THIS_INPUT.test(object)) return false;
  // "send" runs it only when said for now or again; bareCommand takes a closing "now" off, so the clause as said is read.
  if (ONLY_DELIVER.test(verb!)) return NOW_OR_AGAIN.test(`${verb} ${how ?? ''} ${clause}`);
  // "try" or "test" alone is a run; "start" or "kick" alone is not ("start" opens many things).
  return object !== undefined || (how ?? '').trim() !== '' || /^(?:run|re-?run|try|test|execute|preview|trigger)$/.test(verb!);
}

/** A run asked in one clause of `clauses` (`asks` judging each), the others only explaining ("I don't want to wait, fire it now"). */
export function runAskedIn(clauses: readonly string[], asks: (clause: string) => boolean): boolean {
  const k = clauses.findIndex(asks);
  return k >= 0 && clauses.every((c, i) => i === k || !givesAnOrder(bareCommand(c)));
}
