/**
 * Follow-ups the edit list does not cover, recognised before the message is read as a new
 * tool: delete the app (and the yes/no that confirms it), give me its public link, run it,
 * is <model> still available, and a change that names the app it is about ("change Reps log
 * to run every day at 9") in a conversation that has not opened it yet.
 */
import type { ModelFacts } from '../catalog';
import type { ChatMessage } from '../providers/messages';
import type { ConversationState } from './conversation';
import { parseFollowUp, type Edit } from './follow-ups';
import { findModelWishes, findNamedModels } from './model-wishes';
import { parseApprovalWish, type ApprovalWish } from './approval-intent';
import { TRIAL_QUESTION } from './trial-offer';
import { bareCommand } from './bare-command';
import { runAsked, runAskedIn, SEE_IT_WORK, TEST_COPY } from './run-asks';
import { taskAsked } from './task-asks';
import { anyOf } from './regex-parts';
import { detectAccess } from './access';
import { appNameWords, namesAppByName } from './app-name-words';
import { knownField } from './known-fields';
import { parseSchedule } from './schedule';
import { LONG_DESCRIPTION } from './new-tool';
import { wordCount } from './words';

export type FollowUp =
  | { kind: 'delete' }
  | { kind: 'confirm-delete' }
  | { kind: 'keep' }
  | { kind: 'share-link' }
  | { kind: 'run' }
  /** Directory ids, or names as said where the directory holds no such model. */
  | { kind: 'model-status'; models: string[] }
  | { kind: 'edit'; edits: Edit[] }
  | { kind: 'approval'; wish: ApprovalWish }
  | { kind: 'save-test' }
  | { kind: 'trial'; models: ModelFacts[] }
  /** The answer to TRIAL_QUESTION: `request` is the switch asked for before it. */
  | { kind: 'switch'; edits: Edit[]; tryFirst: boolean };

/** How the planner ends its delete question; the next message answers it. */
export const CONFIRM_DELETE = 'Delete it for good — yes or no?';

/** Verbs that delete a whole thing. */
const DELETE_VERB =
  /^(?:(?:completely|permanently|entirely|fully|totally)\s+)?(?:delete|remove|trash|get rid of|scrap|ditch|discard|bin|kill|nuke|throw away|destroy|erase)\s+/;
/** Words that refer to the app in hand ("it", "this tool", "the whole thing", a terse "app"). */
const THE_APP =
  /^(?:it|this|that|everything|the whole thing|(?:(?:this|the|my|that)\s+)?(?:whole\s+|entire\s+)?(?:app|application|tool|thing|one|job|workflow|automation))$/;
/** What may follow the app deleted: "entirely", "for good", "from my account", "from the workspace". */
const FOR_GOOD =
  /(?:\s+(?:completely|entirely|for good|for real|for ever|once and for all|altogether|permanently|forever|from (?:my|our|the) (?:account|workspace|list|apps)))+$/;
const YES = /^(?:y|yes|yep|yeah|sure|ok|okay|confirm(?:ed)?|do it|delete it|go ahead)\b/;
const NO = /^(?:n|no|nope|cancel|keep it|don'?t|stop)\b/;
/** "…the related document with a link to it": a thing said to come with a link is described, not asked for. */
const SHARE_LINK =
  /\b(?:public|share(?:able)?|sharing)\s+(?:link|url|address)\b|(?<!\bwith (?:a |the )?)\blink to (?:it|the app|this app)\b|\b(?:give|send|show) me (?:the |a )?link\b/;
/** On a bare clause: "run it", "run it once right now", "test the app by hand", "try it with a test message", "run it on this photo". */
const RUN_IT = new RegExp(
  String.raw`^(?:run|try|test|execute|preview)(?:\s+(?:it|the app|this app|this|the tool|this tool))?` +
    String.raw`(?:\s+(?:now|once|out|again|right now|right away|immediately|manually|by hand|one more time))*` +
    String.raw`(?:\s+(?:with|on|for) (?:a|an|this|that|these|some|my|our) [\w -]{1,40})?$`,
);
const A_RUN = /^(?:do|give it) an? (?:(?:dry|test|quick|trial|sample|practice) )*(?:run|go|try|spin|whirl)(?: of it)?$/;
const RUN = anyOf([RUN_IT, A_RUN]);
/** "run the digest now": the app by its name. */
const RUN_NAMED =
  /^(?:run|try|test|execute|preview)\s+(.+?)(?:\s+for\s+(?:(?:last|this|the past|the last)\s+\w+|today|yesterday))?(?:\s+(?:now|once|again|right now))?$/;

/** Words in a message that asks for a run among other clauses ("I don't want to wait till monday 9am to see if it works, fire it now for real"). */
const SHORT_RUN_ASK = 30;

function asksToRun(t: string, state: ConversationState): boolean {
  // "run it on this photo" runs it; "run it on gemini" or "… on mondays" changes it.
  const changesHow = (c: string) =>
    findModelWishes(c).length > 0 || findNamedModels(c).length > 0 || parseSchedule(c) !== null || c.match(MODEL_NAME) !== null;
  const first = bareClauses(t)[0] ?? '';
  const named = RUN_NAMED.exec(first);
  // "run the digest now": one word of the name will do, since rows are not run.
  if (!changesHow(first) && (RUN.test(first) || (named !== null && !THE_APP.test(named[1]!) && namesTheApp(named[1]!, state, true))))
    return true;
  const isTheApp = (object: string) => namesTheApp(object, state, true);
  // Beyond the first clause only a short message on an open app: "let me preview it" inside a description is not a run.
  if (!state.hadAppBefore || t.split(/\s+/).length > SHORT_RUN_ASK) return false;
  if (TEST_COPY.test(t) || SEE_IT_WORK.test(t)) return true;
  // "draft a response to a customer complaining about …": the app's own work asked for, once.
  const spec = state.currentSpec ?? state.baseSpec;
  const asks = (c: string) => runAsked(c, isTheApp) || (spec !== null && taskAsked(bareCommand(c), spec));
  return runAskedIn(rawClauses(t), (c) => !changesHow(c) && asks(c));
}
const AVAILABILITY =
  /\b(?:still (?:available|around|supported|working|there|use|usable|exist)|available|deprecated|shut(?:ting)? down|retired|sunset|going away|gone|discontinued|end of life)\b/;
/** Verbs that open an instruction to change an existing app ("change Reps log to …"). */
const CHANGE_OPENING = /^(?:please\s+)?(?:change|switch|rename|move|stop|pause|set(?!\s+up))\b/;
const SAVE_TEST = /\bsave\s+(?:this|that|it|(?:this|that|the)\s+(?:last\s+|latest\s+)?run)\s+as\s+an?\s+test(?:\s+case)?\b/;
/** "try this on Gemini 3.1 Pro and GPT-5 mini", "compare the test set on …" (the models are read from the message). */
const TRIAL =
  /^(?:please\s+)?(?:try|test|compare)\s+(?:(?:this|it|that|the app|this app|them|the tests?|the test set|the test cases)\s+)?(?:on|with|against|using|side by side on)\b/;
const SWITCH_ANYWAY = /^(?:n|no|nope|switch anyway|just switch|(?:no,?\s+)?switch|skip(?: it| them| the tests?)?)\b/;
const NEW_TOOL = /\b(?:a|an|new|another)\s+(?:\w+\s+){0,2}?(?:tool|app)\b/;
/** A short ask for the app's link in other words: "can I get a link to share it?", "where's the url?". */
const LINK_ASKED =
  /\b(?:link|url)\b|\baddress of (?:it|this|the) (?:app|tool)\b|\baddress\b.{0,30}\b(?:go to|reach|visit|open)\b|\bbookmark\b/;
const LINK_VERB =
  /\b(?:share|sharing|get|send|give|where|what'?s|what is|copy|paste|post|drop|need|have|grab|find|see|show|open|access|reach|visit|bookmark)\b/;
/** "add a link field", "rename the url column": a field called link, not the app's. */
const LINK_FIELD = /\b(?:field|column|input)s?\b|^(?:add|remove|drop|delete|rename)\b/;
const SHORT_ASK = 14;
/** The link itself wanted: "give me the link", "send the url", "what's the address" (not "so anyone can get in"). */
const LINK_WANTED = /\b(?:give|send|show|get|copy|paste)\b(?:\s+[\w']+){0,3}?\s+(?:link|url|address)\b|\bwhat'?s\b|\bwhere\b/;

/** The message's clauses as said ("I don't need the digest anymore", "delete it"). */
const rawClauses = (t: string) =>
  t
    .split(/[,;.!?]+|\s+[-–—]\s+/)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);

/** The message's clauses, each made bare. */
function bareClauses(t: string): string[] {
  return rawClauses(t)
    .map(bareCommand)
    .filter((c) => c.length > 0);
}

/** "it", "this app", or the app by its name ("the listing writer", "the suport reply drafter app"). */
function namesTheApp(object: string, state: ConversationState, oneWordWillDo = false): boolean {
  if (THE_APP.test(object)) return true;
  const spec = state.currentSpec ?? state.baseSpec;
  return namesAppByName(object, appNameWords(spec?.name ?? '', state.currentSlug ?? ''), oneWordWillDo);
}

/** "the customer name field is pointless, remove it": "it" is the field said before, not the app. */
const FIELD_SAID = /\b(?:field|feild|column|input|dropdown|step|schedule|trigger|webhook|form)s?\b/;

/** A clause naming one of the open app's fields ("company isn't needed"); words of the app's own name ("the weekly digest") name the app. */
function namesAField(clause: string, state: ConversationState): boolean {
  const spec = state.currentSpec ?? state.baseSpec;
  const inputs = spec?.inputs ?? [];
  const appWords = appNameWords(spec?.name ?? '', state.currentSlug ?? '');
  return clause
    .split(/\s+/)
    .filter((w) => !appWords.has(w))
    .some((_, k, words) => knownField(inputs, words.slice(k, k + 2).join(' ')) !== null || knownField(inputs, words[k]!) !== null);
}

/** "do we even need the phone number?", "the notes are pointless": a part of the app doubted, which a following "remove it" means. */
const DOUBTED = [
  /\b(?:need|use|want)\s+((?:the|a|an|this|that|those|these)\s+[a-z][\w ]{0,30}?)(?:\s+(?:anymore|any more|at all|really|now))?\s*$/,
  /^((?:the\s+)?[a-z][\w ]{0,30}?)\s+(?:is|are)\s+(?:pointless|useless|unnecessary|redundant|not needed)\b/,
];

function doubtsAPart(clause: string, state: ConversationState): boolean {
  const part = DOUBTED.map((re) => re.exec(clause)?.[1]).find((p) => p !== undefined);
  // "I don't need this digest anymore, delete it": the app doubted by its head word is the app deleted.
  return part !== undefined && !namesTheApp(part, state) && !namesTheAppsHead(part, state);
}

function asksToDelete(t: string, state: ConversationState): boolean {
  // "take this down and delete it": each of two orders joined by "and" is a clause.
  const clauses = bareClauses(t).flatMap((c) => c.split(/\s+and\s+/).map(bareCommand));
  return clauses.some((clause, i) => {
    const verb = DELETE_VERB.exec(clause);
    if (!verb) return false;
    const object = clause.slice(verb[0].length).replace(FOR_GOOD, '').trim();
    const saidBefore = clauses.slice(0, i);
    if (/^(?:it|that|them)$/.test(object) && saidBefore.some((c) => FIELD_SAID.test(c) || namesAField(c, state) || doubtsAPart(c, state)))
      return false;
    // "delete the digest for real": the head word of the app's name will do; the delete is asked before it is done.
    return namesTheApp(object, state) || namesTheAppsHead(object, state);
  });
}

/** "the digest" for "Weekly news and feedback digest": the last word of the app's name, with an article. */
function namesTheAppsHead(object: string, state: ConversationState): boolean {
  const name = (state.currentSpec ?? state.baseSpec)?.name.toLowerCase() ?? '';
  const head = name.split(/\s+/).pop();
  const said = /^(?:the|my|our|this|that)\s+(\S+)$/.exec(object)?.[1];
  return head !== undefined && head.length > 3 && said === head;
}

/** With an app in the conversation, a short message about a link means its link ("shorten a url and share it" with none is a tool). */
function asksForLink(t: string, bare: string, appOpen: boolean): boolean {
  // "Permission slips as one shareable link instead of paper…" with no app open describes a tool.
  if (SHARE_LINK.test(t)) return appOpen || bare.split(/\s+/).length <= SHORT_ASK;
  if (appOpen && /^(?:the |a |its |the app'?s? )?(?:public |share |shareable )?(?:link|url)(?: (?:to|for|of) .{1,40})?$/.test(bare))
    return true;
  // "make it public, anyone with the link should use it" changes access; the link is asked for only when asked.
  if (detectAccess(t) && !LINK_WANTED.test(t)) return false;
  // "ok its published right? where's the web app link, i want to send it to the team": one short clause asks.
  const asks = (c: string) => c.split(/\s+/).length <= SHORT_ASK && LINK_ASKED.test(c) && LINK_VERB.test(c) && !LINK_FIELD.test(c);
  return appOpen && (asks(bare) || rawClauses(t).map(bareCommand).some(asks));
}

/** Model names by their makers' words ("gpt-3.5 turbo", "gemini 1.5", "claude opus 3"), for models the directory does not list. */
const MODEL_NAME =
  /\b(?:gpt|gemini|claude|llama|mistral|o\d|dall-?e|imagen)(?:[-\s]?(?:\d[\w.]*|turbo|pro|flash|mini|nano|lite|opus|sonnet|haiku|ultra|vision))*\b/g;

function unlistedModelNames(t: string): string[] {
  return [...new Set([...t.matchAll(MODEL_NAME)].map((m) => m[0]).filter((name) => /\d|\s/.test(name)))].slice(0, 3);
}

/** The user message before the latest one (the request a question was about). */
function previousRequest(messages: readonly ChatMessage[]): string {
  const users = messages.filter((m) => m.role === 'user');
  return (users[users.length - 2] as { content: string } | undefined)?.content ?? '';
}

/** The planner's previous reply, if the message before the latest user message is one. */
function previousReply(messages: readonly ChatMessage[]): string {
  for (let i = messages.length - 1, seenUser = false; i >= 0; i -= 1) {
    const m = messages[i]!;
    if (m.role === 'user') {
      if (seenUser) return '';
      seenUser = true;
    } else if (seenUser && m.role === 'assistant') return m.content;
  }
  return '';
}

export function detectFollowUp(state: ConversationState, messages: readonly ChatMessage[]): FollowUp | null {
  const t = state.lastUser.trim().toLowerCase();
  const bare = bareCommand(t);
  if (previousReply(messages).endsWith(CONFIRM_DELETE)) {
    if (YES.test(t)) return { kind: 'confirm-delete' };
    if (NO.test(t)) return { kind: 'keep' };
  }
  if (previousReply(messages).endsWith(TRIAL_QUESTION)) {
    const edits = parseFollowUp(previousRequest(messages));
    if (edits.length > 0 && YES.test(t)) return { kind: 'switch', edits, tryFirst: true };
    if (edits.length > 0 && SWITCH_ANYWAY.test(t)) return { kind: 'switch', edits, tryFirst: false };
  }
  if (SAVE_TEST.test(t)) return { kind: 'save-test' };
  if (TRIAL.test(t)) {
    const models = [...new Map(findNamedModels(state.lastUser).map((m) => [m.model.id, m.model])).values()];
    if (models.length > 0) return { kind: 'trial', models };
  }
  if (asksToDelete(t, state)) return { kind: 'delete' };
  const approval = parseApprovalWish(state.lastUser);
  if (approval) return { kind: 'approval', wish: approval };
  if (asksForLink(t, bare, state.hadAppBefore) && !NEW_TOOL.test(t)) return { kind: 'share-link' };
  if (asksToRun(t, state)) return { kind: 'run' };
  if (AVAILABILITY.test(t) && (/^(?:is|are|does|do|will|when|has|have|can)\b/.test(bare) || t.endsWith('?'))) {
    const models = [...new Set(findNamedModels(state.lastUser).map((m) => m.model.id))];
    // A model the directory does not hold ("gpt-3.5") is asked about all the same: the tool says it is not listed.
    const named = models.length > 0 ? models : unlistedModelNames(t);
    if (named.length > 0) return { kind: 'model-status', models: named };
  }
  // A long message opening on a change word describes a tool: "stop me reading app reviews one by one. as new reviews land …".
  if (!state.hadAppBefore && CHANGE_OPENING.test(t) && !NEW_TOOL.test(t) && wordCount(t) < LONG_DESCRIPTION) {
    const edits = parseFollowUp(state.lastUser, { appOpen: false });
    if (edits.length > 0) return { kind: 'edit', edits };
  }
  return null;
}
