/**
 * Which waiting runs a person means by "the pending reply for ticket 42": every word they
 * gave must be found in the run — its app's name, its input names and values, or the pending
 * text. A number must match a whole number ("42" is not "142"); a word may start a longer one
 * ("ticket" finds "tickets" and "ticketId").
 */
import type { PendingApprovalView } from './approval-services';

// Words that name the pending thing itself, not which one.
const FILLER = new Set([
  'the',
  'a',
  'an',
  'for',
  'of',
  'to',
  'on',
  'about',
  'pending',
  'waiting',
  'run',
  'one',
  'with',
  'from',
  'no',
  'number',
  'reply',
  'draft',
  'answer',
  'message',
  'output',
  'text',
]);

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function haystack(view: PendingApprovalView): string[] {
  const values = Object.entries(view.inputs).flatMap(([name, value]) => [name, typeof value === 'string' ? value : JSON.stringify(value)]);
  return [view.appName, view.appSlug, view.pending ?? '', ...values].flatMap(words);
}

export function matchApprovals(views: readonly PendingApprovalView[], about: string): PendingApprovalView[] {
  const wanted = words(about).filter((w) => !FILLER.has(w));
  if (wanted.length === 0) return [...views];
  return views.filter((view) => {
    const found = haystack(view);
    return wanted.every((w) => (/^\d+$/.test(w) ? found.includes(w) : found.some((t) => t.startsWith(w))));
  });
}
