/** The app page: run form → POST /api/apps/:slug/runs, result view, run history, collection tables. */
import type { RunRow } from '../../server/store/records';
import type { RunSummary } from '../../server/store/run-summary';
import type { AppPageData } from '../../server/runtime/render-app';
import { runCostText } from '../../agent/spec/spec-labels';
import { runStartWord } from '../../agent/spec/plain-words';
import { api, ApiError } from '../api';
import { checkFields, clearFieldErrors, showRefusal } from '../shared/field-errors';
import { byId, h, readIsland, replaceChildren } from '../dom';
import { formatTime } from '../format';
import { readFieldValue } from './form-values';
import { mountRecordsTable, type RecordsTable } from './records-table';
import { renderRun, statusBadge } from './run-view';
import { approvalPanel } from './approval-panel';
import { createLiveRun } from './live-run';
import { mountVersions } from './versions';
import { loadAppSpend } from './app-spend';
import { mountManagePanel } from './manage-panel';
import { mountSharePanel } from './share-panel';
import { mountMailboxPanel } from './mailbox-panel';
import { mountTrialsPanel, saveRunAsTest } from './trials-panel';
import { mountKnowledgePanel } from './knowledge-panel';
import { connectSocket } from '../socket';
import { wireMoveButtons } from '../move-to-successor';

const { slug, spec } = readIsland<AppPageData>('app-data');
const runsUrl = `/api/apps/${encodeURIComponent(slug)}/runs`;

const tables: RecordsTable[] = spec.collections.flatMap((collection) => {
  const section = document.querySelector<HTMLElement>(`section[data-collection="${CSS.escape(collection.name)}"]`);
  return section ? [mountRecordsTable(section, slug, collection)] : [];
});

mountVersions(slug);
wireMoveButtons(document, () => location.reload());
mountSharePanel(spec);
mountMailboxPanel(slug);
mountManagePanel(slug, spec.name);
mountTrialsPanel(slug, spec);
mountKnowledgePanel(slug);

const result = byId('result');
const resultMeta = byId('result-meta');
const history = byId('history');

function showRun(run: RunRow, summary: string | null): void {
  replaceChildren(
    result,
    renderRun(spec, run, summary),
    approvalPanel(slug, run, () => void decided(run.id)),
  );
  resultMeta.textContent = formatTime(run.startedAt);
}

/** After a decision on this page: the run as it went on, and the history with it. */
async function decided(runId: string): Promise<void> {
  await openRun(runId);
  await loadHistory();
}

/** A stored run with the server's sentence about it (which key would make a dry run real). */
async function openRun(runId: string): Promise<void> {
  const { run, summary } = await api<{ run: RunRow; summary: string }>('GET', `${runsUrl}/${encodeURIComponent(runId)}`);
  showRun(run, summary);
}

async function loadHistory(showLatest = false): Promise<void> {
  void loadAppSpend(slug);
  // The list carries summaries; a run's steps come from its own route (openRun).
  const { items, total } = await api<{ items: RunSummary[]; total: number }>('GET', `${runsUrl}?limit=10`);
  if (showLatest && items[0]) await openRun(items[0].id);
  if (items.length === 0) {
    replaceChildren(history, h('p', { class: 'muted small' }, 'No runs yet.'));
    return;
  }
  replaceChildren(
    history,
    items.map((run) =>
      h(
        'div',
        { class: 'history-item', dataset: { run: run.id } },
        h('span', null, formatTime(run.startedAt)),
        statusBadge(run.status),
        h('span', { class: 'muted' }, runStartWord(run)),
        h('span', { class: 'cost' }, runCostText(run)),
        h('button', { class: 'btn btn-small btn-link', attrs: { type: 'button' }, on: { click: () => void openRun(run.id) } }, 'Show'),
        saveRunAsTest(slug, run.id),
      ),
    ),
    total > items.length ? h('p', { class: 'muted small' }, `Showing the latest ${items.length} of ${total} runs.`) : null,
  );
}

const form = document.getElementById('run-form') as HTMLFormElement | null;
if (form) {
  const button = byId<HTMLButtonElement>('run-button');
  const status = byId('run-status');
  const live = createLiveRun(result, spec, runsUrl);
  // Live progress of runs of this app (from this page, a schedule or another tab) over the socket.
  connectSocket({
    onStatus() {},
    onEvent(event) {
      if (!('appSlug' in event) || event.appSlug !== slug) return;
      live.onEvent(event);
      if (event.type === 'run.started') status.textContent = `Running ${event.stepCount} step${event.stepCount === 1 ? '' : 's'}…`;
      else if (event.type === 'step.started') {
        const step = spec.steps.find((s) => s.id === event.stepId);
        status.textContent = `Step ${event.index + 1} of ${spec.steps.length}: ${step?.title ?? event.stepId}…`;
      } else if (event.type === 'run.finished') {
        status.textContent = '';
        if (!button.disabled) void loadHistory(true);
      }
    },
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    // Required and malformed fields are marked where they are, and nothing is sent.
    const problems = checkFields(form, spec.inputs);
    if (problems > 0) {
      status.textContent = problems === 1 ? 'One field needs a change (marked above).' : `${problems} fields need a change (marked above).`;
      return;
    }
    button.disabled = true;
    status.textContent = 'Running…';
    try {
      const fileInputs = spec.inputs.filter((f) => f.type === 'image' || f.type === 'file' || f.type === 'document');
      const hasFiles = fileInputs.some((f) => ((form.elements.namedItem(f.name) as HTMLInputElement | null)?.files?.length ?? 0) > 0);
      let body: unknown;
      if (hasFiles) {
        // Uploads go as multipart: every value as a string, image fields as files.
        const data = new FormData();
        for (const field of spec.inputs) {
          const el = form.elements.namedItem(field.name) as HTMLInputElement | null;
          if (field.type === 'image' || field.type === 'file' || field.type === 'document') {
            const file = el?.files?.[0];
            if (file) data.append(field.name, file);
          } else {
            const value = readFieldValue(form, field);
            if (value !== null) data.append(field.name, String(value));
          }
        }
        body = data;
      } else {
        body = { inputs: Object.fromEntries(spec.inputs.map((field) => [field.name, readFieldValue(form, field)])), trigger: 'manual' };
      }
      const { run, summary } = await api<{ run: RunRow; summary: string }>('POST', runsUrl, body);
      showRun(run, summary);
      status.textContent = '';
      await Promise.all([loadHistory(), ...tables.map((t) => t.reload())]);
    } catch (error) {
      status.textContent = '';
      // A refusal that names a field goes under that field; anything else where the result would be.
      if (error instanceof ApiError && error.status < 500 && showRefusal(form, spec.inputs, error.message, error.issues)) {
        status.textContent = 'The server refused a value (marked above).';
        return;
      }
      clearFieldErrors(form);
      replaceChildren(result, h('p', { class: 'banner banner-danger', attrs: { role: 'alert' } }, (error as Error).message));
    } finally {
      button.disabled = false;
    }
  });
}

// A link to one run (/apps/<slug>?run=<id>, as approval messages send) opens that run.
const linkedRun = new URLSearchParams(location.search).get('run');
if (linkedRun) {
  openRun(linkedRun).catch((error: unknown) => {
    replaceChildren(result, h('p', { class: 'banner banner-danger', attrs: { role: 'alert' } }, (error as Error).message));
  });
}
loadHistory(!linkedRun).catch((error: unknown) => {
  replaceChildren(history, h('p', { class: 'muted small' }, (error as Error).message));
});
