/**
 * Runs an app from the chat. Without the bound model's key the runtime makes it a dry run
 * (the exact request, token counts and cost); with no inputs given, typical values per field
 * type stand in, and the summary says so.
 */
import { z } from 'zod';
import { formatUsd } from '../catalog';
import type { Field } from '../spec/app-spec';
import type { RunReport } from './app-services';
import { loadApp } from './load-app';
import { NamedValueInputSchema, SlugInput } from './spec-inputs';
import type { Tool } from './tool';
import { ToolError } from './tool-error';

export const ExecuteAppInputSchema = z.object({
  slug: SlugInput,
  inputs: z
    .array(NamedValueInputSchema)
    .max(50)
    .nullable()
    .describe('Input values (name = input field); null = example values for each field.'),
});
export type ExecuteAppInput = z.infer<typeof ExecuteAppInputSchema>;

/** Example values by field type, as a form sends them; uploads (image, file, document) have none and are left out. */
const EXAMPLE: Partial<Record<Field['type'], (field: Field) => string | undefined>> = {
  text: (f) => `Example ${f.label.toLowerCase()}`,
  longText: (f) => `An example ${f.label.toLowerCase()}, a few sentences long, as a person would paste it.`,
  number: () => '1',
  boolean: () => 'true',
  date: () => '2026-01-15',
  select: (f) => f.options?.[0],
  email: () => 'alex@example.com',
  url: () => 'https://www.example.com/',
};

function exampleInputs(fields: readonly Field[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of fields) {
    const value = EXAMPLE[field.type]?.(field);
    if (value !== undefined) values[field.name] = value;
  }
  return values;
}

function describeRun(slug: string, run: RunReport, examples: boolean): string {
  const using = examples ? ' with example inputs' : '';
  if (run.status === 'error') return `Ran ${slug}${using}; it failed: ${run.error ?? 'unknown error'}`;
  if (run.status === 'waiting')
    return `Ran ${slug}${using}; it waits for approval (run ${run.runId}): decide on /apps/${slug}?run=${run.runId}, by the link sent to the approvers, or tell me "approve the pending run" or "reject the pending run".`;
  const cost = `${run.status === 'dry-run' ? 'would cost' : 'cost'} ${formatUsd(run.costUsd)}`;
  const why = run.steps.find((s) => s.status === 'dry-run' && s.note)?.note;
  const head = run.status === 'dry-run' ? `Dry run of ${slug}${using}` : `Ran ${slug}${using}`;
  return `${head}: ${run.steps.length} step${run.steps.length === 1 ? '' : 's'}, ${cost} (run ${run.runId}, on its page /apps/${slug}).${why ? ` ${why}` : ''}`;
}

export const executeAppTool: Tool<typeof ExecuteAppInputSchema, RunReport & { slug: string; exampleInputs: boolean }> = {
  name: 'execute_app',
  description:
    "Runs an app once and reports each step's status and the cost. Without the model's API key it is a dry run showing the exact request and cost. Give the inputs, or null to use example values.",
  input: ExecuteAppInputSchema,
  minRole: 'runner',
  writeHints: { destructiveHint: false, idempotentHint: false },
  async run(ctx, input) {
    const app = await loadApp(ctx, input.slug);
    if (!ctx.services)
      throw new ToolError(
        'refused',
        `Apps are run by the Toolwright server; open /apps/${app.slug} or use POST /api/apps/${app.slug}/runs.`,
      );
    const examples = input.inputs === null;
    const inputs = examples ? exampleInputs(app.spec.inputs) : Object.fromEntries(input.inputs!.map((v) => [v.name, v.value]));
    const run = await ctx.services.runApp(app, inputs, ctx.actor);
    return { summary: describeRun(app.slug, run, examples), data: { slug: app.slug, exampleInputs: examples, ...run } };
  },
};
