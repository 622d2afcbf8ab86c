/**
 * The tool registry: every builder tool, its JSON Schema generated once, and `run`, the one
 * door through which the agent loop, MCP, HTTP and the CLI call a tool — it validates the
 * input with the tool's zod schema, checks the caller's role, and turns the domain's
 * refusals into ToolErrors by the one outcome table, agent/errors/outcomes.ts (HTTP maps their
 * kind to 4xx; the loop hands them to the model).
 */
import { errorOutcome } from '../errors/outcomes';
import { formatPath } from '../spec/spec-validation-error';
import { addTriggerTool } from './add-trigger';
import { askUserTool } from './ask-user';
import { bindModelTool } from './bind-model';
import { compareModelsTool } from './compare-models';
import { createAppTool } from './create-app';
import { decideApprovalTool } from './decide-approval';
import { deleteAppTool } from './delete-app';
import { listApprovalsTool } from './list-approvals';
import { estimateAppCostTool } from './estimate-app-cost';
import { getAppTool } from './get-app';
import { getSpendTool } from './get-spend';
import { getTemplateTool } from './get-template';
import { listAppsTool } from './list-apps';
import { listTemplatesTool } from './list-templates';
import { modelStatusTool } from './model-status';
import { moveToSuccessorTool } from './move-to-successor';
import { recommendModelTool } from './recommend-model';
import { removeTriggerTool } from './remove-trigger';
import { restoreAppVersionTool } from './restore-app-version';
import { executeAppTool } from './execute-app';
import { removeTestCaseTool } from './remove-test-case';
import { tryModelsTool } from './try-models';
import { saveTestCaseTool } from './save-test-case';
import { setAccessTool } from './set-access';
import { shareAppLinkTool } from './share-app-link';
import type { Tool, ToolContext, ToolResult } from './tool';
import { atLeast } from '../access/roles';
import { ToolError, ToolInputError } from './tool-error';
import { toToolSpec, type ToolSpec } from './tool-spec';
import { updateAppTool } from './update-app';

export { ToolError, ToolInputError } from './tool-error';

/** Every tool, in the order a model reads them: templates, building, inspecting, models. */
export const TOOLS: readonly Tool[] = [
  listTemplatesTool,
  getTemplateTool,
  createAppTool,
  updateAppTool,
  bindModelTool,
  moveToSuccessorTool,
  addTriggerTool,
  removeTriggerTool,
  setAccessTool,
  shareAppLinkTool,
  getAppTool,
  listAppsTool,
  getSpendTool,
  restoreAppVersionTool,
  deleteAppTool,
  executeAppTool,
  listApprovalsTool,
  decideApprovalTool,
  saveTestCaseTool,
  removeTestCaseTool,
  tryModelsTool,
  compareModelsTool,
  recommendModelTool,
  estimateAppCostTool,
  modelStatusTool,
  askUserTool,
];

export interface ToolRegistry {
  all(): readonly Tool[];
  get(name: string): Tool | undefined;
  /** JSON Schemas for providers, generated once. */
  specs(): ToolSpec[];
  run(name: string, rawInput: unknown, ctx: ToolContext): Promise<ToolResult>;
}

/** Domain refusals → ToolError with the same sentence; anything else (infrastructure) passes through. */
function asToolError(error: unknown): unknown {
  if (error instanceof ToolError) return error;
  const kind = errorOutcome(error)?.tool;
  return kind ? new ToolError(kind, (error as Error).message, { cause: error }) : error;
}

/** Strict inputs list every field; say so when one is left out instead of "received undefined". */
function missingField(issue: { code?: string; input?: unknown }): string | undefined {
  // An enum left out is an invalid_value issue, not invalid_type: missing all the same.
  const absent = (issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined;
  return absent ? 'missing; send this field (null where its description allows)' : undefined;
}

export function createToolRegistry(tools: readonly Tool[] = TOOLS): ToolRegistry {
  const byName = new Map(tools.map((t) => [t.name, t]));
  let specs: ToolSpec[] | null = null;
  return {
    all: () => tools,
    get: (name) => byName.get(name),
    specs: () => (specs ??= tools.map(toToolSpec)),
    async run(name, rawInput, ctx) {
      const tool = byName.get(name);
      if (!tool) throw new ToolError('not-found', `There is no tool "${name}". Tools: ${[...byName.keys()].join(', ')}.`);
      if (!atLeast(ctx.actor.role, tool.minRole)) {
        throw new ToolError(
          'forbidden',
          `${name} needs the ${tool.minRole} role or higher; you are ${ctx.actor.role}. Ask a workspace owner for access.`,
        );
      }
      const parsed = tool.input.safeParse(rawInput, { error: missingField });
      if (!parsed.success) {
        throw new ToolInputError(
          name,
          parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
          { cause: parsed.error },
        );
      }
      try {
        return await tool.run(ctx, parsed.data);
      } catch (error) {
        throw asToolError(error);
      }
    },
  };
}
