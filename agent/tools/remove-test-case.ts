/** Removes one test case from an app's test set (a new version; the case stays in earlier ones). */
import { z } from 'zod';
import { IdentifierSchema } from '../spec/app-spec';
import { commitSpec, type AppChangeData } from './commit-spec';
import { loadApp } from './load-app';
import { SlugInput } from './spec-inputs';
import type { Tool } from './tool';
import { ToolError } from './tool-error';

export const RemoveTestCaseInputSchema = z.object({
  slug: SlugInput,
  id: IdentifierSchema.describe('The test case id, e.g. "t2" (get_app lists them under spec.tests).'),
});
export type RemoveTestCaseInput = z.infer<typeof RemoveTestCaseInputSchema>;

export const removeTestCaseTool: Tool<typeof RemoveTestCaseInputSchema, AppChangeData> = {
  name: 'remove_test_case',
  description: "Removes one test case from an app's test set; earlier versions keep it (restore_app_version brings it back).",
  input: RemoveTestCaseInputSchema,
  minRole: 'editor',
  writeHints: { destructiveHint: true, idempotentHint: true },
  async run(ctx, input) {
    const app = await loadApp(ctx, input.slug);
    const tests = app.spec.tests ?? [];
    if (!tests.some((t) => t.id === input.id)) {
      const ids = tests.map((t) => t.id).join(', ') || 'none';
      throw new ToolError('not-found', `${app.slug} has no test case "${input.id}" (test cases: ${ids}).`);
    }
    return commitSpec(
      ctx,
      app,
      { ...app.spec, tests: tests.filter((t) => t.id !== input.id) },
      {
        action: 'remove_test_case',
        note: `remove_test_case: ${input.id}`,
        summary: `Removed test case ${input.id} from ${app.slug}; ${tests.length - 1} left.`,
      },
    );
  },
};
