/**
 * A run asked by naming the app's own work rather than "run it": "draft a response to a customer
 * complaining about a late delivery" to a reply drafter, "write the listing for this" to a listing
 * writer, "do one for a blue ceramic mug", "answer this one: …", "add a lead: Jane Doe, Acme, …"
 * to a lead tracker. The order's verb or its object is one of the words the app is named and its
 * steps are titled by (a reply is an answer is a response); verbs that change an app are left to
 * the change readers.
 */
import type { AppSpec } from '../spec/app-spec';
import { CHANGE_VERBS } from './new-tool';
import { stem, wordStems } from './words';

/** Words for one thing an app makes or does, so "a response" is the reply drafter's reply. */
const SAME_WORK: readonly (readonly string[])[] = [
  ['reply', 'response', 'answer', 'respond'],
  ['draft', 'write', 'compose'],
  ['summary', 'summarize', 'summarise', 'digest', 'recap'],
  ['listing', 'description', 'describe'],
  ['post', 'caption'],
  ['image', 'picture', 'photo'],
];

/** Verbs that change an app rather than run it, beyond those that open a change (new-tool.ts). */
const ALSO_CHANGES = new Set(['call', 'swap', 'put', 'keep', 'include', 'track', 'let', 'allow']);

/** "do one for a blue mug", "write one for this", "answer this one". */
const ONE_MORE =
  /^(?:do|make|write|draft|create|generate|answer)\s+(?:(?:another|one|this|that)(?:\s+one)?|it)(?:\s+(?:for|about|on)\b.*)?$/;
/** "add a lead: Jane Doe, Acme, …", "log a new expense: …": a record given, which the app's run saves. */
const RECORD_GIVEN = /^(?:add|log|enter|record|save|create)\s+(?:a|an|one|this|another|new|a new)\s+([a-z]+)\s*:/;

/** The stems of what the app is called and does, each widened to the words for the same work. */
function workStems(spec: AppSpec): Set<string> {
  const own = new Set(wordStems([spec.name, ...spec.steps.map((s) => s.title)].join(' ')));
  for (const group of SAME_WORK) if (group.some((w) => own.has(stem(w)))) for (const w of group) own.add(stem(w));
  return own;
}

/** The singular nouns the app's records are called ("lead", "ticket"). */
const recordNouns = (spec: AppSpec): string[] =>
  spec.collections.map((c) => stem((c.label ?? c.name).toLowerCase().split(/\s+/).pop() ?? ''));

/** How the app should work from now on ("write the replies in a friendlier tone"): a change, not one run. */
const HOW_IT_WORKS = /\b(?:tone|style|formal|friendl\w*|shorter|longer|more|less|always|never|should|instead|from now on|every time)\b/;

/** Whether `bare` (a bare command, lower case) asks the open app `spec` to do its work once. */
export function taskAsked(bare: string, spec: AppSpec): boolean {
  const record = RECORD_GIVEN.exec(bare);
  if (record) return recordNouns(spec).includes(stem(record[1]!));
  if (HOW_IT_WORKS.test(bare)) return false;
  if (ONE_MORE.test(bare)) return true;
  const [verb = '', ...rest] = bare.split(/\s+/);
  if (CHANGE_VERBS.has(verb) || ALSO_CHANGES.has(verb)) return false;
  const work = workStems(spec);
  // The verb names the app's work, and so does its one object ("a response", "the listing") or it is what is handed over ("this").
  const object = /^(?:a|an|the|this|that|my|our|one)\s+(?:\w+\s+)??(\w+)/.exec(rest.join(' '))?.[1];
  if (!work.has(stem(verb)) || object === undefined) return false;
  return /^(?:this|that|one)$/.test(rest[0] ?? '') || (work.has(stem(object)) && !/s$/.test(object));
}
