/**
 * A decision on a waiting run, said in words: "approve the pending reply for ticket 42",
 * "reject the draft for order 17 because the refund was already made", "approve ticket 42
 * with the text: Thanks, it ships today". Which run is meant is left to decide_approval,
 * which matches the words against waiting runs' inputs.
 */
export interface ApprovalWish {
  decision: 'approve' | 'edit' | 'reject';
  /** Words that pick the run, e.g. "ticket 42"; null when none were given ("approve it"). */
  about: string | null;
  text: string | null;
  note: string | null;
}

const OPENING = /^(?:please\s+)?(approve|accept|sign off|reject|decline|turn down)\s+(.+)$/is;
/**
 * What the decision is about must be one particular waiting thing ("the pending reply …"), so a
 * description such as "Approve pending leave requests" or "approve expense reports" builds a tool instead.
 */
const SPECIFIC = /^(?:the|this|that)\s/i;
const PENDING = /\b(?:pending|waiting|awaiting|paused|held)\b/;
const DESCRIBES_TOOL = /\b(?:tool|app|automatically|every|each|whenever)\b/i;
const EDITED = /\s+(?:with|using|as)\s+(?:the\s+)?(?:text|reply|wording)\s*[:\-–]?\s*["“]?(.+?)["”]?\s*$/s;
const REASON = /\s+(?:because|since|as)\s+(.+)$/s;
const ABOUT = /\b(?:for|on|of|about)\s+(.+)$/s;

export function parseApprovalWish(message: string): ApprovalWish | null {
  const opened = OPENING.exec(message.trim());
  if (!opened) return null;
  const verb = opened[1]!.toLowerCase();
  let rest = opened[2]!;
  const edited = EDITED.exec(rest);
  if (edited) rest = rest.slice(0, edited.index);
  if (!SPECIFIC.test(rest) || !PENDING.test(rest.toLowerCase()) || DESCRIBES_TOOL.test(rest)) return null;
  const reason = edited ? null : REASON.exec(rest);
  if (reason) rest = rest.slice(0, reason.index);
  const about =
    ABOUT.exec(rest)?.[1]
      ?.replace(/[.!?]+$/, '')
      .trim() || null;
  const rejects = ['reject', 'decline', 'turn down'].includes(verb);
  return {
    decision: rejects ? 'reject' : edited ? 'edit' : 'approve',
    about,
    text: !rejects && edited ? edited[1]!.trim() : null,
    note: reason?.[1]?.replace(/[.!]+$/, '').trim() ?? null,
  };
}
