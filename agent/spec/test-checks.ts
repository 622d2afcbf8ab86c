/**
 * Judges a test case's checks against one run of it. Output checks read the named step (or
 * the last step of the kind they need); in a dry run there is no output to judge, so those
 * checks are "not judged" (null), while the cost check still holds against the estimate.
 */
import type { StepKind } from './app-spec';
import { describeCheck, type TestCheck } from './test-cases';

/** What a check needs of one run. */
export interface RunForChecks {
  status: 'ok' | 'dry-run' | 'error';
  steps: ReadonlyArray<{ stepId: string; kind: StepKind; status: string; output: Record<string, unknown> }>;
  /** USD (estimated for a dry run). */
  costUsd: number;
  latencyMs: number;
}

export interface CheckResult {
  /** The check in a few words. */
  check: string;
  /** True passed, false failed, null not judged (a dry run, or the step did not run). */
  passed: boolean | null;
  /** What was seen, in a sentence. */
  detail: string;
}

const TEXT_KINDS: readonly StepKind[] = ['generate-text', 'extract', 'classify'];

function kindsFor(check: TestCheck): readonly StepKind[] {
  if (check.kind === 'field-equals') return ['extract'];
  if (check.kind === 'label-in') return ['classify'];
  return TEXT_KINDS;
}

/** A step's output as text: the text, the label, or the extracted JSON. */
function outputText(step: RunForChecks['steps'][number]): string {
  const { output } = step;
  if (typeof output.text === 'string') return output.text;
  if (typeof output.label === 'string') return output.label;
  return JSON.stringify(output.json ?? {});
}

const shorten = (text: string): string => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

function judge(check: TestCheck, run: RunForChecks): Omit<CheckResult, 'check'> {
  if (check.kind === 'max-cost') {
    const passed = run.costUsd <= check.usd;
    return { passed, detail: `${run.status === 'dry-run' ? 'Would cost' : 'Cost'} $${run.costUsd.toFixed(6)}.` };
  }
  if (check.kind === 'max-latency') {
    if (run.status === 'dry-run') return { passed: null, detail: 'A dry run sends nothing, so it has no latency to judge.' };
    return { passed: run.latencyMs <= check.ms, detail: `Took ${run.latencyMs} ms.` };
  }
  const kinds = kindsFor(check);
  const step = check.step ? run.steps.find((s) => s.stepId === check.step) : run.steps.filter((s) => kinds.includes(s.kind)).at(-1);
  if (!step) return { passed: null, detail: 'The step it reads did not run.' };
  if (step.status === 'dry-run') return { passed: null, detail: `Step "${step.stepId}" was a dry run; there is no output to judge.` };
  if (step.status !== 'ok') return { passed: false, detail: `Step "${step.stepId}" did not finish (${step.status}).` };
  const text = outputText(step);
  switch (check.kind) {
    case 'contains':
    case 'not-contains': {
      const found = text.toLowerCase().includes(check.text.toLowerCase());
      return { passed: check.kind === 'contains' ? found : !found, detail: `The output ${found ? 'contains' : 'lacks'} “${check.text}”.` };
    }
    case 'matches': {
      // The pattern passed safe-regex2 when it was saved; the text is the step's output, bounded by the model's output limit.
      const passed = new RegExp(check.pattern, 'iu').test(text);
      return { passed, detail: `“${shorten(text)}” ${passed ? 'matches' : 'does not match'}.` };
    }
    case 'field-equals': {
      const value = (step.output.json as Record<string, unknown> | undefined)?.[check.field];
      const seen = value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
      return { passed: seen.trim().toLowerCase() === check.value.trim().toLowerCase(), detail: `${check.field} is “${shorten(seen)}”.` };
    }
    case 'label-in': {
      const label = typeof step.output.label === 'string' ? step.output.label : '';
      return { passed: check.labels.includes(label), detail: `The label is “${label}”.` };
    }
  }
}

/** Every check of a case, judged against one run. */
export function judgeChecks(checks: readonly TestCheck[], run: RunForChecks): CheckResult[] {
  return checks.map((check) => ({ check: describeCheck(check), ...judge(check, run) }));
}
