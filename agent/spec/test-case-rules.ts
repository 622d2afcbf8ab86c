/**
 * What the schema of a test set cannot say: ids unique, inputs that are the app's input
 * fields, and checks that name a step able to answer them. Run by parseAppSpec with the
 * other spec rules, so a test set that no longer fits its app (a field removed) is refused
 * with the change that broke it.
 */
import type { AppSpec } from './app-spec';
import { isModelStep } from './bindings';
import type { SpecIssue } from './spec-validation-error';
import type { TestCheck } from './test-cases';

const list = (names: readonly string[]): string => (names.length === 0 ? 'none' : names.join(', '));

/** The step kinds a check reads, when it reads one. */
function wantedKinds(check: TestCheck): readonly string[] | null {
  switch (check.kind) {
    case 'field-equals':
      return ['extract'];
    case 'label-in':
      return ['classify'];
    case 'max-cost':
    case 'max-latency':
      return null;
    default:
      return ['generate-text', 'extract', 'classify'];
  }
}

export function checkTestCases(spec: AppSpec, issues: SpecIssue[]): void {
  const inputs = new Set(spec.inputs.map((f) => f.name));
  const ids = new Set<string>();
  (spec.tests ?? []).forEach((test, i) => {
    const base = `tests[${i}]`;
    if (ids.has(test.id)) issues.push({ path: `${base}.id`, message: `Test case id "${test.id}" is used twice; give each a unique id.` });
    ids.add(test.id);
    test.inputs.forEach((value, j) => {
      if (!inputs.has(value.name)) {
        issues.push({ path: `${base}.inputs[${j}].name`, message: `Input "${value.name}" does not exist (inputs: ${list([...inputs])}).` });
      }
    });
    test.checks.forEach((check, j) => {
      const kinds = wantedKinds(check);
      if (!kinds) return;
      const fits = spec.steps.filter((s) => isModelStep(s) && kinds.includes(s.kind));
      const path = `${base}.checks[${j}]`;
      if (!('step' in check) || check.step === null) {
        if (fits.length === 0)
          issues.push({ path, message: `Check "${check.kind}" needs a step of kind ${kinds.join(' or ')}; this app has none.` });
        return;
      }
      const step = fits.find((s) => s.id === check.step);
      if (!step) {
        issues.push({
          path: `${path}.step`,
          message: `Check "${check.kind}" names step "${check.step}", which is not a step of kind ${kinds.join(' or ')} (those: ${list(fits.map((s) => s.id))}).`,
        });
      } else if (check.kind === 'field-equals' && step.kind === 'extract' && !step.fields.some((f) => f.name === check.field)) {
        issues.push({
          path: `${path}.field`,
          message: `Step "${step.id}" extracts no field "${check.field}" (fields: ${list(step.fields.map((f) => f.name))}).`,
        });
      }
    });
  });
}
