/**
 * What the planner says: built/changed summaries read from the tool results, answers built
 * from the model tools' results, and the honest "here is what I can do" when it did not
 * understand. It never states a fact that no tool returned.
 */
import { joinWords } from '../catalog';
import type { AppSpec } from '../spec/app-spec';
import { effectiveBinding, isModelStep } from '../spec/bindings';
import { documentFitSentence } from '../spec/document-fit';
import { describeSchedule } from './schedule';
import { record, type ToolOutcome } from './conversation';

export const PLANNER_NOTE =
  "I'm the built-in planner (fixed rules, no AI model): a real model is one setting away — add an OpenAI or Gemini API key, or the base URL of an OpenAI-compatible server such as Ollama or vLLM, in settings.";

export const CAPABILITIES =
  'I can build an internal tool from a description (what goes in, what comes out — text, images or an edited photo — which records to keep, and when it runs), change the current app (fields, name, models, schedule, access), and answer questions about models and costs from the model directory.';

const list = (items: readonly string[]): string => joinWords(items, 'and');

/** "Write (gpt-5-mini), Create the matching image (gpt-image-1-mini)". */
function stepsWithModels(spec: AppSpec): string {
  return spec.steps.map((s) => (isModelStep(s) ? `${s.title} (${effectiveBinding(spec, s).model})` : s.title)).join(' → ');
}

function triggersSaid(spec: AppSpec): string {
  const parts = spec.triggers.map((t) => {
    switch (t.kind) {
      case 'manual':
        return 'by hand from its page';
      case 'schedule':
        return describeSchedule(t);
      case 'webhook':
        return 'when its webhook URL is called';
      case 'record-created':
        return `whenever a record is added to ${t.collection}`;
      case 'email':
        return 'for each new email in the mailbox it watches';
      default: {
        const unreachable: never = t;
        return unreachable;
      }
    }
  });
  return list(parts);
}

export function describeApp(spec: AppSpec): string {
  const inputs = spec.inputs.length > 0 ? `Form: ${list(spec.inputs.map((f) => `${f.label} (${f.type})`))}.` : 'No form fields.';
  const tables =
    spec.collections.length > 0
      ? ` Records are kept in ${list(spec.collections.map((c) => `${c.label} (${c.fields.map((f) => f.name).join(', ')})`))}.`
      : '';
  return `${inputs} Steps: ${stepsWithModels(spec)}. It runs ${triggersSaid(spec)}.${tables} Access: ${spec.access.level}.`;
}

/** The one thing the planner could not fill in by itself, asked as a question. */
export function notifyQuestion(channel: 'email' | 'slack'): string {
  return channel === 'email'
    ? 'Which email address should I send the results to? Tell me and I will add the step.'
    : 'Which Slack incoming-webhook URL (https://hooks.slack.com/…) should I post to? Tell me and I will add the step.';
}

export function builtReply(
  outcome: ToolOutcome,
  spec: AppSpec | null,
  templateTitle: string | null,
  question: string | null = null,
): string {
  const origin = templateTitle ? `from the "${templateTitle}" template` : 'from scratch';
  const head = spec ? `Built "${spec.name}" (${spec.slug}) ${origin}.` : outcome.summary || `Built the app ${origin}.`;
  const fit = spec ? documentFitSentence(spec) : null;
  const body = spec ? ` ${describeApp(spec)}${fit ? ` ${fit}` : ''} Open it at /apps/${spec.slug}.` : '';
  const next = question ?? 'Ask me to add fields, switch models, change the schedule or make it public.';
  return `${head}${body}\n\n${next}\n\n${PLANNER_NOTE}`;
}

export function changedReply(outcomes: ToolOutcome[], spec: AppSpec | null): string {
  const done = outcomes.map((o) => `- ${o.summary || `${o.name} done.`}`).join('\n');
  const now = spec ? `\n\nNow: ${describeApp(spec)}` : '';
  return `Done:\n${done}${now}`;
}

export function failedReply(outcome: ToolOutcome, doneBefore: ToolOutcome[]): string {
  const earlier = doneBefore.length > 0 ? `These went through first:\n${doneBefore.map((o) => `- ${o.summary}`).join('\n')}\n\n` : '';
  return `${earlier}${outcome.name} was refused: ${outcome.summary}\n\nTell me how you'd like to proceed — for example another model or a different field name.`;
}

export function unclearReply(detail?: string): string {
  const why = detail ? `${detail} ` : "I didn't understand that. ";
  return `${why}${CAPABILITIES} What should your tool do — what do you give it, and what should it give back?\n\n${PLANNER_NOTE}`;
}

export function unclearChangeReply(spec: AppSpec | null): string {
  const fields = spec && spec.inputs.length > 0 ? ` Its fields are ${list(spec.inputs.map((f) => f.name))}.` : '';
  return `I couldn't tell what to change in ${spec ? `"${spec.name}"` : 'the app'}.${fields} I can add, remove or rename fields, rename the app, switch a step's model (by name, "the cheapest", or "to Gemini"), change or stop its schedule, add a webhook, set access (private, team, public link), and tell its writing step how to write ("make the replies more formal"). What would you like to change?`;
}

/** The rows of a model tool's result (models compared or recommended), wherever the tool put them. */
export function resultRows(data: unknown): Array<Record<string, unknown>> {
  if (Array.isArray(data)) return data.map(record).filter((r): r is Record<string, unknown> => r !== null);
  const d = record(data);
  if (!d) return [];
  for (const key of ['recommendations', 'apps', 'models', 'rows', 'results', 'items', 'candidates', 'comparison']) {
    if (Array.isArray(d[key])) return resultRows(d[key]);
  }
  return [];
}

export function rowModelId(row: Record<string, unknown>): string | null {
  for (const key of ['id', 'modelId', 'model']) {
    const v = row[key];
    if (typeof v === 'string') return v;
    const nested = record(v);
    if (nested && typeof nested.id === 'string') return nested.id;
  }
  return null;
}

function money(value: unknown): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  if (value > 0 && value < 0.01) return `$${value.toPrecision(2)}`;
  return `$${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function rowLine(row: Record<string, unknown>): string | null {
  const id = rowModelId(row) ?? '?';
  // Recommendations explain themselves: cost, capability and strengths, after "meets every requirement".
  const reasons = strings(row.reasons).slice(1, 4);
  const warning = strings(row.warnings)[0];
  if (reasons.length > 0) return `- ${id}: ${reasons.join(' ')}${warning ? ` (${warning})` : ''}`;
  const price = money(row.monthlyCost) ?? money(row.totalUsd) ?? money(record(row.cost)?.totalUsd);
  // A bare id adds nothing to the tool's own sentence.
  return price ? `- ${id} — ${price}` : null;
}

/** An answer made of what the tool returned: its sentence, then its rows. */
export function answerReply(outcome: ToolOutcome, lead: string): string {
  if (!outcome.ok) return `${outcome.name} could not answer: ${outcome.summary}`;
  const rows = resultRows(outcome.data)
    .slice(0, 6)
    .map(rowLine)
    .filter((r): r is string => r !== null);
  // With rows to list, the tool's ranking rule heads them instead of its one-line summary.
  const rule = record(outcome.data)?.rule;
  const head = rows.length > 0 && typeof rule === 'string' ? rule : outcome.summary;
  return [lead, head, rows.join('\n')].filter((s) => s.length > 0).join('\n\n');
}
