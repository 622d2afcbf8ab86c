/**
 * One planner turn: read the conversation, decide what the latest message asks for, and
 * either call tools or reply. Deterministic: the same conversation gives the same turn, so
 * a multi-step plan (look up, change, summarise) is re-derived each turn from the results so far.
 */
import type { AppInContext } from '../providers/agent-context';
import type { ChatMessage } from '../providers/messages';
import type { LoadedTemplate } from '../spec/app-template';
import { reply, type PlannerAction } from './action';
import { answeredDescription, askTurn, lastAnswer, questionFor, startQuestionFor } from './ask-turn';
import { buildTurn } from './build-turn';
import { changeTurn, listedNoApps } from './change-turn';
import { type ConversationState, readConversation } from './conversation';
import { understandDescription } from './description';
import { withNumberWords } from './number-signs';
import { detectFollowUp } from './follow-up-intent';
import { followUpTurn } from './follow-up-turn';
import { parseFollowUp, type Edit, type FollowUpContext } from './follow-ups';
import { asksQuestion, detectIntent, opensNewTool } from './intent';
import { describesNewTool, LONG_DESCRIPTION, namesDeliverable } from './new-tool';
import { parseCostQuestion, parseModelsQuestion } from './questions';
import { appQuestionTurn, questionTurn } from './question-turn';
import { repairSpelling } from './spelling';
import { CAPABILITIES, unclearReply } from './replies';
import { spendTurn } from './spend-turn';
import { matchTemplate } from './template-match';
import { opensOnWritingOrder } from './writing-orders';
import { zoneAnswer } from './zone-question';
import { singular, wordCount } from './words';

export interface TurnInput {
  messages: ChatMessage[];
  /** The app in context, as the loop passes it (null when none). */
  app: AppInContext | null;
  /** Names of the tools offered; the planner never calls another. */
  tools: ReadonlySet<string>;
  templates: readonly LoadedTemplate[];
  /** The person's IANA time zone from their browser, offered when a schedule names none. */
  timeZone?: string | null;
  /** The day model lifecycles are judged on: a named model shut down by then is bound as its successor. */
  now: Date;
}

/** A new tool: built when there is enough to build from, else one question with concrete answers. */
function describeTurn(
  state: ReturnType<typeof readConversation>,
  d: ReturnType<typeof understandDescription>,
  input: TurnInput,
): PlannerAction {
  const ask = state.sinceUser.some((o) => o.name === 'create_app') ? null : questionFor(d);
  return ask ? askTurn(state, ask) : buildTurn(state, d, input.templates, input.now, input.timeZone ?? null);
}

/** A message up to this many words that says nothing of what the tool does is asked about; a longer one is built from. */
const SHORT_START = 12;

/**
 * Something in the description says what the tool does: a schedule, an event, fields, photos or
 * documents handed over, rows kept, labels, images, a job, a deliverable or a template's purpose.
 */
function saysWhatItDoes(d: ReturnType<typeof understandDescription>, text: string, templates: readonly LoadedTemplate[]): boolean {
  return (
    d.schedule !== null ||
    d.event !== null ||
    d.fields.length > 0 ||
    d.given.photo ||
    d.given.document ||
    d.keepsRecords ||
    d.labels !== null ||
    d.outputKind !== 'text' ||
    d.job !== null ||
    namesDeliverable(text) ||
    opensOnWritingOrder(text) ||
    matchTemplate(d.purpose, d.outputKind, templates, d.schedule !== null) !== null
  );
}

/**
 * With an app open, a new app is made only for a new tool said as one ("I also need a tool
 * that …") or a long description; anything shorter is about the open app, and where no change
 * is understood the reply says what can be changed instead of building something unasked.
 */
function keepsTheOpenApp(state: ConversationState, text: string): boolean {
  return state.hadAppBefore && !opensNewTool(text) && wordCount(text) < LONG_DESCRIPTION;
}

/** A message as the planner reads it: typing slips repaired (spelling.ts), "PO#" as "PO number" (number-signs.ts). */
const readable = (message: string): string => withNumberWords(repairSpelling(message));

function decide(input: TurnInput): PlannerAction {
  const state = readConversation(input.messages, input.app);
  // Read as `readable` says; the message kept and shown is as typed.
  const typed = state.lastUser.trim();
  const text = readable(typed);
  if (!text) return reply(unclearReply('Tell me about the tool you need.'));
  // The answer to the zone question changes the app just built (zone-question.ts).
  const zone = zoneAnswer(lastAnswer(input.messages));
  if (zone) return changeTurn(state, [{ op: 'schedule', parts: { timezone: zone } }]);
  // The answer to the planner's question completes the description it asked about.
  const answered = answeredDescription(input.messages);
  if (answered) return describeTurn(state, understandDescription(readable(answered)), input);
  // A follow-up on an app (delete, link, run, a change naming the app) is never a new tool.
  // Follow-ups are read as typed (they carry names the person chose: "call it Invoyce hub"), and
  // with slips repaired only when the typed words were not understood ("delet this", "make it publc").
  const followUp =
    detectFollowUp(state, input.messages) ?? (text === typed ? null : detectFollowUp({ ...state, lastUser: text }, input.messages));
  const editsIn = (context: FollowUpContext): Edit[] => {
    const edits = parseFollowUp(typed, context);
    return edits.length > 0 || text === typed ? edits : parseFollowUp(text, context);
  };
  // "stop making invoices by hand - generate them once a month …": change words with no app anywhere, once
  // the list says so, describe the tool to build.
  if (followUp?.kind === 'edit' && !state.hadAppBefore && listedNoApps(state) && describesNewTool(text))
    return describeTurn(state, understandDescription(text), input);
  if (followUp) return followUpTurn(state, followUp);
  // Follow-ups are read against the open app's fields ("remove Tone" names one without saying "field"),
  // as they were before this message's changes, so each turn of the plan reads the same edits.
  const open = state.baseSpec ?? state.currentSpec;
  // What its records are called ("leads"): "each lead should also have a close date" adds no field called lead.
  const records = (open?.collections ?? []).map((c) => singular((c.label ?? c.name).toLowerCase().split(/\s+/).pop() ?? ''));
  const known = { fields: open?.inputs ?? [], records };
  const intent = detectIntent(text, { hasCurrentApp: state.hadAppBefore });
  // A cost question asks, or is short; "…our price-comparison site… write 2 posts per run" describes a tool.
  const costAsked = intent === 'cost-question' && (asksQuestion(text) || wordCount(text) <= SHORT_START);
  // With no app open, a description of a tool is a tool, whatever single words in it suggest.
  if (intent !== 'build' && !costAsked && !state.hadAppBefore && describesNewTool(text)) {
    const d = understandDescription(text);
    // "We run a small bike shop": a short sentence about the person, not yet about a tool.
    const ask = saysWhatItDoes(d, text, input.templates) || wordCount(text) > SHORT_START ? null : startQuestionFor(d);
    return ask ? askTurn(state, ask) : describeTurn(state, d, input);
  }
  switch (intent) {
    case 'build': {
      // With an app open, only a new tool said as one is a new app; "make the digest weekdays only, 8am" changes this one.
      const edits = state.hadAppBefore && !opensNewTool(text) ? editsIn(known) : [];
      if (edits.length > 0) return changeTurn(state, edits);
      if (keepsTheOpenApp(state, text)) return changeTurn(state, []);
      return describeTurn(state, understandDescription(text), input);
    }
    case 'change': {
      // No app anywhere yet: a message of some length that says what a tool does is that tool,
      // whatever change words it holds ("Drop any receipt into my expenses folder…", "(year, make, model)").
      if (!state.hadAppBefore && listedNoApps(state) && wordCount(text) > SHORT_START) {
        const d = understandDescription(text);
        if (saysWhatItDoes(d, text, input.templates)) return describeTurn(state, d, input);
      }
      return changeTurn(state, editsIn(known));
    }
    case 'models-question':
      return questionTurn(state, parseModelsQuestion(text), text);
    case 'cost-question':
      return questionTurn(state, parseCostQuestion(text), text);
    case 'spend-question':
      return spendTurn(state);
    case 'app-question': {
      // "can the form also have a Product dropdown?": a change put as a question.
      const edits = editsIn({ ...known, strict: true });
      return edits.length > 0 ? changeTurn(state, edits) : appQuestionTurn(state);
    }
    case 'unclear': {
      // With an app open, words that change it ("every Friday at 10") are a change first.
      const edits = editsIn(known);
      if (state.hadAppBefore && edits.length > 0) return changeTurn(state, edits);
      // With an app open, a message not understood as a change says what can be changed; it is not a new app.
      if (keepsTheOpenApp(state, text)) return changeTurn(state, []);
      // "can the summary be done with a cheaper model?": a change asked in a short question is no tool, app open or not.
      if (edits.length > 0 && asksQuestion(text) && wordCount(text) < LONG_DESCRIPTION) return changeTurn(state, edits);
      // A bare description ("Weekly digest of our support tickets") still describes a tool.
      const d = understandDescription(text);
      if (saysWhatItDoes(d, text, input.templates)) return describeTurn(state, d, input);
      // "switch to Gemini" with no app named is a change all the same: the planner finds the app.
      if (edits.length > 0) return changeTurn(state, edits);
      // With no app open, a thing named is a start on a tool: ask what it should hand back.
      const ask = state.hadAppBefore ? null : startQuestionFor(d);
      return ask ? askTurn(state, ask) : reply(unclearReply());
    }
    default: {
      const unreachable: never = intent;
      return unreachable;
    }
  }
}

export function planTurn(input: TurnInput): PlannerAction {
  const action = decide(input);
  if (action.kind === 'reply') return action;
  const missing = action.calls.find((c) => !input.tools.has(c.name));
  if (!missing) return action;
  return reply(`To do that I need the ${missing.name} tool, which this session does not offer. ${CAPABILITIES}`);
}
