/** The Knowledge card: lists the app's documents, uploads one (multipart), deletes one; every refusal shows the server's sentence. */
import type { KnowledgeDocument } from '../../server/knowledge/knowledge-base';
import { formatCount } from '../../agent/catalog/money';
import { api } from '../api';
import { h, replaceChildren } from '../dom';
import { formatTime } from '../format';

function pagesText(d: KnowledgeDocument): string {
  return `${d.pagesEstimated ? 'about ' : ''}${formatCount(d.pages)} page${d.pages === 1 ? '' : 's'} · ${formatCount(d.passageCount)} passage${d.passageCount === 1 ? '' : 's'}`;
}

export function mountKnowledgePanel(slug: string): void {
  const card = document.getElementById('knowledge');
  const form = document.getElementById('knowledge-form') as HTMLFormElement | null;
  const list = document.getElementById('knowledge-list');
  const status = document.getElementById('knowledge-status');
  const count = card?.querySelector<HTMLElement>('[data-role="knowledge-count"]');
  if (!card || !form || !list || !status) return;
  const url = `/api/apps/${encodeURIComponent(slug)}/knowledge`;
  /** A refusal reads as one (the server's sentence, in the danger colour); progress and success as plain text. */
  const say = (text: string, refused = false) => {
    status.textContent = text;
    status.className = refused ? 'small field-error' : 'small';
  };

  async function remove(d: KnowledgeDocument, button: HTMLButtonElement): Promise<void> {
    button.disabled = true;
    try {
      await api('DELETE', `${url}/${encodeURIComponent(d.id)}`);
      await load();
      say(`Deleted ${d.filename} and its passages.`);
    } catch (error) {
      button.disabled = false;
      say((error as Error).message, true);
    }
  }

  async function load(): Promise<void> {
    const { items } = await api<{ items: KnowledgeDocument[] }>('GET', url);
    if (count) count.textContent = `${formatCount(items.length)} document${items.length === 1 ? '' : 's'}`;
    if (items.length === 0) {
      replaceChildren(list!, h('li', { class: 'muted small' }, 'No documents yet. Upload one to ask about it.'));
      return;
    }
    replaceChildren(
      list!,
      items.map((d) => {
        const button = h(
          'button',
          { class: 'btn btn-small btn-danger', attrs: { type: 'button', 'aria-label': `Delete ${d.filename}` } },
          'Delete',
        );
        button.addEventListener('click', () => void remove(d, button));
        return h(
          'li',
          { class: 'knowledge-item', dataset: { document: d.id } },
          h(
            'div',
            null,
            h('strong', { dataset: { role: 'filename' } }, d.filename),
            h('div', { class: 'muted small' }, `${pagesText(d)} · ${formatTime(d.createdAt)}`),
          ),
          button,
        );
      }),
    );
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const input = form.elements.namedItem('file') as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) {
      say('Choose a PDF, DOCX, TXT or Markdown file first.', true);
      return;
    }
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
    if (button) button.disabled = true;
    say(`Reading ${file.name}…`);
    try {
      const data = new FormData();
      data.append('file', file);
      const { summary } = await api<{ summary: string }>('POST', url, data);
      form.reset();
      await load();
      say(`Added ${summary}`);
    } catch (error) {
      say((error as Error).message, true);
    } finally {
      if (button) button.disabled = false;
    }
  });

  load().catch((error: unknown) => {
    replaceChildren(list, h('li', { class: 'muted small' }, (error as Error).message));
  });
}
