/**
 * The apps behind the `run_<slug>` tools: those the caller may run (their workspace, runner
 * role or higher, private apps for editors up — as the REST door decides), each described
 * from its spec, and a call that runs the app as an API run. Without model keys the runtime
 * makes it a dry run. An app the caller may not run is answered as not existing.
 */
import type { CallToolResult, ToolAnnotations } from '@modelcontextprotocol/sdk/types.js';
import { APP_TOOL_PREFIX, appToolName, type AppToolSource } from '../../agent/mcp/app-tools';
import { appFormSchema } from '../../agent/mcp/app-form-schema';
import type { ListedTool } from '../../agent/mcp/tool-listing';
import { AppSpecSchema } from '../../agent/spec/app-spec';
import type { Actor } from '../../agent/access/actor';
import { canSeeApp } from '../../agent/access/can-see-app';
import { atLeast } from '../../agent/access/roles';
import type { FileStore } from '../files/file-store';
import { RecordValidationError } from '../runtime/field-values';
import type { Runtime } from '../runtime/run-app';
import type { StoredApp } from '../store/records';
import type { Store } from '../store/store';
import { appUiHtml, appUiMeta } from './app-ui';
import { toRunResult } from './run-result';

export interface AppToolDeps {
  store: Store;
  runtime: Runtime;
  files: Pick<FileStore, 'readImage'>;
}

// A run stores a record of itself and may call webhooks or send messages; it never changes the app.
const RUN_ANNOTATIONS: ToolAnnotations = { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true };

const mayRun = (actor: Actor, app: StoredApp) => atLeast(actor.role, 'runner') && canSeeApp(actor, app);

function describeApp(app: StoredApp): string {
  const { spec } = app;
  const steps = spec.steps.map((s) => s.title ?? s.id).join(', ');
  return [
    `Runs the Toolwright app "${spec.name}"${spec.description ? `: ${spec.description}` : '.'}`,
    steps ? `Steps: ${steps}.` : '',
    'Without model keys on the server it is a dry run: it shows what would be sent and what it would cost.',
  ]
    .filter((line) => line)
    .join(' ');
}

function refusal(text: string): CallToolResult {
  return { isError: true, content: [{ type: 'text', text }] };
}

export function createAppToolSource(deps: AppToolDeps): AppToolSource {
  const toTool = (app: StoredApp): ListedTool => ({
    name: appToolName(app.slug),
    title: app.spec.name,
    description: describeApp(app),
    inputSchema: appFormSchema(AppSpecSchema.parse(app.spec).inputs) as ListedTool['inputSchema'],
    annotations: RUN_ANNOTATIONS,
    // Hosts that render MCP Apps show the form and result; others use the text result.
    _meta: appUiMeta(app.slug),
  });

  return {
    async list({ actor }) {
      const apps = await deps.store.listApps(actor.workspaceId);
      return apps.filter((app) => mayRun(actor, app)).map(toTool);
    },

    async page(slug, { actor }) {
      const app = await deps.store.getApp(slug);
      return app && mayRun(actor, app) ? appUiHtml(app, AppSpecSchema.parse(app.spec).inputs) : null;
    },

    async call(name, args, { actor, signal }) {
      const slug = name.slice(APP_TOOL_PREFIX.length);
      const app = await deps.store.getApp(slug);
      if (!app || !canSeeApp(actor, app)) return refusal(`There is no app "${slug}". The tools named run_<slug> are the apps you may run.`);
      if (!mayRun(actor, app))
        return refusal(
          `Running "${app.spec.name}" needs the runner role or higher; you are ${actor.role}. Ask a workspace owner for access.`,
        );
      try {
        const run = await deps.runtime.run({
          app,
          inputs: args,
          trigger: { kind: 'api', detail: 'mcp' },
          actor,
          ...(signal ? { signal } : {}),
        });
        return await toRunResult(run, deps.files);
      } catch (error) {
        if (error instanceof RecordValidationError) return refusal(`${error.message} Call the tool again with corrected arguments.`);
        throw error;
      }
    },
  };
}
