/**
 * Saves inputs as a test case of an app, with optional checks: given inputs, or a run's
 * (the latest run when none is named). The test set lives in the spec, so this is a new
 * version like any change, and restoring a version restores its tests.
 */
import { z } from 'zod';
import type { StoredApp } from '../ports/apps';
import { MAX_TEST_CASES, nextTestId, TestCheckSchema, type TestCase } from '../spec/test-cases';
import { commitSpec, type AppChangeData } from './commit-spec';
import { loadApp } from './load-app';
import { NamedValueInputSchema, SlugInput } from './spec-inputs';
import type { Tool, ToolContext } from './tool';
import { ToolError } from './tool-error';

export const SaveTestCaseInputSchema = z.object({
  slug: SlugInput,
  name: z.string().min(1).max(120).nullable().describe('A name for the case; null = named after the run or its number.'),
  inputs: z
    .array(NamedValueInputSchema)
    .max(50)
    .nullable()
    .describe("The case's input values (name = input field); null = the inputs of `run`."),
  run: z.string().min(1).max(64).nullable().describe('Id of the run whose inputs to save when `inputs` is null; null = the latest run.'),
  checks: z.array(TestCheckSchema).max(20).nullable().describe('What a run of this case must show; null = none (compare by eye).'),
});
export type SaveTestCaseInput = z.infer<typeof SaveTestCaseInputSchema>;

async function caseInputs(ctx: ToolContext, input: SaveTestCaseInput, app: StoredApp) {
  const { slug } = app;
  if (input.inputs !== null) return { inputs: input.inputs, fromRun: null };
  if (!ctx.services) {
    throw new ToolError('refused', `Runs are kept by the Toolwright server; give the inputs, or use POST /api/apps/${slug}/tests.`);
  }
  const run = await ctx.services.runInputs(app, input.run);
  if (!run) {
    throw new ToolError(
      'not-found',
      input.run === null
        ? `${slug} has not run yet; run it once (or give the inputs) and save that as a test.`
        : `${slug} has no run "${input.run}"; its run history is on /apps/${slug}.`,
    );
  }
  return { inputs: Object.entries(run.inputs).map(([name, value]) => ({ name, value })), fromRun: run.runId };
}

export const saveTestCaseTool: Tool<typeof SaveTestCaseInputSchema, AppChangeData & { testId: string }> = {
  name: 'save_test_case',
  description:
    "Saves inputs as a test case of an app, with optional checks (contains, does not contain, matches a pattern, a field equals, the label is one of, cost per run at most, latency at most): the given inputs, or a run's (null = the latest run). Trials (try_models) run the whole test set on several models.",
  input: SaveTestCaseInputSchema,
  minRole: 'editor',
  writeHints: { destructiveHint: false, idempotentHint: false },
  async run(ctx, input) {
    const app = await loadApp(ctx, input.slug);
    const tests = app.spec.tests ?? [];
    if (tests.length >= MAX_TEST_CASES) {
      throw new ToolError('refused', `${app.slug} already has ${MAX_TEST_CASES} test cases, the most it keeps; remove one first.`);
    }
    const { inputs, fromRun } = await caseInputs(ctx, input, app);
    const id = nextTestId(tests);
    const name = input.name ?? (fromRun ? `Run ${fromRun.slice(0, 8)}` : `Case ${id.slice(1)}`);
    const test: TestCase = { id, name, inputs, checks: input.checks ?? [], fromRun };
    const checks = test.checks.length === 0 ? 'no checks' : `${test.checks.length} check${test.checks.length === 1 ? '' : 's'}`;
    const result = await commitSpec(
      ctx,
      app,
      { ...app.spec, tests: [...tests, test] },
      {
        action: 'save_test_case',
        note: `save_test_case: ${id} (${name})`,
        summary: `Saved test case ${id} "${name}" on ${app.slug} with ${checks}; it has ${tests.length + 1} test case${tests.length === 0 ? '' : 's'}. Try them on other models with try_models.`,
      },
    );
    return { ...result, data: { ...result.data, testId: id } };
  },
};
