/**
 * Read-only resources: the model directory, the templates and each app's current spec, all as
 * JSON. Apps are shown as get_app shows them: the caller's workspace, private ones to editors up.
 */
import { ResourceTemplate, type McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { ErrorCode, type ReadResourceResult } from '@modelcontextprotocol/sdk/types.js';
import { canSeeApp } from '../access/can-see-app';
import { findModel, listModels } from '../catalog';
import { findTemplate, listTemplates } from '../templates/catalogue';
import type { ToolContext } from '../tools/tool';

const JSON_TYPE = 'application/json';

function json(uri: URL, value: unknown): ReadResourceResult {
  return { contents: [{ uri: uri.href, mimeType: JSON_TYPE, text: JSON.stringify(value, null, 2) }] };
}

/**
 * Thrown for an unknown id; the SDK answers with a JSON-RPC error carrying this sentence and
 * `code` (invalid params, as the SDK itself answers for a URI no resource matches).
 */
export class ResourceNotFoundError extends Error {
  readonly code = ErrorCode.InvalidParams;
  constructor(what: string, listUri: string) {
    super(`There is no ${what}. List what exists with resources/list or read ${listUri}.`);
    this.name = new.target.name;
  }
}

function variable(value: string | string[] | undefined): string {
  return decodeURIComponent(Array.isArray(value) ? (value[0] ?? '') : (value ?? ''));
}

export function registerResources(server: McpServer, context: () => ToolContext): void {
  server.registerResource(
    'model-catalog',
    'models://catalog',
    {
      title: 'Model directory',
      description: 'Every model Toolwright knows: prices, context window, capabilities, status, sources.',
      mimeType: JSON_TYPE,
    },
    (uri) => json(uri, listModels()),
  );

  server.registerResource(
    'model',
    new ResourceTemplate('models://{id}', {
      list: () => ({
        resources: listModels().map((m) => ({ uri: `models://${m.id}`, name: m.displayName, mimeType: JSON_TYPE })),
      }),
    }),
    { title: 'One model', description: 'The facts of one model by id or alias.', mimeType: JSON_TYPE },
    (uri, { id }) => {
      const model = findModel(variable(id));
      if (!model) throw new ResourceNotFoundError(`model "${variable(id)}"`, 'models://catalog');
      return json(uri, model);
    },
  );

  server.registerResource(
    'template',
    new ResourceTemplate('templates://{id}', {
      list: () => ({
        resources: listTemplates().map((t) => ({ uri: `templates://${t.id}`, name: t.title, description: t.summary, mimeType: JSON_TYPE })),
      }),
    }),
    { title: 'App template', description: 'A ready app spec to start from.', mimeType: JSON_TYPE },
    (uri, { id }) => {
      const template = findTemplate(variable(id));
      if (!template) throw new ResourceNotFoundError(`template "${variable(id)}"`, 'resources/list');
      return json(uri, template);
    },
  );

  server.registerResource(
    'app',
    new ResourceTemplate('apps://{slug}', {
      list: async () => {
        const ctx = context();
        const apps = (await ctx.store.listApps(ctx.actor.workspaceId)).filter((a) => canSeeApp(ctx.actor, a));
        return {
          resources: apps.map((a) => ({
            uri: `apps://${a.slug}`,
            name: a.spec.name,
            description: `version ${a.version}`,
            mimeType: JSON_TYPE,
          })),
        };
      },
    }),
    { title: 'App spec', description: "An app's current spec and version.", mimeType: JSON_TYPE },
    async (uri, { slug }) => {
      const ctx = context();
      const app = await ctx.store.getApp(variable(slug));
      if (!app || !canSeeApp(ctx.actor, app)) throw new ResourceNotFoundError(`app "${variable(slug)}"`, 'resources/list');
      return json(uri, { slug: app.slug, version: app.version, updatedAt: app.updatedAt, spec: app.spec });
    },
  );
}
