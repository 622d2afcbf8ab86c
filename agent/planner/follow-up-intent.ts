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
import { findNamedModels } from './model-wishes';
import { parseApprovalWish, type ApprovalWish } from './approval-intent';
import { TRIAL_QUESTION } from './trial-offer';

export type FollowUp =
  | { kind: 'delete' }
  | { kind: 'confirm-delete' }
  | { kind: 'keep' }
  | { kind: 'share-link' }
  | { kind: 'run' }
  | { kind: 'model-status'; models: ModelFacts[] }
  | { kind: 'edit'; edits: Edit[] }
  | { kind: 'approval'; wish: ApprovalWish }
  | { kind: 'save-test' }
  | { kind: 'trial'; models: ModelFacts[] }
  /** The answer to TRIAL_QUESTION: `request` is the switch asked for before it. */
  | { kind: 'switch'; edits: Edit[]; tryFirst: boolean };

/** How the planner ends its delete question; the next message answers it. */
export const CONFIRM_DELETE = 'Delete it for good — yes or no?';

const DELETE_APP = /^(?:please\s+)?(?:delete|remove|trash|get rid of)\s+(?:it|(?:this|the|my|that)\s+(?:app|tool))\s*[.!]?$/;
const YES = /^(?:y|yes|yep|yeah|sure|ok|okay|confirm(?:ed)?|do it|delete it|go ahead)\b/;
const NO = /^(?:n|no|nope|cancel|keep it|don'?t|stop)\b/;
/** "…the related document with a link to it": a thing said to come with a link is described, not asked for. */
const SHARE_LINK =
  /\b(?:public|share(?:able)?|sharing)\s+(?:link|url|address)\b|(?<!\bwith (?:a |the )?)\blink to (?:it|the app|this app)\b|\b(?:give|send|show) me (?:the |a )?link\b/;
const RUN =
  /^(?:please\s+)?(?:(?:run|try|test)\s+(?:it|the app|this app|this)(?:\s+(?:now|once|for me|out))?|do a (?:dry |test )?run(?: of it)?)\s*[.!]?$/;
const AVAILABILITY =
  /\b(?:still (?:available|around|supported|working|there)|available|deprecated|shut(?:ting)? down|retired|sunset|going away|end of life)\b/;
/** Verbs that open an instruction to change an existing app ("change Reps log to …"). */
const CHANGE_OPENING = /^(?:please\s+)?(?:change|switch|rename|move|stop|pause|set(?!\s+up))\b/;
const SAVE_TEST = /\bsave\s+(?:this|that|it|(?:this|that|the)\s+(?:last\s+|latest\s+)?run)\s+as\s+an?\s+test(?:\s+case)?\b/;
/** "try this on Gemini 3.1 Pro and GPT-5 mini", "compare the test set on …" (the models are read from the message). */
const TRIAL =
  /^(?:please\s+)?(?:try|test|compare)\s+(?:(?:this|it|that|the app|this app|them|the tests?|the test set|the test cases)\s+)?(?:on|with|against|using|side by side on)\b/;
const SWITCH_ANYWAY = /^(?:n|no|nope|switch anyway|just switch|(?:no,?\s+)?switch|skip(?: it| them| the tests?)?)\b/;
const NEW_TOOL = /\b(?:a|an|new|another)\s+(?:\w+\s+){0,2}?(?:tool|app)\b/;

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
  if (DELETE_APP.test(t)) return { kind: 'delete' };
  const approval = parseApprovalWish(state.lastUser);
  if (approval) return { kind: 'approval', wish: approval };
  if (SHARE_LINK.test(t) && !NEW_TOOL.test(t)) return { kind: 'share-link' };
  if (RUN.test(t)) return { kind: 'run' };
  if (AVAILABILITY.test(t) && /^(?:is|are|does|do|will|when|has|have)\b/.test(t)) {
    const models = [...new Map(findNamedModels(state.lastUser).map((m) => [m.model.id, m.model])).values()];
    if (models.length > 0) return { kind: 'model-status', models };
  }
  if (!state.hadAppBefore && CHANGE_OPENING.test(t) && !NEW_TOOL.test(t)) {
    const edits = parseFollowUp(state.lastUser, { appOpen: false });
    if (edits.length > 0) return { kind: 'edit', edits };
  }
  return null;
}
