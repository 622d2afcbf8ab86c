/**
 * A run of this app while it happens, from the socket's run events: each step as it starts
 * and finishes, a text step's answer growing as its pieces stream in (step.delta), and a
 * Cancel button that stops the run (its provider request too). The stored run replaces this
 * view when it is over. Text is set as text, never as markup.
 */
import type { AppSpec } from '../../agent/spec/app-spec';
import { stepKindLabel } from '../../agent/spec/spec-labels';
import type { ServerEvent } from '../../server/ws/events';
import { api } from '../api';
import { h, replaceChildren } from '../dom';
import { statusBadge } from './run-view';

export interface LiveRun {
  onEvent(event: ServerEvent): void;
}

export function createLiveRun(container: HTMLElement, spec: AppSpec, runsUrl: string): LiveRun {
  let current: { runId: string; steps: HTMLElement; texts: Map<string, HTMLElement>; cancel: HTMLElement } | null = null;

  function cancelButton(runId: string): HTMLElement {
    const button = h('button', { class: 'btn btn-small', attrs: { type: 'button' }, dataset: { role: 'cancel-run' } }, 'Cancel run');
    button.addEventListener('click', () => {
      button.setAttribute('disabled', '');
      button.textContent = 'Cancelling…';
      void api('POST', `${runsUrl}/${encodeURIComponent(runId)}/cancel`).catch((error: unknown) => {
        button.textContent = (error as Error).message;
      });
    });
    return button;
  }

  return {
    onEvent(event) {
      switch (event.type) {
        case 'run.started': {
          if (current) return;
          const steps = h('div', { class: 'result-block' });
          current = { runId: event.runId, steps, texts: new Map(), cancel: cancelButton(event.runId) };
          replaceChildren(container, [
            h('div', { class: 'row', dataset: { run: event.runId, role: 'live-run' } }, statusBadge('running'), current.cancel),
            steps,
          ]);
          return;
        }
        case 'step.started': {
          if (event.runId !== current?.runId) return;
          const step = spec.steps.find((s) => s.id === event.stepId);
          const text = step?.kind === 'generate-text' ? h('div', { class: 'result-text', dataset: { role: 'live-text' } }) : null;
          if (text) current.texts.set(event.stepId, text);
          current.steps.append(
            h(
              'div',
              { class: 'result-step', dataset: { step: event.stepId } },
              h(
                'h4',
                null,
                step?.title ?? event.stepId,
                step ? h('span', { class: 'step-kind' }, stepKindLabel(step.kind)) : null,
                statusBadge('running'),
              ),
              text,
            ),
          );
          return;
        }
        case 'step.delta':
          if (event.runId === current?.runId) current.texts.get(event.stepId)?.append(event.text);
          return;
        case 'step.finished': {
          if (event.runId !== current?.runId) return;
          current.steps.querySelector(`[data-step="${CSS.escape(event.stepId)}"] .badge`)?.replaceWith(statusBadge(event.status));
          return;
        }
        case 'run.finished':
          if (event.runId === current?.runId) {
            current.cancel.remove();
            current = null;
          }
          return;
        default:
          return;
      }
    },
  };
}
