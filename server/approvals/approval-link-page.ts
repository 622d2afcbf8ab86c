/** The signed link's pages: the pending output with the three decisions, and what happened after. */
import { aRole } from '../../agent/spec/approval-step';
import type { DecidedRun, PendingApprovalView } from '../../agent/tools/approval-services';
import { html, type SafeHtml } from '../html/html';
import { layout } from '../html/layout';

export function approvalLinkPage(view: PendingApprovalView, action: string): SafeHtml {
  const body = html`<div class="page-head"><div><h1>Approve: ${view.appName}</h1>
<p class="muted">A run waits for ${aRole(view.role)} or above. This link decides once.</p></div></div>
${view.message ? html`<p class="banner">${view.message}</p>` : ''}
<form method="post" action="${action}" class="card stack" data-role="approval-form">
  <label for="approval-text"><strong>Pending output of step “${view.gates}”</strong></label>
  ${
    view.editable
      ? html`<textarea id="approval-text" name="text" rows="12">${view.pending ?? ''}</textarea>`
      : html`<pre id="approval-text">${view.pending ?? '(no text output)'}</pre>`
  }
  <label for="approval-note">Note (optional)</label>
  <input id="approval-note" name="note" type="text" maxlength="2000">
  <div class="row">
    <button class="btn btn-primary" type="submit" name="decision" value="approve">Approve</button>
    ${view.editable ? html`<button class="btn" type="submit" name="decision" value="edit">Approve with my edits</button>` : ''}
    <button class="btn btn-danger" type="submit" name="decision" value="reject">Reject</button>
  </div>
</form>
${view.deadlineAt ? html`<p class="muted small">Deadline: ${view.deadlineAt.slice(0, 16).replace('T', ' ')} UTC; if nobody decides by then: ${view.otherwise ?? ''}.</p>` : ''}`;
  return layout({ title: `Approve: ${view.appName}`, section: null, body });
}

export function approvalDecidedPage(decided: DecidedRun): SafeHtml {
  const what =
    decided.status === 'rejected'
      ? 'Rejected: the rest of the run was not done.'
      : decided.status === 'waiting'
        ? 'Approved. The run went on and now waits for another approval.'
        : decided.status === 'error'
          ? `Approved, but a later step failed: ${decided.error ?? 'unknown error'}`
          : 'Approved: the run went on and finished.';
  const body = html`<div class="page-head"><div><h1>Decided</h1></div></div>
<p class="banner" data-role="approval-result" data-status="${decided.status}">${what}</p>`;
  return layout({ title: 'Decided', section: null, body });
}
