import { describe, expect, it } from 'vitest';
import { parseApprovalWish } from '../../agent/planner/approval-intent';
import { matchApprovals } from '../../agent/tools/approval-match';
import type { PendingApprovalView } from '../../agent/tools/approval-services';

describe('a decision said in words', () => {
  it.each([
    ['approve the pending reply for ticket 42', { decision: 'approve', about: 'ticket 42', text: null, note: null }],
    [
      'Please reject the waiting draft for order 17 because the refund was already made',
      { decision: 'reject', about: 'order 17', text: null, note: 'the refund was already made' },
    ],
    [
      'approve the pending reply for ticket 42 with the text: Thanks, each item ships today',
      { decision: 'edit', about: 'ticket 42', text: 'Thanks, each item ships today', note: null },
    ],
    ['approve the pending run', { decision: 'approve', about: null, text: null, note: null }],
  ])('%s', (text, wish) => {
    expect(parseApprovalWish(text)).toEqual(wish);
  });

  it.each(['approve expense reports under $50', 'a tool that approves leave requests', 'reject spam comments automatically'])(
    'not a decision: %s',
    (text) => {
      expect(parseApprovalWish(text)).toBeNull();
    },
  );
});

describe('which waiting run the words mean', () => {
  const view = (runId: string, inputs: Record<string, unknown>): PendingApprovalView => ({
    runId,
    appSlug: 'ticket-replies',
    appName: 'Ticket replies',
    stepId: 'review',
    gates: 'draft',
    role: 'editor',
    message: null,
    pending: 'Thanks for writing in.',
    editable: true,
    inputs,
    askedAt: '2026-12-01T00:00:00.000Z',
    deadlineAt: null,
    otherwise: null,
    runPath: `/apps/ticket-replies?run=${runId}`,
  });
  const views = [view('a', { ticket: '42' }), view('b', { ticket: '142' }), view('c', { ticketId: 7, customer: 'Acme' })];

  it('a number matches whole numbers only; a word may start a longer one', () => {
    expect(matchApprovals(views, 'ticket 42').map((v) => v.runId)).toEqual(['a']);
    expect(matchApprovals(views, 'the reply for acme').map((v) => v.runId)).toEqual(['c']);
    expect(matchApprovals(views, 'ticket 7').map((v) => v.runId)).toEqual(['c']);
    expect(matchApprovals(views, 'order 42')).toEqual([]);
    expect(matchApprovals(views, '').map((v) => v.runId)).toEqual(['a', 'b', 'c']);
  });
});

describe('descriptions of tools are not decisions', () => {
  it.each([
    'Approve pending leave requests from employees and notify HR',
    'Reject the pending invoices automatically when the amount is wrong',
    'Approve the waiting orders every morning at 9',
  ])('%s', (text) => {
    expect(parseApprovalWish(text)).toBeNull();
  });
});
