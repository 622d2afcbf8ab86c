/**
 * Data in and out of one collection's table: the Export menu (CSV, XLSX, JSON of the view the
 * table shows) and the import panel — choose a CSV or XLSX file, check the suggested column →
 * field mapping, import all or nothing, and when rows are rejected see which and why, then
 * import the valid rows or change the mapping. Everything is built as DOM text, never markup.
 */
import type { Collection } from '../../agent/spec/app-spec';
import type { ImportPreview, ImportReport } from '../../server/dataio/import-records';
import { formatCount } from '../../agent/catalog/money';
import { api, ApiError } from '../api';
import { h, replaceChildren } from '../dom';

export interface TableView {
  search: string;
  sort: string | null;
  direction: 'asc' | 'desc';
}

interface DataOptions {
  /** /api/apps/:slug/collections/:collection */
  base: string;
  collection: Collection;
  view: () => TableView;
  reload: () => Promise<void>;
}

const plural = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;

export function mountRecordsData(section: HTMLElement, options: DataOptions): void {
  const { base, collection } = options;
  const part = <T extends HTMLElement>(role: string) => section.querySelector<T>(`[data-role="${role}"]`)!;
  const panel = part('import-panel');

  // Each link points at the view the table shows: set now (so it is a focusable link), again when the menu opens and on click.
  const exportMenu = part<HTMLDetailsElement>('export');
  const links = [...exportMenu.querySelectorAll<HTMLAnchorElement>('a[data-format]')];
  const pointLinks = () => {
    const view = options.view();
    for (const link of links) {
      const params = new URLSearchParams({ format: link.dataset.format! });
      if (view.search) params.set('search', view.search);
      if (view.sort) {
        params.set('sort', view.sort);
        params.set('direction', view.direction);
      }
      link.href = `${base}/export?${params.toString()}`;
    }
  };
  pointLinks();
  exportMenu.addEventListener('toggle', pointLinks);
  for (const link of links) link.addEventListener('click', pointLinks);

  const close = () => {
    panel.hidden = true;
    replaceChildren(panel);
  };
  const heading = (text: string) =>
    h(
      'div',
      { class: 'card-head' },
      h('h3', null, text),
      h('button', { class: 'btn btn-small btn-link', attrs: { type: 'button' }, on: { click: close } }, 'Close'),
    );
  const alert = (text: string) => h('p', { class: 'banner banner-danger', attrs: { role: 'alert' } }, text);

  function chooseFile(problem: string | null = null): void {
    const id = `import-file-${collection.name}`;
    const input = h('input', {
      attrs: { id, type: 'file', accept: '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    });
    const status = h('span', { class: 'muted small', attrs: { role: 'status' } });
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      if (!file) return;
      status.textContent = 'Reading the file…';
      const form = new FormData();
      form.append('file', file);
      try {
        showMapping(file, await api<ImportPreview & { fields: Collection['fields'] }>('POST', `${base}/import/preview`, form));
      } catch (error) {
        chooseFile((error as Error).message);
      }
    });
    replaceChildren(
      panel,
      heading(`Import into ${collection.label}`),
      problem ? alert(problem) : null,
      h(
        'div',
        { class: 'field' },
        h('label', { attrs: { for: id } }, 'CSV or XLSX file'),
        input,
        h('span', { class: 'help' }, 'The first row names the columns; each further row becomes a record. Up to 50 MB.'),
      ),
      status,
    );
    panel.hidden = false;
  }

  function showMapping(file: File, preview: ImportPreview, problem: string | null = null, mapping = preview.suggested): void {
    const selects = preview.columns.map((column) => {
      const select = h(
        'select',
        { attrs: { 'aria-label': `Field for column ${column}` }, dataset: { column } },
        h('option', { attrs: { value: '' } }, 'Skip'),
        collection.fields.map((f) =>
          h('option', { attrs: { value: f.name, selected: mapping[column] === f.name } }, `${f.label}${f.required ? ' (required)' : ''}`),
        ),
      );
      return select;
    });
    const chosen = () => Object.fromEntries(selects.map((s) => [s.dataset.column!, s.value || null]));
    const importButton = h('button', { class: 'btn btn-primary', attrs: { type: 'button' } }, 'Import');
    importButton.addEventListener('click', () => void send(file, preview, chosen(), 'all-or-nothing'));
    replaceChildren(
      panel,
      heading(`Import ${file.name}`),
      problem ? alert(problem) : null,
      h(
        'p',
        { class: 'small' },
        `Match each column of the file to a field of ${collection.label}. Columns were matched by name; change any that are wrong.`,
      ),
      h(
        'div',
        { class: 'table-wrap' },
        h(
          'table',
          { class: 'mapping-table' },
          h('thead', null, h('tr', null, h('th', null, 'Column in the file'), h('th', null, 'Field'))),
          h(
            'tbody',
            null,
            preview.columns.map((column, i) =>
              h(
                'tr',
                { dataset: { column } },
                h(
                  'td',
                  null,
                  h('div', null, column),
                  h(
                    'div',
                    { class: 'muted small' },
                    preview.sample
                      .map((row) => row[i] ?? '')
                      .filter(Boolean)
                      .slice(0, 2)
                      .join(' · '),
                  ),
                ),
                h('td', null, selects[i]),
              ),
            ),
          ),
        ),
      ),
      h('p', { class: 'help' }, 'All or nothing: if any row does not fit its field, nothing is imported and you see which rows and why.'),
      h(
        'div',
        { class: 'row' },
        importButton,
        h('button', { class: 'btn', attrs: { type: 'button' }, on: { click: () => chooseFile() } }, 'Choose another file'),
      ),
    );
  }

  async function send(
    file: File,
    preview: ImportPreview,
    mapping: Record<string, string | null>,
    mode: ImportReport['mode'],
  ): Promise<void> {
    const form = new FormData();
    form.append('mapping', JSON.stringify(mapping));
    form.append('mode', mode);
    form.append('file', file);
    for (const button of panel.querySelectorAll('button')) button.disabled = true;
    try {
      const { report } = await api<{ report: ImportReport }>('POST', `${base}/import`, form);
      showDone(report);
      await options.reload();
    } catch (error) {
      const report = error instanceof ApiError ? (error.body as { report?: ImportReport } | null)?.report : undefined;
      if (report) showRejected(file, preview, mapping, error as Error, report);
      else showMapping(file, preview, (error as Error).message, mapping);
    }
  }

  function rejectedTable(report: ImportReport): HTMLElement {
    const more = report.rejectedCount - report.rejected.length;
    return h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'rejected-rows' },
        h('thead', null, h('tr', null, h('th', null, 'Row'), h('th', null, 'Why it was rejected'))),
        h(
          'tbody',
          null,
          report.rejected.map((r) => h('tr', null, h('td', { class: 'num' }, String(r.row)), h('td', null, r.reason))),
          more > 0 ? h('tr', null, h('td', { attrs: { colspan: 2 }, class: 'muted' }, `…and ${plural(more, 'more row')}.`)) : null,
        ),
      ),
    );
  }

  function showRejected(
    file: File,
    preview: ImportPreview,
    mapping: Record<string, string | null>,
    error: Error,
    report: ImportReport,
  ): void {
    const valid = report.rows - report.rejectedCount;
    replaceChildren(
      panel,
      heading(`Import ${file.name}`),
      alert(error.message),
      h('p', { class: 'small' }, 'Row numbers are as a spreadsheet shows them: the header is row 1.'),
      rejectedTable(report),
      h(
        'div',
        { class: 'row' },
        valid > 0
          ? h(
              'button',
              { class: 'btn btn-primary', attrs: { type: 'button' }, on: { click: () => void send(file, preview, mapping, 'valid-rows') } },
              `Import the ${plural(valid, 'valid row')}`,
            )
          : null,
        h(
          'button',
          { class: 'btn', attrs: { type: 'button' }, on: { click: () => showMapping(file, preview, null, mapping) } },
          'Change the mapping',
        ),
        h('button', { class: 'btn', attrs: { type: 'button' }, on: { click: close } }, 'Cancel'),
      ),
    );
  }

  function showDone(report: ImportReport): void {
    replaceChildren(
      panel,
      heading('Import finished'),
      h(
        'p',
        { class: 'banner banner-ok', attrs: { role: 'status' } },
        `Imported ${plural(report.imported, 'record')} into ${collection.label}.${report.rejectedCount ? ` ${plural(report.rejectedCount, 'row was', 'rows were')} left out:` : ''}`,
      ),
      report.rejectedCount ? rejectedTable(report) : null,
    );
  }

  part('import').addEventListener('click', () => chooseFile());
}
