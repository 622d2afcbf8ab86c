/**
 * Whether one follow-up was understood: the tool the message asks for was called, the app in
 * the conversation changed as labelled (a field added, the schedule moved, …), and no new app
 * appeared unless a new tool was described. Judged from the turn's calls and the stored app
 * before and after, never from the reply's wording.
 */
import type { AppSpec } from '../../../agent/spec/app-spec';
import { CONFIRM_DELETE } from '../../../agent/planner/follow-up-intent';
import { findNamedModels, UNLISTED_MODEL } from '../../../agent/planner/model-wishes';
import type { TurnLog } from '../planner/drive';
import { sameThing, scheduleMatches } from '../planner/score-corpus';
import type { FollowUpItem, FollowUpLabels } from './corpus';

export interface FollowUpTurn {
  turn: TurnLog;
  before: AppSpec;
  /** The app after the turn; null when it is gone. */
  after: AppSpec | null;
  /** Apps in the workspace before and after the turn. */
  appsBefore: number;
  appsAfter: number;
}

export interface FollowUpScore {
  id: string;
  intent: FollowUpLabels['intent'];
  ok: boolean;
  /** What the planner did, for the failure list. */
  observed: string;
}

const fieldsOf = (spec: AppSpec) => [...spec.inputs, ...spec.collections.flatMap((c) => c.fields)];
/** A field as the user said it, without the word for what kind of thing it is ("the tone dropdown" → "tone"). */
const fieldWords = (said: string) => said.replace(/\b(?:field|column|input|dropdown|box|upload|option)s?\b/gi, ' ').trim() || said;
const sameField = (said: string, f: { name: string; label: string }) => sameThing(fieldWords(said), f.name, f.label);
const hasField = (spec: AppSpec, said: string) => fieldsOf(spec).some((f) => sameField(said, f));
const called = (t: FollowUpTurn, name: string) => t.turn.calls.some((c) => c.name === name && c.valid);
const scheduleOf = (spec: AppSpec | null) => spec?.triggers.find((t) => t.kind === 'schedule');
/** Every model id the app binds (its default, then each step's), lower-case. */
const modelIds = (spec: AppSpec) => [spec.model.model, ...spec.steps.map((s) => s.model?.model ?? '')].join(' ').toLowerCase();
/** Words of a model named ("gemini", "gpt-4o-mini") that an id bound to it would contain; none for "the cheapest". */
const NAMING = /^(?:gpt|gemini|claude|o\d|imagen|dall|nano)/;

function changedAsLabelled(l: FollowUpLabels, t: FollowUpTurn): boolean {
  const { before, after } = t;
  switch (l.intent) {
    case 'add-field':
      return !!after && !!l.field && hasField(after, l.field) && !hasField(before, l.field);
    case 'remove-field':
      // The field said was there and is gone from the form (a column may stay for kept records).
      return !!after && !!l.field && hasField(before, l.field) && !after.inputs.some((f) => sameField(l.field!, f));
    case 'rename-field':
      return !!after && !!l.to && hasField(after, l.to) && fieldsOf(after).length <= fieldsOf(before).length;
    case 'rename-app':
      return !!after && !!l.to && sameThing(l.to, after.name, after.name);
    case 'change-schedule': {
      const s = scheduleOf(after);
      if (s?.kind !== 'schedule' || !l.schedule) return false;
      const { days, time, timezone } = l.schedule;
      const want =
        days === 'daily'
          ? ({ every: 'day', time, timezone } as const)
          : days === 'weekdays'
            ? ({ every: 'weekday', time, timezone } as const)
            : ({ every: 'week', days, time, timezone } as const);
      return scheduleMatches(want, s.cron, s.timezone);
    }
    case 'remove-schedule':
      return !!after && !scheduleOf(after) && !!scheduleOf(before);
    case 'switch-model': {
      // A model the app already uses ("use Gemini" on a Gemini app) changes nothing and is still understood;
      // one the directory lacks ("claude") is asked of bind_model, whose refusal says what can be bound.
      if (!after || !called(t, 'bind_model')) return false;
      if (l.model && findNamedModels(l.model).length === 0 && UNLISTED_MODEL.test(l.model.toLowerCase()))
        return modelIds(after) === modelIds(before);
      const named = l.model?.toLowerCase().match(NAMING)?.[0];
      return named ? modelIds(after).includes(named) : modelIds(after) !== modelIds(before);
    }
    case 'make-public':
      return after?.access.level !== before.access.level && after?.access.level !== 'private';
    case 'share-link':
      return called(t, 'share_app_link');
    case 'undo':
      return called(t, 'restore_app_version');
    case 'delete':
      return t.turn.reply.trim().endsWith(CONFIRM_DELETE) || called(t, 'delete_app');
    case 'run':
      return called(t, 'execute_app');
    case 'cost':
      return called(t, 'estimate_app_cost');
    case 'model-status':
      return called(t, 'model_status');
    case 'app-question':
      // Answered about the app: nothing changed, and not "I couldn't tell / didn't understand".
      return (
        !!after && JSON.stringify(after) === JSON.stringify(before) && !/\b(?:didn'?t understand|couldn'?t tell)\b/i.test(t.turn.reply)
      );
    case 'new-tool':
      return t.appsAfter > t.appsBefore;
  }
}

export function scoreFollowUp(item: FollowUpItem, t: FollowUpTurn): FollowUpScore {
  const newApp = t.appsAfter > t.appsBefore;
  const ok = (item.labels.intent === 'new-tool' || !newApp) && changedAsLabelled(item.labels, t);
  const calls = t.turn.calls.map((c) => `${c.name}${c.ok ? '' : '!'}`).join('+') || 'no call';
  return { id: item.id, intent: item.labels.intent, ok, observed: `${calls}${newApp ? ' (new app)' : ''} — ${t.turn.reply.slice(0, 120)}` };
}
