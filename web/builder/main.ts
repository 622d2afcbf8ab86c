/** The builder page: chat on the left (socket events), the app preview on the right. */
import type { AppSpec } from '../../agent/spec/app-spec';
import type { ChatMessage } from '../../agent/providers/messages';
import type { ServerEvent } from '../../server/ws/events';
import { api, ApiError } from '../api';
import { byId, h, replaceChildren } from '../dom';
import { loadModelBriefs } from '../model-names';
import { wireMoveButtons } from '../move-to-successor';
import { lifecycleBannerElement } from './lifecycle-banner';
import { createChatView } from './chat-view';
import { optionsOf } from './choices';
import { mountMobileTabs } from './mobile-tabs';
import { mountUndoButtons } from './undo-buttons';
import { renderPreview, type PreviewCost } from './preview';
import { connectSocket } from '../socket';

const CONVERSATION_KEY = 'toolwright.conversation';

const messages = byId('messages');
const previewBody = byId('preview-body');
const form = byId<HTMLFormElement>('composer');
const input = byId<HTMLTextAreaElement>('composer-input');
const sendButton = byId<HTMLButtonElement>('send-button');
const stopButton = byId<HTMLButtonElement>('stop-button');
const connection = byId('connection');

let conversationId: string | null = localStorage.getItem(CONVERSATION_KEY);
let busy = false;

wireMoveButtons(previewBody, (slug) => void showApp(slug));
mountMobileTabs();
mountUndoButtons((slug) => void showApp(slug));

const chat = createChatView(
  messages,
  (text) => {
    input.value = text;
    input.focus();
  },
  (answer) => send(answer),
);

function setBusy(value: boolean): void {
  busy = value;
  sendButton.hidden = value;
  stopButton.hidden = !value;
  input.disabled = false;
}

function setConversation(id: string | null): void {
  conversationId = id;
  if (id) localStorage.setItem(CONVERSATION_KEY, id);
  else localStorage.removeItem(CONVERSATION_KEY);
}

async function showApp(slug: string): Promise<void> {
  try {
    const path = `/api/apps/${encodeURIComponent(slug)}`;
    const [result, briefs, cost] = await Promise.all([
      api<{ data: { spec: AppSpec; version: number } }>('GET', path),
      loadModelBriefs(),
      // The estimate is a bonus: the preview shows without it.
      api<{ data: PreviewCost }>('GET', `${path}/estimate`).then(
        (r) => r.data,
        () => null,
      ),
    ]);
    const { spec, version } = result.data;
    previewBody.dataset.slug = spec.slug;
    previewBody.dataset.version = String(version);
    renderPreview(previewBody, spec, version, (id) => briefs.get(id)?.displayName ?? id, cost);
    const banner = lifecycleBannerElement(spec, briefs);
    if (banner) previewBody.prepend(banner);
  } catch (error) {
    replaceChildren(previewBody, h('p', { class: 'banner banner-warn' }, error instanceof Error ? error.message : String(error)));
  }
}

/** A page that shows a tool's answer in full: the comparison of the models it compared. */
function linkFor(tool: string, data: unknown): { href: string; label: string } | null {
  if (tool !== 'compare_models') return null;
  const models = (data as { models?: Array<{ id?: unknown }> } | null)?.models ?? [];
  const ids = models.map((m) => m.id).filter((id): id is string => typeof id === 'string');
  return ids.length >= 2 ? { href: `/models/compare?ids=${ids.map(encodeURIComponent).join(',')}`, label: 'Open the comparison →' } : null;
}

function onEvent(event: ServerEvent): void {
  switch (event.type) {
    case 'conversation.created':
      setConversation(event.conversationId);
      return;
    case 'assistant.delta':
      chat.delta(event.text);
      return;
    case 'tool.started':
      chat.toolStarted(event.callId, event.name, event.args);
      return;
    case 'tool.finished':
      chat.toolFinished(event.callId, event.name, event.ok, event.summary, event.ok ? linkFor(event.name, event.data) : null);
      if (event.ok && event.name === 'ask_user') chat.choices(optionsOf(event.data));
      return;
    case 'app.updated':
      void showApp(event.slug);
      return;
    case 'app.deleted':
      replaceChildren(
        previewBody,
        h('p', { class: 'banner banner-warn' }, `"${event.slug}" was deleted. Describe a tool to build a new one.`),
      );
      return;
    case 'error':
      chat.error(event.message);
      return;
    case 'done':
      chat.endTurn();
      setBusy(false);
      return;
    default:
      // Run progress events concern the app page; the builder has nothing to show for them.
      return;
  }
}

const socket = connectSocket({
  onEvent,
  onStatus(open) {
    connection.textContent = open ? 'connected' : 'reconnecting…';
    connection.className = open ? 'badge badge-ok' : 'badge badge-warn';
    sendButton.disabled = !open;
  },
});

/** The browser's zone, sent as data with each message: the planner offers it when a schedule names none. */
const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;

function send(text: string): void {
  const trimmed = text.trim();
  if (!trimmed || busy) return;
  if (!socket.send({ type: 'chat.send', conversationId, text: trimmed, ...(timeZone ? { timeZone } : {}) })) {
    chat.error('The connection to the server is down; it reconnects by itself. Try again in a moment.');
    return;
  }
  chat.user(trimmed);
  input.value = '';
  setBusy(true);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  send(input.value);
});
input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    send(input.value);
  }
});
stopButton.addEventListener('click', () => socket.send({ type: 'chat.cancel' }));
byId('new-chat').addEventListener('click', () => {
  setConversation(null);
  chat.clear();
  delete previewBody.dataset.slug;
  replaceChildren(previewBody, h('p', { class: 'empty' }, 'Nothing built yet. The app appears here as soon as the agent creates it.'));
  input.focus();
});

/** Replays a stored conversation: user and assistant text, tool steps with their outcome. */
function replay(history: ChatMessage[]): void {
  for (const message of history) {
    if (message.role === 'user') chat.user(message.content);
    else if (message.role === 'assistant') {
      if (message.content) chat.delta(message.content);
      for (const call of message.toolCalls ?? []) chat.toolStarted(call.id, call.name, call.args);
      chat.endTurn();
    } else {
      const result = message.result as { summary?: unknown; message?: unknown } | null;
      const summary = typeof result?.summary === 'string' ? result.summary : typeof result?.message === 'string' ? result.message : '';
      chat.toolFinished(message.toolCallId, message.toolName, !message.isError, summary);
      if (!message.isError && message.toolName === 'ask_user') chat.choices(optionsOf((message.result as { data?: unknown } | null)?.data));
    }
  }
}

async function start(): Promise<void> {
  const appParam = new URLSearchParams(location.search).get('app');
  try {
    if (appParam) {
      // "Change in builder" from an app page: a new conversation about that app.
      const { conversation } = await api<{ conversation: { id: string } }>('POST', '/api/conversations', { appSlug: appParam });
      setConversation(conversation.id);
      history.replaceState(null, '', '/');
      await showApp(appParam);
      return;
    }
    if (!conversationId) return;
    const { conversation } = await api<{ conversation: { messages: ChatMessage[]; appSlug: string | null } }>(
      'GET',
      `/api/conversations/${encodeURIComponent(conversationId)}`,
    );
    replay(conversation.messages);
    if (conversation.appSlug) await showApp(conversation.appSlug);
  } catch (error) {
    // A conversation from an older data folder: start afresh rather than show a broken chat.
    if (error instanceof ApiError && error.status === 404) setConversation(null);
    else chat.error(error instanceof Error ? error.message : String(error));
  }
}
void start();
