/**
 * The app page's trials card: runs a trial from the form (2–4 models; the test set or the Run
 * form's inputs; the whole app or one step), shows it side by side (trial-view.ts), lists past
 * trials, keeps a model from a trial (a new version) with an Undo that restores the version
 * before, and removes test cases. `?trial=<id>` opens a stored trial (the chat links there).
 */
import type { Trial } from '../../agent/ports/trials';
import type { AppSpec } from '../../agent/spec/app-spec';
import { api } from '../api';
import { byId, h, replaceChildren } from '../dom';
import { formatTime } from '../format';
import { readFieldValue } from './form-values';
import { renderTrial } from './trial-view';

export function mountTrialsPanel(slug: string, spec: AppSpec): void {
  const form = document.getElementById('trial-form') as HTMLFormElement | null;
  if (!form) return;
  const base = `/api/apps/${encodeURIComponent(slug)}`;
  const result = byId('trial-result');
  const status = byId('trial-status');
  const list = byId('trial-list');
  const names = new Map([...form.querySelectorAll<HTMLOptionElement>('select[name="model"] option')].map((o) => [o.value, o.text]));
  const modelName = (id: string) => names.get(id) ?? id;
  const params = new URLSearchParams(location.search);

  function currentModel(step: string | null): string {
    return (step ? spec.steps.find((s) => s.id === step)?.model?.model : null) ?? spec.model.model;
  }

  function show(trial: Trial): void {
    replaceChildren(result, renderTrial(trial, { current: currentModel(trial.step), modelName, onKeep: (lane) => void keep(trial, lane) }));
  }

  async function keep(trial: Trial, lane: number): Promise<void> {
    status.textContent = 'Switching…';
    try {
      const kept = await api<{ summary: string; undo: { version: number } | null }>(
        'POST',
        `${base}/trials/${encodeURIComponent(trial.id)}/keep`,
        { lane },
      );
      // Reloaded so every badge shows the new model; the undo travels in the address.
      const next = new URLSearchParams({ trial: trial.id, kept: kept.summary });
      if (kept.undo) next.set('undo', String(kept.undo.version));
      location.assign(`${location.pathname}?${next.toString()}#trials`);
    } catch (error) {
      status.textContent = (error as Error).message;
    }
  }

  function showKept(): void {
    const summary = params.get('kept');
    const undo = params.get('undo');
    if (!summary) return;
    const undoButton = undo
      ? h(
          'button',
          {
            class: 'btn btn-small',
            attrs: { type: 'button' },
            dataset: { role: 'undo-keep' },
            on: {
              click: async () => {
                try {
                  await api('POST', `${base}/versions/${encodeURIComponent(undo)}/restore`);
                  location.assign(`${location.pathname}?trial=${encodeURIComponent(params.get('trial') ?? '')}#trials`);
                } catch (error) {
                  status.textContent = (error as Error).message;
                }
              },
            },
          },
          'Undo',
        )
      : null;
    form?.before(h('p', { class: 'banner banner-ok', dataset: { role: 'kept' }, attrs: { role: 'status' } }, `${summary} `, undoButton));
  }

  async function loadList(): Promise<void> {
    const { trials } = await api<{ trials: Trial[] }>('GET', `${base}/trials`);
    if (trials.length === 0) {
      replaceChildren(list, h('p', { class: 'muted small' }, 'No trials yet.'));
      return;
    }
    replaceChildren(
      list,
      h(
        'ul',
        { class: 'list-plain' },
        trials.map((t) =>
          h(
            'li',
            { class: 'history-item' },
            h('span', null, formatTime(t.createdAt)),
            h('span', { class: 'muted' }, t.lanes.map((l) => modelName(l.binding.model)).join(' vs ')),
            h('button', { class: 'btn btn-small btn-link', attrs: { type: 'button' }, on: { click: () => show(t) } }, 'Show'),
          ),
        ),
      ),
    );
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const models = [...form.querySelectorAll<HTMLSelectElement>('select[name="model"]')].map((s) => s.value).filter((v) => v !== '');
    const step = (form.elements.namedItem('step') as HTMLSelectElement).value || null;
    const source = (form.querySelector<HTMLInputElement>('input[name="source"]:checked')?.value ?? 'tests') as 'tests' | 'form';
    const runForm = document.getElementById('run-form') as HTMLFormElement | null;
    const inputs =
      source === 'form' && runForm
        ? spec.inputs.flatMap((f) => {
            const value = readFieldValue(runForm, f);
            return value === null || value === undefined ? [] : [{ name: f.name, value: String(value) }];
          })
        : null;
    const button = byId<HTMLButtonElement>('trial-button');
    button.disabled = true;
    status.textContent = `Trying ${models.length} models…`;
    try {
      const { trial, summary } = await api<{ trial: Trial; summary: string }>('POST', `${base}/trials`, {
        bindings: models.map((model) => ({ model })),
        step,
        inputs,
      });
      status.textContent = '';
      show(trial);
      result.prepend(h('p', { class: 'visually-hidden' }, summary));
      await loadList();
    } catch (error) {
      status.textContent = (error as Error).message;
    } finally {
      button.disabled = false;
    }
  });

  byId('trials').addEventListener('click', async (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-remove-test]');
    if (!button) return;
    button.disabled = true;
    try {
      await api('DELETE', `${base}/tests/${encodeURIComponent(button.dataset.removeTest ?? '')}`);
      location.reload();
    } catch (error) {
      button.disabled = false;
      status.textContent = (error as Error).message;
    }
  });

  showKept();
  const opened = params.get('trial');
  if (opened) {
    api<{ trial: Trial }>('GET', `${base}/trials/${encodeURIComponent(opened)}`)
      .then(({ trial }) => {
        show(trial);
        byId('trials').scrollIntoView();
      })
      .catch((error: unknown) => {
        status.textContent = (error as Error).message;
      });
  }
  loadList().catch((error: unknown) => {
    replaceChildren(list, h('p', { class: 'muted small' }, (error as Error).message));
  });
}

/** The run history's "Save as test" button: the run's inputs become a test case (a new version), then the page reloads to list it. */
export function saveRunAsTest(slug: string, runId: string): HTMLElement {
  const button = h(
    'button',
    {
      class: 'btn btn-small btn-link',
      attrs: { type: 'button' },
      dataset: { saveTest: runId },
      on: {
        click: async () => {
          button.disabled = true;
          try {
            await api('POST', `/api/apps/${encodeURIComponent(slug)}/tests`, { run: runId });
            location.assign(`${location.pathname}#trials`);
            location.reload();
          } catch (error) {
            button.disabled = false;
            button.title = (error as Error).message;
            button.textContent = 'Could not save';
          }
        },
      },
    },
    'Save as test',
  );
  return button;
}
