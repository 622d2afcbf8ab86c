/**
 * One collection's table on the app page: search, sort by column, paging, add / edit /
 * delete through the records API, and import / export (records-data.ts). Cell values are set as text, never parsed as markup.
 */
import type { Collection } from '../../agent/spec/app-spec';
import type { RecordRow } from '../../server/store/records';
import { api } from '../api';
import { h, replaceChildren } from '../dom';
import { formatCount } from '../../agent/catalog/money';
import { safeUrl } from '../safe-url';
import { displayValue, readFieldValue, writeFieldValue } from './form-values';
import { mountRecordsData } from './records-data';

const PAGE_SIZE = 10;

interface Page {
  items: RecordRow[];
  total: number;
}

export interface RecordsTable {
  reload(): Promise<void>;
}

export function mountRecordsTable(section: HTMLElement, slug: string, collection: Collection): RecordsTable {
  const collectionBase = `/api/apps/${encodeURIComponent(slug)}/collections/${encodeURIComponent(collection.name)}`;
  const base = `${collectionBase}/records`;
  const part = <T extends HTMLElement>(role: string) => section.querySelector<T>(`[data-role="${role}"]`)!;
  const rows = part('rows');
  const pager = part('pager');
  const total = part('total');
  const search = part<HTMLInputElement>('search');
  const form = part<HTMLFormElement>('record-form');
  const formTitle = part('form-title');
  const formStatus = part('form-status');
  const columns = collection.fields;
  const editable = columns.filter((f) => f.type !== 'image' && f.type !== 'file' && f.type !== 'document');

  const state = { offset: 0, search: '', sort: null as string | null, direction: 'asc' as 'asc' | 'desc', editing: null as string | null };

  function cell(field: Collection['fields'][number], value: unknown): HTMLElement {
    const text = displayValue(field, value);
    if (text && (field.type === 'url' || field.type === 'image')) {
      return h('td', null, h('a', { attrs: { href: safeUrl(text), target: '_blank', rel: 'noopener noreferrer' } }, text));
    }
    return h('td', { class: field.type === 'number' ? 'num' : undefined }, text);
  }

  function row(record: RecordRow): HTMLElement {
    let armed = false;
    const del = h('button', { class: 'btn btn-small btn-danger', attrs: { type: 'button' } }, 'Delete');
    del.addEventListener('click', async () => {
      // Two clicks instead of confirm(): no modal dialogs on the page.
      if (!armed) {
        armed = true;
        del.textContent = 'Confirm delete';
        return;
      }
      await api('DELETE', `${base}/${encodeURIComponent(record.id)}`);
      await load();
    });
    return h(
      'tr',
      { dataset: { record: record.id } },
      columns.map((field) => cell(field, record.values[field.name])),
      h(
        'td',
        { class: 'actions' },
        h('button', { class: 'btn btn-small btn-link', attrs: { type: 'button' }, on: { click: () => openForm(record) } }, 'Edit'),
        del,
      ),
    );
  }

  function renderPager(page: Page): void {
    total.textContent = `${formatCount(page.total)} record${page.total === 1 ? '' : 's'}`;
    if (page.total <= PAGE_SIZE) {
      replaceChildren(pager);
      return;
    }
    const from = state.offset + 1;
    const to = Math.min(state.offset + PAGE_SIZE, page.total);
    replaceChildren(
      pager,
      `${from}–${to} of ${formatCount(page.total)}`,
      h(
        'button',
        {
          class: 'btn btn-small',
          attrs: { type: 'button', disabled: state.offset === 0 },
          on: { click: () => go(state.offset - PAGE_SIZE) },
        },
        'Previous',
      ),
      h(
        'button',
        {
          class: 'btn btn-small',
          attrs: { type: 'button', disabled: to >= page.total },
          on: { click: () => go(state.offset + PAGE_SIZE) },
        },
        'Next',
      ),
    );
  }

  function go(offset: number): void {
    state.offset = Math.max(0, offset);
    void load();
  }

  async function load(): Promise<void> {
    const params = new URLSearchParams({ offset: String(state.offset), limit: String(PAGE_SIZE) });
    if (state.search) params.set('search', state.search);
    if (state.sort) {
      params.set('sort', state.sort);
      params.set('direction', state.direction);
    }
    try {
      const page = await api<Page>('GET', `${base}?${params.toString()}`);
      if (page.items.length === 0 && state.offset > 0 && page.total > 0) return go(state.offset - PAGE_SIZE);
      replaceChildren(
        rows,
        page.items.length
          ? page.items.map(row)
          : h(
              'tr',
              null,
              h(
                'td',
                { class: 'muted', attrs: { colspan: columns.length + 1 } },
                state.search ? 'No record matches the search.' : 'No records yet.',
              ),
            ),
      );
      renderPager(page);
    } catch (error) {
      replaceChildren(rows, h('tr', null, h('td', { class: 'muted', attrs: { colspan: columns.length + 1 } }, (error as Error).message)));
    }
  }

  function openForm(record: RecordRow | null): void {
    state.editing = record?.id ?? null;
    formTitle.textContent = record ? 'Edit record' : 'New record';
    formStatus.textContent = '';
    for (const field of editable) writeFieldValue(form, field, record?.values[field.name] ?? null);
    form.hidden = false;
    form.querySelector<HTMLElement>('input, textarea, select')?.focus();
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = Object.fromEntries(editable.map((field) => [field.name, readFieldValue(form, field)]));
    formStatus.textContent = 'Saving…';
    try {
      if (state.editing) await api('PATCH', `${base}/${encodeURIComponent(state.editing)}`, { values });
      else await api('POST', base, { values });
      form.hidden = true;
      formStatus.textContent = '';
      await load();
    } catch (error) {
      formStatus.textContent = (error as Error).message;
    }
  });
  part('cancel').addEventListener('click', () => {
    form.hidden = true;
  });
  part('add').addEventListener('click', () => openForm(null));

  let timer: ReturnType<typeof setTimeout> | undefined;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      state.search = search.value.trim();
      go(0);
    }, 250);
  });

  for (const th of section.querySelectorAll<HTMLElement>('th[data-field]')) {
    th.querySelector('button')?.addEventListener('click', () => {
      const field = th.dataset.field!;
      state.direction = state.sort === field && state.direction === 'asc' ? 'desc' : 'asc';
      state.sort = field;
      for (const other of section.querySelectorAll<HTMLElement>('th[data-field]')) other.setAttribute('aria-sort', 'none');
      th.setAttribute('aria-sort', state.direction === 'asc' ? 'ascending' : 'descending');
      go(0);
    });
  }

  mountRecordsData(section, { base: collectionBase, collection, view: () => state, reload: load });
  void load();
  return { reload: load };
}
