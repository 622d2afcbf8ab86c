/**
 * On a run that waits at an approval step: the pending output in a text box, Approve (or
 * "Approve with my edits" once the text was changed) and Reject, with an optional note. The
 * server checks the person's role; a refusal is shown where the buttons are.
 */
import type { RunRow } from '../../server/store/records';
import { api } from '../api';
import { h } from '../dom';

export function approvalPanel(slug: string, run: RunRow, onDecided: () => void): HTMLElement | null {
  const approval = run.approval;
  if (run.status !== 'waiting' || !approval) return null;
  const editable = approval.field !== null && approval.pending !== null;
  const text = h('textarea', { attrs: { id: 'approval-text', rows: 8, readonly: !editable } }) as HTMLTextAreaElement;
  text.value = approval.pending ?? '';
  const note = h('input', { attrs: { id: 'approval-note', type: 'text', maxlength: 2000 } }) as HTMLInputElement;
  const status = h('p', { class: 'small', attrs: { role: 'status' }, dataset: { role: 'approval-status' } });
  const approve = h('button', { class: 'btn btn-primary', attrs: { type: 'button' }, dataset: { decision: 'approve' } }, 'Approve');
  const reject = h('button', { class: 'btn btn-danger', attrs: { type: 'button' }, dataset: { decision: 'reject' } }, 'Reject');
  const edited = () => editable && text.value !== approval.pending;
  text.addEventListener('input', () => {
    approve.textContent = edited() ? 'Approve with my edits' : 'Approve';
  });

  async function decide(decision: 'approve' | 'reject'): Promise<void> {
    const body =
      decision === 'reject'
        ? { decision, note: note.value || null }
        : edited()
          ? { decision: 'edit', text: text.value, note: note.value || null }
          : { decision, note: note.value || null };
    approve.disabled = true;
    reject.disabled = true;
    status.textContent = decision === 'reject' ? 'Rejecting…' : 'Approving…';
    try {
      await api('POST', `/api/apps/${encodeURIComponent(slug)}/runs/${encodeURIComponent(run.id)}/approval`, body);
      onDecided();
    } catch (error) {
      status.className = 'banner banner-danger';
      status.textContent = (error as Error).message;
      approve.disabled = false;
      reject.disabled = false;
    }
  }
  approve.addEventListener('click', () => void decide('approve'));
  reject.addEventListener('click', () => void decide('reject'));

  return h(
    'section',
    { class: 'card approval-panel', attrs: { 'aria-labelledby': 'approval-heading' }, dataset: { role: 'approval' } },
    h('h3', { attrs: { id: 'approval-heading' } }, 'Waiting for approval'),
    approval.message ? h('p', null, approval.message) : null,
    h(
      'div',
      { class: 'field' },
      h(
        'label',
        { attrs: { for: 'approval-text' } },
        editable ? `Output of “${approval.gates}” — edit it before approving if needed` : `Output of “${approval.gates}”`,
      ),
      text,
    ),
    h('div', { class: 'field' }, h('label', { attrs: { for: 'approval-note' } }, 'Note (optional)'), note),
    h('div', { class: 'row' }, approve, reject),
    status,
  );
}
