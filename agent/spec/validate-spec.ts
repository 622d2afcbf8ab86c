/**
 * `parseAppSpec`: the one door from JSON to an `AppSpec` — the zod schema plus the checks
 * a schema cannot express (unique names, references that resolve, collections that exist,
 * runnable schedules). Model bindings are checked separately against the catalog
 * (capabilities.ts), because that needs the model directory.
 */
import { AppSpecSchema, STEP_OUTPUTS, type AppSpec, type Field, type Step } from './app-spec';
import { findReferences } from './references';
import { cronProblem, timeZoneProblem } from './schedule-rule';
import { stepTexts } from './step-texts';
import { checkTestCases } from './test-case-rules';
import { SpecValidationError, formatPath, type SpecIssue } from './spec-validation-error';

export { SpecValidationError, type SpecIssue } from './spec-validation-error';

/** Parses and checks `json`; throws `SpecValidationError` listing every problem. */
export function parseAppSpec(json: unknown): AppSpec {
  const parsed = AppSpecSchema.safeParse(json);
  if (!parsed.success) {
    throw new SpecValidationError(parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: sentence(i.message) })));
  }
  const issues = checkAppSpec(parsed.data);
  if (issues.length > 0) throw new SpecValidationError(issues);
  return parsed.data;
}

function sentence(message: string): string {
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function list(names: readonly string[]): string {
  return names.length === 0 ? 'none' : names.join(', ');
}

function checkUnique(names: readonly string[], path: (i: number) => string, what: string, issues: SpecIssue[]): void {
  const seen = new Set<string>();
  names.forEach((name, i) => {
    if (seen.has(name)) issues.push({ path: path(i), message: `${what} "${name}" is used twice; give each a unique name.` });
    seen.add(name);
  });
}

function checkFields(fields: readonly Field[], base: string, what: string, issues: SpecIssue[]): void {
  checkUnique(
    fields.map((f) => f.name),
    (i) => `${base}[${i}].name`,
    what,
    issues,
  );
  fields.forEach((f, i) => {
    if (f.type === 'select' && !f.options?.length) {
      issues.push({ path: `${base}[${i}].options`, message: `Select field "${f.name}" needs a list of options.` });
    }
    if (f.type !== 'select' && f.options !== undefined) {
      issues.push({ path: `${base}[${i}].options`, message: `Only select fields take options; "${f.name}" is ${f.type}.` });
    }
  });
}

/** What `{{steps.<id>.<output>}}` may name for this step. */
export function stepOutputs(step: Step): readonly string[] {
  return step.kind === 'extract' ? [...STEP_OUTPUTS.extract, ...step.fields.map((f) => f.name)] : STEP_OUTPUTS[step.kind];
}

function checkReferences(
  text: string,
  path: string,
  inputs: ReadonlySet<string>,
  earlier: ReadonlyMap<string, Step>,
  laterIds: ReadonlySet<string>,
  issues: SpecIssue[],
): void {
  for (const ref of findReferences(text)) {
    if (ref.kind === 'input' && !inputs.has(ref.name)) {
      issues.push({ path, message: `${ref.raw} refers to input "${ref.name}", which does not exist (inputs: ${list([...inputs])}).` });
    } else if (ref.kind === 'step') {
      const step = earlier.get(ref.stepId);
      if (!step) {
        const why = laterIds.has(ref.stepId) ? 'which does not run before this point' : 'which does not exist';
        issues.push({ path, message: `${ref.raw} refers to step "${ref.stepId}", ${why} (earlier steps: ${list([...earlier.keys()])}).` });
      } else if (ref.output === null || !stepOutputs(step).includes(ref.output)) {
        const outputs = stepOutputs(step);
        issues.push({
          path,
          message: `${ref.raw} must name an output of step "${step.id}" (${step.kind}): ${outputs.map((o) => `{{steps.${step.id}.${o}}}`).join(', ')}.`,
        });
      }
    } else if (ref.kind === 'schedule') {
      issues.push({ path, message: `${ref.raw} is only available in a schedule trigger's inputs; use an input field instead.` });
    } else if (ref.kind === 'unknown') {
      issues.push({ path, message: `${ref.raw} is not a reference; write {{inputs.<field>}} or {{steps.<id>.<output>}}.` });
    }
  }
}

function checkSteps(spec: AppSpec, issues: SpecIssue[]): void {
  checkUnique(
    spec.steps.map((s) => s.id),
    (i) => `steps[${i}].id`,
    'Step id',
    issues,
  );
  const inputs = new Set(spec.inputs.map((f) => f.name));
  const earlier = new Map<string, Step>();
  spec.steps.forEach((step, i) => {
    const base = `steps[${i}]`;
    const later = new Set(spec.steps.slice(i).map((s) => s.id));
    for (const { path, text } of stepTexts(step)) checkReferences(text, `${base}.${path}`, inputs, earlier, later, issues);
    if (step.kind === 'extract') {
      checkFields(step.fields, `${base}.fields`, 'Extracted field', issues);
      step.fields.forEach((f, j) => {
        if (f.name === 'json')
          issues.push({
            path: `${base}.fields[${j}].name`,
            message: 'An extracted field cannot be named "json"; that name holds the whole result.',
          });
      });
    }
    if (step.kind === 'edit-image') {
      const input = spec.inputs.find((f) => f.name === step.imageInput);
      if (input?.type !== 'image') {
        const images = spec.inputs.filter((f) => f.type === 'image').map((f) => f.name);
        issues.push({
          path: `${base}.imageInput`,
          message: `Edit-image step "${step.id}" needs "${step.imageInput}" to be an input field of type image (image inputs: ${list(images)}).`,
        });
      }
    }
    if (step.kind === 'save-record') checkSaveRecord(spec, step, base, issues);
    if (step.kind === 'approval' && !earlier.has(step.gates)) {
      issues.push({
        path: `${base}.gates`,
        message: `Approval step "${step.id}" must gate a step that runs before it (earlier steps: ${list([...earlier.keys()])}).`,
      });
    }
    if (!earlier.has(step.id)) earlier.set(step.id, step);
  });
}

function checkSaveRecord(spec: AppSpec, step: Extract<Step, { kind: 'save-record' }>, base: string, issues: SpecIssue[]): void {
  const collection = spec.collections.find((c) => c.name === step.collection);
  if (!collection) {
    issues.push({
      path: `${base}.collection`,
      message: `Collection "${step.collection}" does not exist (collections: ${list(spec.collections.map((c) => c.name))}).`,
    });
    return;
  }
  const columns = collection.fields.map((f) => f.name);
  checkUnique(
    step.values.map((v) => v.name),
    (i) => `${base}.values[${i}].name`,
    'Value',
    issues,
  );
  step.values.forEach((v, i) => {
    if (!columns.includes(v.name)) {
      issues.push({
        path: `${base}.values[${i}].name`,
        message: `Collection "${collection.name}" has no field "${v.name}" (fields: ${list(columns)}).`,
      });
    }
  });
}

function checkTriggers(spec: AppSpec, issues: SpecIssue[]): void {
  const seen = new Set<string>();
  const inputs = new Set(spec.inputs.map((f) => f.name));
  spec.triggers.forEach((trigger, i) => {
    const base = `triggers[${i}]`;
    const key = JSON.stringify(trigger);
    if (seen.has(key)) issues.push({ path: base, message: `This ${trigger.kind} trigger is listed twice; remove one.` });
    seen.add(key);
    if (trigger.kind === 'record-created' && !spec.collections.some((c) => c.name === trigger.collection)) {
      issues.push({
        path: `${base}.collection`,
        message: `Collection "${trigger.collection}" does not exist (collections: ${list(spec.collections.map((c) => c.name))}).`,
      });
    }
    if (trigger.kind !== 'schedule') return;
    const cron = cronProblem(trigger.cron);
    if (cron) issues.push({ path: `${base}.cron`, message: cron });
    const zone = timeZoneProblem(trigger.timezone);
    if (zone) issues.push({ path: `${base}.timezone`, message: zone });
    trigger.inputs.forEach((value, j) => {
      const path = `${base}.inputs[${j}]`;
      if (!inputs.has(value.name)) {
        issues.push({ path: `${path}.name`, message: `Input "${value.name}" does not exist (inputs: ${list([...inputs])}).` });
      }
      for (const ref of findReferences(value.value)) {
        if (ref.kind !== 'schedule') {
          issues.push({
            path: `${path}.value`,
            message: `${ref.raw} cannot be used in a schedule's inputs; use {{schedule.since}} or {{schedule.records.<collection>}}.`,
          });
        } else if (ref.collection !== null && !spec.collections.some((c) => c.name === ref.collection)) {
          issues.push({
            path: `${path}.value`,
            message: `${ref.raw} names collection "${ref.collection}", which does not exist (collections: ${list(spec.collections.map((c) => c.name))}).`,
          });
        }
      }
    });
  });
}

/** The checks beyond the schema, on an already-parsed spec; empty when it holds together. */
export function checkAppSpec(spec: AppSpec): SpecIssue[] {
  const issues: SpecIssue[] = [];
  checkFields(spec.inputs, 'inputs', 'Input field', issues);
  checkUnique(
    spec.collections.map((c) => c.name),
    (i) => `collections[${i}].name`,
    'Collection',
    issues,
  );
  for (const [i, c] of spec.collections.entries()) checkFields(c.fields, `collections[${i}].fields`, 'Field', issues);
  checkSteps(spec, issues);
  checkTriggers(spec, issues);
  checkTestCases(spec, issues);
  return issues;
}
