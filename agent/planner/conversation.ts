/**
 * The conversation as the planner reads it: the latest user message, the tool calls made
 * since (with their results), and the current app — its slug from the context the loop passes
 * or the latest tool result, and its spec when the latest app tool result carries one.
 */
import type { AppInContext } from '../providers/agent-context';
import type { ChatMessage } from '../providers/messages';
import { AppSpecSchema, type AppSpec } from '../spec/app-spec';

export interface ToolOutcome {
  id: string;
  name: string;
  args: unknown;
  ok: boolean;
  /** The tool's sentence for people (ok) or its error sentence (not ok). */
  summary: string;
  data: unknown;
}

export interface ConversationState {
  lastUser: string;
  /** Tool outcomes after the latest user message, in call order. */
  sinceUser: ToolOutcome[];
  currentSlug: string | null;
  /** The current app as the latest app tool result showed it; null when stale or unknown. */
  currentSpec: AppSpec | null;
  /**
   * The app as it was before this message's changes began (earlier results, or get_app
   * since): edits are planned against it, so the plan stays the same from turn to turn.
   */
  baseSpec: AppSpec | null;
  /** The app's version number alongside `baseSpec`. */
  baseVersion: number | null;
  /** An app was open before the latest message (so "it" can refer to one). */
  hadAppBefore: boolean;
}

/** Tools that change an app. */
export const MUTATING_TOOLS = new Set([
  'update_app',
  'bind_model',
  'add_trigger',
  'remove_trigger',
  'set_access',
  'share_app_link',
  'restore_app_version',
  'save_test_case',
  'remove_test_case',
]);
/** Tools whose results describe an app (and may carry its spec). */
const APP_TOOLS = new Set(['create_app', 'get_app', ...MUTATING_TOOLS]);

/** `value` as a plain object, or null (arrays and scalars). */
export function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** The spec inside a tool result's data, wherever the tool put it. */
export function specIn(data: unknown): AppSpec | null {
  const d = record(data);
  for (const candidate of [d?.spec, record(d?.app)?.spec, data]) {
    const parsed = AppSpecSchema.safeParse(candidate);
    if (parsed.success) return parsed.data;
  }
  return null;
}

function slugIn(data: unknown, args: unknown): string | null {
  const d = record(data);
  const candidates = [d?.slug, record(d?.app)?.slug, record(d?.spec)?.slug, record(args)?.slug];
  for (const c of candidates) if (typeof c === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(c)) return c;
  return null;
}

function versionIn(data: unknown): number | null {
  const d = record(data);
  const v = d?.currentVersion ?? d?.version;
  return typeof v === 'number' ? v : null;
}

function outcomes(messages: ChatMessage[]): Array<ToolOutcome & { index: number }> {
  const calls = new Map<string, { name: string; args: unknown }>();
  const out: Array<ToolOutcome & { index: number }> = [];
  messages.forEach((m, index) => {
    if (m.role === 'assistant') for (const c of m.toolCalls ?? []) calls.set(c.id, { name: c.name, args: c.args });
    if (m.role !== 'tool') return;
    const call = calls.get(m.toolCallId);
    const r = record(m.result);
    const ok = !m.isError;
    const summary =
      typeof r?.summary === 'string' ? r.summary : typeof r?.error === 'string' ? r.error : typeof m.result === 'string' ? m.result : '';
    out.push({
      index,
      id: m.toolCallId,
      name: call?.name ?? m.toolName,
      args: call?.args ?? null,
      ok,
      summary,
      data: r && 'data' in r ? r.data : m.result,
    });
  });
  return out;
}

export function readConversation(messages: ChatMessage[], app: AppInContext | null = null): ConversationState {
  let lastUserIndex = -1;
  messages.forEach((m, i) => {
    if (m.role === 'user') lastUserIndex = i;
  });
  const lastUser = lastUserIndex >= 0 ? (messages[lastUserIndex] as { content: string }).content : '';
  const all = outcomes(messages);
  const appResults = all.filter((o) => o.ok && APP_TOOLS.has(o.name));
  const latest = appResults[appResults.length - 1];
  const currentSlug = app?.slug ?? (latest ? slugIn(latest.data, latest.args) : null);
  const spec = latest ? specIn(latest.data) : null;
  const before = appResults.filter((o) => o.index < lastUserIndex || !MUTATING_TOOLS.has(o.name));
  const baseLatest = before[before.length - 1];
  const base = baseLatest ? specIn(baseLatest.data) : null;
  const matches = (s: AppSpec | null) => (s && (currentSlug === null || s.slug === currentSlug) ? s : null);
  return {
    lastUser,
    sinceUser: all.filter((o) => o.index > lastUserIndex).map(({ index: _index, ...o }) => o),
    currentSlug,
    currentSpec: matches(spec),
    baseVersion: baseLatest ? versionIn(baseLatest.data) : null,
    baseSpec: matches(base),
    hadAppBefore:
      appResults.some((o) => o.index < lastUserIndex) ||
      (app !== null && !all.some((o) => o.index > lastUserIndex && o.name === 'create_app')),
  };
}
