/**
 * A person who wants to see the result before it goes anywhere: "let me check before it
 * sends", "after approval", "review first", "needs my sign-off". The app then pauses at an
 * approval step in front of its first step that sends or saves, gating the main result.
 */
import type { StepInput } from '../tools/spec-inputs';

const REVIEW = [
  /\blet (?:me|us|someone|a (?:person|human|manager))\s+(?:check|review|see|approve|look (?:at|over)|read|edit|okay|ok)\b/,
  /\b(?:after|with|pending|upon|on)\s+(?:my\s+|our\s+|an?\s+|their\s+|a manager'?s\s+|human\s+|manual\s+)?(?:approval|sign[- ]?off|review)\b/,
  /\b(?:review|check|approve|proofread)\w*\s+(?:it\s+|them\s+|each\s+\w+\s+|the\s+\w+\s+|every\s+\w+\s+)?(?:first|beforehand|before\s+(?:it|they|anything|sending|posting|publishing|saving)\b)/,
  /\b(?:needs?|requires?|wait(?:s|ing)? for)\s+(?:my\s+|our\s+|an?\s+|manager\s+)?(?:approval|sign[- ]?off|ok|okay|go-ahead)\b/,
  /\bhuman[- ]in[- ]the[- ]loop\b/,
];

export function wantsReview(lowercase: string): boolean {
  return REVIEW.some((pattern) => pattern.test(lowercase));
}

const SENDS = new Set<StepInput['kind']>(['notify', 'call-webhook', 'save-record']);
const PENDING_OUTPUT = new Set<StepInput['kind']>(['generate-text', 'extract', 'classify', 'generate-image', 'edit-image']);

/**
 * `steps` with an approval step before the first step that sends or saves (at the end when
 * none does), gating the last AI step before it — text preferred, as the message would use it.
 * Unchanged when nothing before that point produces a result.
 */
export function withApproval(steps: readonly StepInput[]): StepInput[] {
  if (steps.some((s) => s.kind === 'approval')) return [...steps];
  const at = steps.findIndex((s) => SENDS.has(s.kind));
  const before = at < 0 ? steps : steps.slice(0, at);
  const gated =
    [...before].reverse().find((s) => s.kind === 'generate-text') ?? [...before].reverse().find((s) => PENDING_OUTPUT.has(s.kind));
  if (!gated) return [...steps];
  const taken = new Set(steps.map((s) => s.id));
  const approval: StepInput = {
    kind: 'approval',
    id: taken.has('review') ? 'approval' : 'review',
    title: 'Review before it goes out',
    model: null,
    gates: gated.id,
    role: null,
    message: null,
    deadline: null,
  };
  const cut = at < 0 ? steps.length : at;
  return [...steps.slice(0, cut), approval, ...steps.slice(cut)];
}
