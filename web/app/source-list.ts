/** The sources of a run's knowledge steps: what a retrieve step found, and what an answer cites. */
import type { RetrievedSource } from '../../server/knowledge/retrieved-passages';
import { sourceLabel } from '../../agent/spec/retrieved-passage';
import { h, type Child } from '../dom';

function isSourceList(value: unknown): value is RetrievedSource[] {
  return Array.isArray(value) && value.every((s) => typeof s?.document === 'string' && typeof s?.page === 'number');
}

/** "Sources: [1] handbook.pdf, page 2 · …" or, for a retrieve step that found nothing, a sentence saying so. */
export function sourceList(value: unknown, role: 'sources' | 'citations'): Child {
  if (!isSourceList(value)) return null;
  if (value.length === 0) {
    return h(
      'p',
      { class: 'muted small', dataset: { role } },
      role === 'sources' ? "No passage of the app's documents matched." : 'Cites no passage.',
    );
  }
  return h(
    'ul',
    { class: 'small source-list', dataset: { role } },
    value.map((s) => h('li', { dataset: { document: s.documentId, page: String(s.page) } }, `[${s.n}] ${sourceLabel(s)}`)),
  );
}
