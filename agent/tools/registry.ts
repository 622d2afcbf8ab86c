/**
 * The tool registry: every builder tool, its JSON Schema generated once, and `run`, the one
 * door through which the agent loop, MCP, HTTP and the CLI call a tool — it validates the
 * input with the tool's zod schema, checks the caller's role, and turns the domain's
 * refusals into ToolErrors (HTTP maps their kind to 4xx; the loop hands them to the model).
 */
import { CompareInputError, CostInputError, NoModelMatchesError, RequirementsInputError, UnknownModelError } from '../catalog';
import { ModelBindingError } from '../spec/capabilities';
import { TemplateError } from '../spec/templates';
import { SpecValidationError } from '../spec/validate-spec';
import { StoreError } from '../../server/store/store-error';
import { formatPath } from '../spec/spec-validation-error';
import { addTriggerTool } from './add-trigger';
import { askUserTool } from './ask-user';
import { bindModelTool } from './bind-model';
import { compareModelsTool } from './compare-models';
import { createAppTool } from './create-app';
import { estimateAppCostTool } from './estimate-app-cost';
import { getAppTool } from './get-app';
import { getTemplateTool } from './get-template';
import { listAppsTool } from './list-apps';
import { listTemplatesTool } from './list-templates';
import { recommendModelTool } from './recommend-model';
import { removeTriggerTool } from './remove-trigger';
import { restoreAppVersionTool } from './restore-app-version';
import { setAccessTool } from './set-access';
import type { Actor, Tool, ToolContext, ToolResult } from './tool';
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
  addTriggerTool,
  removeTriggerTool,
  setAccessTool,
  getAppTool,
  listAppsTool,
  restoreAppVersionTool,
  compareModelsTool,
  recommendModelTool,
  estimateAppCostTool,
  askUserTool,
];

export interface ToolRegistry {
  all(): readonly Tool[];
  get(name: string): Tool | undefined;
  /** JSON Schemas for providers, generated once. */
  specs(): ToolSpec[];
  run(name: string, rawInput: unknown, ctx: ToolContext): Promise<ToolResult>;
}

const ROLE_RANK: Record<Actor['role'], number> = { viewer: 0, runner: 1, editor: 2, owner: 3 };

/** Domain refusals → ToolError with the same sentence; anything else (infrastructure) passes through. */
function asToolError(error: unknown): unknown {
  if (error instanceof ToolError) return error;
  const refusal = (kind: ToolError['kind']) => new ToolError(kind, (error as Error).message, { cause: error });
  if (error instanceof SpecValidationError || error instanceof CostInputError || error instanceof RequirementsInputError || error instanceof CompareInputError) {
    return refusal('invalid-input');
  }
  if (error instanceof ModelBindingError || error instanceof NoModelMatchesError) return refusal('refused');
  if (error instanceof UnknownModelError || error instanceof TemplateError) return refusal('not-found');
  if (error instanceof StoreError && (error.kind === 'not-found' || error.kind === 'conflict')) return refusal(error.kind);
  return error;
}

/** Strict inputs list every field; say so when one is left out instead of "received undefined". */
function missingField(issue: { code?: string; input?: unknown }): string | undefined {
  return issue.code === 'invalid_type' && issue.input === undefined ? 'missing; send this field (null where its description allows)' : undefined;
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
      if (ROLE_RANK[ctx.actor.role] < ROLE_RANK[tool.minRole]) {
        throw new ToolError('forbidden', `${name} needs the ${tool.minRole} role or higher; you are ${ctx.actor.role}. Ask a workspace owner for access.`);
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
