/**
 * The chat column: messages, streamed assistant text and tool steps, all as text nodes. Each
 * tool step is one quiet line in words ("Built the app"); the tool, its arguments and its
 * result open on demand (a refusal opens by itself).
 */
import { h, replaceChildren } from '../dom';
import { richText } from '../rich-text';
import { renderChoices } from './choices';
import { toolWords } from '../shared/tool-words';
import { summarizeArgs } from './summarize';

const SUGGESTIONS = [
  'A tool that drafts replies to support tickets and keeps every ticket in a table',
  'I need a tool that drafts LinkedIn posts with a matching image every Monday at 9',
  'Compare gpt image 1 mini and gemini 3.1 pro',
];

export interface ChatView {
  user(text: string): void;
  delta(text: string): void;
  toolStarted(callId: string, name: string, args: unknown): void;
  /** `link`: where to see more (a comparison page, an app). */
  toolFinished(callId: string, name: string, ok: boolean, summary: string, link?: { href: string; label: string } | null): void;
  error(message: string): void;
  /** Answers to the question just asked, as buttons. */
  choices(options: readonly string[]): void;
  /** The reply is complete: the next delta starts a new bubble. */
  endTurn(): void;
  clear(): void;
}

export function createChatView(container: HTMLElement, onSuggestion: (text: string) => void, onChoice: (answer: string) => void): ChatView {
  // The bubble being streamed into and its text so far (re-rendered whole on each delta).
  let assistant: { el: HTMLElement; text: string } | null = null;
  const steps = new Map<string, HTMLElement>();
  let pendingChoices: readonly string[] | null = null;

  const scroll = () => {
    container.scrollTop = container.scrollHeight;
  };
  const add = (el: HTMLElement) => {
    container.querySelector('.msg-hint')?.remove();
    container.append(el);
    scroll();
    return el;
  };

  const showHint = () => {
    container.append(
      h(
        'div',
        { class: 'msg-hint' },
        h('p', null, 'Describe the internal tool you need, in your own words. The app appears in the preview as it is built.'),
        h(
          'div',
          { class: 'suggestions' },
          SUGGESTIONS.map((text) =>
            h('button', { class: 'suggestion', attrs: { type: 'button' }, on: { click: () => onSuggestion(text) } }, text),
          ),
        ),
      ),
    );
  };
  showHint();

  return {
    user(text) {
      assistant = null;
      add(h('div', { class: 'msg msg-user' }, text));
    },
    delta(text) {
      assistant ??= { el: add(h('div', { class: 'msg msg-assistant', dataset: { role: 'assistant' } })), text: '' };
      assistant.text += text;
      replaceChildren(assistant.el, richText(assistant.text));
      scroll();
    },
    toolStarted(callId, name, args) {
      // Text after a tool step belongs in a new bubble below it.
      assistant = null;
      const step = h(
        'div',
        { class: 'tool-step', dataset: { status: 'running', tool: name } },
        h(
          'details',
          null,
          h(
            'summary',
            { class: 'tool-step-head' },
            h('span', { dataset: { role: 'line' } }, `${toolWords(name).doing}…`),
            h('span', { class: 'badge badge-warn', dataset: { role: 'state' } }, 'working'),
          ),
          h('div', { class: 'tool-step-name' }, name),
          h('div', { class: 'tool-step-args' }, summarizeArgs(args)),
          h('div', { class: 'tool-step-result', dataset: { role: 'result' } }),
        ),
      );
      steps.set(callId, add(step));
    },
    toolFinished(callId, name, ok, summary, link) {
      let step = steps.get(callId);
      if (!step) {
        this.toolStarted(callId, name, null);
        step = steps.get(callId)!;
      }
      step.dataset.status = ok ? 'ok' : 'error';
      const state = step.querySelector<HTMLElement>('[data-role="state"]');
      if (state) {
        state.className = ok ? 'badge badge-ok' : 'badge badge-danger';
        state.textContent = ok ? 'done' : 'refused';
      }
      const line = step.querySelector<HTMLElement>('[data-role="line"]');
      if (line) line.textContent = ok ? toolWords(name).done : toolWords(name).refused;
      if (!ok) step.querySelector('details')?.setAttribute('open', '');
      const result = step.querySelector<HTMLElement>('[data-role="result"]');
      if (result) result.textContent = summary;
      if (link) step.append(h('a', { class: 'small', attrs: { href: link.href } }, link.label));
      scroll();
    },
    error(message) {
      assistant = null;
      add(h('div', { class: 'msg msg-error', attrs: { role: 'alert' } }, message));
    },
    choices(options) {
      // Shown under the question, which the agent says next: held until its turn ends.
      if (options.length > 0) pendingChoices = options;
    },
    endTurn() {
      assistant = null;
      if (pendingChoices) add(renderChoices(pendingChoices, onChoice));
      pendingChoices = null;
    },
    clear() {
      assistant = null;
      pendingChoices = null;
      steps.clear();
      container.replaceChildren();
      showHint();
    },
  };
}
