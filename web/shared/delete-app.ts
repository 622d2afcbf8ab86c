/**
 * Deleting an app, from its page or the apps list: a confirmation dialog that asks what becomes
 * of its records — removed with it, or kept as a JSON file downloaded first — and says which.
 */
import type { AppSpec } from '../../agent/spec/app-spec';
import { api } from '../api';
import { h } from '../dom';

interface RecordPage {
  items: unknown[];
  total: number;
}

/** Every record of every collection, paged through the records API. */
async function allRecords(slug: string): Promise<Record<string, unknown[]>> {
  const { data } = await api<{ data: { spec: AppSpec } }>('GET', `/api/apps/${encodeURIComponent(slug)}`);
  const out: Record<string, unknown[]> = {};
  for (const collection of data.spec.collections) {
    const rows: unknown[] = [];
    for (let offset = 0; ; offset += 500) {
      const page = await api<RecordPage>(
        'GET',
        `/api/apps/${encodeURIComponent(slug)}/collections/${encodeURIComponent(collection.name)}/records?limit=500&offset=${offset}`,
      );
      rows.push(...page.items);
      if (page.items.length === 0 || rows.length >= page.total) break;
    }
    out[collection.name] = rows;
  }
  return out;
}

function download(name: string, data: unknown): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const link = h('a', { attrs: { download: name } });
  link.href = url;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Opens the dialog; resolves true once the app is deleted, false when the person cancels. */
export function confirmDeleteApp(slug: string, name: string): Promise<boolean> {
  return new Promise((resolve) => {
    const status = h('p', { class: 'small', attrs: { role: 'status' } });
    const choice = (value: 'removed' | 'kept', label: string, checked: boolean) =>
      h('label', { class: 'radio' }, h('input', { attrs: { type: 'radio', name: 'records', value, checked } }), label);
    const form = h(
      'form',
      { attrs: { method: 'dialog' } },
      h('h2', { attrs: { id: 'delete-title' } }, `Delete ${name}?`),
      h('p', null, 'Its form, steps, versions, run history and public links go away for everyone. This cannot be undone.'),
      h(
        'fieldset',
        null,
        h('legend', null, 'Its records'),
        choice('kept', 'Keep a copy: download them as a JSON file first', true),
        choice('removed', 'Delete them with the app', false),
      ),
      status,
      h(
        'div',
        { class: 'row' },
        h(
          'button',
          { class: 'btn btn-primary btn-danger-solid', attrs: { type: 'submit', value: 'delete', 'data-role': 'confirm-delete' } },
          'Delete app',
        ),
        h(
          'button',
          { class: 'btn', attrs: { type: 'button', 'data-role': 'cancel-delete' }, on: { click: () => dialog.close('cancel') } },
          'Cancel',
        ),
      ),
    );
    const dialog = h('dialog', { class: 'dialog', attrs: { 'aria-labelledby': 'delete-title' } }, form);
    let deleted = false;
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const records = (new FormData(form).get('records') as 'removed' | 'kept' | null) ?? 'kept';
      const buttons = form.querySelectorAll('button');
      for (const b of buttons) b.disabled = true;
      try {
        if (records === 'kept') {
          status.textContent = 'Downloading the records…';
          download(`${slug}-records.json`, await allRecords(slug));
        }
        await api('DELETE', `/api/apps/${encodeURIComponent(slug)}?records=${records}`);
        deleted = true;
        dialog.close('deleted');
      } catch (error) {
        status.textContent = (error as Error).message;
        for (const b of buttons) b.disabled = false;
      }
    });
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(deleted);
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}
