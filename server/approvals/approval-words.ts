/** Words and addresses about runs that wait for a person, shared by the notice, the pages and the API. */
import { aRole } from '../../agent/spec/approval-step';
import type { RunRow } from '../store/records';

/** The run on its app page (web/app opens it from `?run=`). */
export const appRunPath = (slug: string, runId: string): string => `/apps/${encodeURIComponent(slug)}?run=${encodeURIComponent(runId)}`;

const when = (iso: string): string => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

/** The run summary of a waiting run. */
export function waitingSentence(run: RunRow): string {
  const a = run.approval;
  if (!a) return 'The run is waiting.';
  const deadline = a.deadlineAt
    ? ` If nobody decides by ${when(a.deadlineAt)}, it is ${a.otherwise === 'approve' ? 'approved as it stands' : a.otherwise === 'reject' ? 'rejected' : 'sent to the approvers again'}.`
    : '';
  return `Waiting for approval: ${aRole(a.role)} or above approves, edits or rejects the output of step "${a.gates}" before the run goes on.${deadline}`;
}
