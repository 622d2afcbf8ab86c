/**
 * Acceptance (issue 8): a role × route matrix. Every API route express serves must be listed in
 * ROUTE_POLICIES with its least role (walked from the router stack, so a new unlisted route
 * fails here), and every listed route, called as anonymous, viewer, runner, editor, owner and
 * another workspace's owner, on a workspace app and a private app, gets exactly the answer the
 * policy allows: 401, 403, 404 (apps the caller may not see), or through the gate. Then every
 * MCP tool, called with each role's API token, is refused exactly below its minRole.
 */
import { randomUUID } from 'node:crypto';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyUsage } from '../../agent/providers/usage';
import { AppSpecSchema, type AppSpec } from '../../agent/spec/app-spec';
import { createToolRegistry } from '../../agent/tools/registry';
import { digestToken } from '../../server/auth/api-tokens';
import { atLeast } from '../../agent/access/roles';
import { ROUTE_POLICIES, type RoutePolicy } from '../../server/auth/route-policy';
import type { Role } from '../../agent/access/roles';
import { startAuthHarness, type AuthHarness, type Caller } from '../fixtures/auth-harness';
import { servedRoutes } from '../fixtures/auth-route-walk';

type Level = 'workspace' | 'private';
type Session = Caller & { kind: 'session' };
interface Who {
  name: string;
  caller: Caller;
  /** null for anonymous */
  role: Role | null;
  outsider: boolean;
}
interface Sample {
  path: string;
  body?: unknown;
  as?: Caller;
}
type SampleFn = (ctx: { caller: Caller; app: string }) => Promise<Sample>;

let h: AuthHarness;
let counter = 0;
const next = () => (counter += 1);

function spec(slug: string, level: AppSpec['access']['level'], triggers: unknown[] = [{ kind: 'manual' }]): AppSpec {
  return AppSpecSchema.parse({
    specVersion: 1,
    name: `App ${slug}`,
    slug,
    model: { model: 'gpt-5-mini' },
    inputs: [{ name: 'topic', label: 'Topic', type: 'text' }],
    steps: [{ id: 'draft', title: 'Draft', kind: 'generate-text', prompt: 'About {{inputs.topic}}' }],
    collections: [{ name: 'leads', label: 'Leads', fields: [{ name: 'company', label: 'Company', type: 'text' }] }],
    triggers,
    access: { level },
  });
}

const wsOf = (c: Caller) => (c.kind === 'anonymous' ? 'default' : c.workspaceId);
const userOf = (c: Caller) => (c.kind === 'anonymous' ? 'nobody' : c.userId);

async function throwawayApp(level: Level, triggers?: unknown[]): Promise<string> {
  const slug = `tmp-${level}-${next()}`;
  await h.store.createApp({ workspaceId: 'default', spec: spec(slug, level, triggers), createdBy: null });
  return slug;
}
async function record(slug: string): Promise<string> {
  const app = (await h.store.getApp(slug))!;
  return (await h.store.insertRecord({ appId: app.id, collection: 'leads', values: { company: 'Acme' }, createdBy: null })).id;
}
/** A stored trial of the app (one lane on the app's own model), as try_models would leave it. */
async function trial(slug: string): Promise<string> {
  const app = (await h.store.getApp(slug))!;
  const id = randomUUID();
  const lane = {
    binding: { model: 'gpt-5-mini', options: {} },
    cases: [],
    costPerRunUsd: 0,
    costPerMonthUsd: 0,
    latencyMs: 0,
    inputTokens: 0,
    outputTokens: 0,
    passed: 0,
    failed: 0,
    notJudged: 0,
    status: 'dry-run' as const,
  };
  await h.store.trials.saveTrial({
    id,
    workspaceId: app.workspaceId,
    appId: app.id,
    appSlug: slug,
    appVersion: app.version,
    step: null,
    source: 'input',
    runsPerMonth: 1000,
    volume: 'assumed',
    lanes: [lane],
    createdBy: null,
    createdAt: new Date().toISOString(),
  });
  return id;
}

async function knowledgeDocument(slug: string): Promise<string> {
  const app = (await h.store.getApp(slug))!;
  const id = `doc-${randomUUID()}`;
  const passage = { index: 0, page: 1, text: 'Vacation days.', tokens: 3 };
  await h.store.knowledge.add(
    {
      id,
      appId: app.id,
      filename: 'a.txt',
      format: 'txt',
      bytes: 14,
      pages: 1,
      pagesEstimated: true,
      tokens: 3,
      passageCount: 1,
      uploadedBy: null,
      createdAt: new Date().toISOString(),
    },
    [passage],
  );
  return id;
}
async function run(slug: string): Promise<string> {
  const app = (await h.store.getApp(slug))!;
  const id = randomUUID();
  const at = new Date().toISOString();
  await h.store.saveRun({
    id,
    appId: app.id,
    appVersion: 1,
    trigger: { kind: 'manual' },
    status: 'ok',
    inputs: {},
    steps: [],
    usage: emptyUsage(),
    costUsd: 0,
    error: null,
    createdBy: null,
    startedAt: at,
    finishedAt: at,
  });
  return id;
}
async function publicLink(): Promise<string> {
  const value = `twp_matrix_${next()}_${randomUUID()}`;
  await h.store.accounts.createPublicLink({
    digest: digestToken(value),
    workspaceId: 'default',
    appSlug: 'public-app',
    hint: value.slice(-4),
    createdBy: null,
  });
  return value;
}
async function throwawayMember(workspaceId: string): Promise<string> {
  const user = await h.store.accounts.createUser({ email: `throwaway-${next()}@example.com`, passwordHash: 'x' });
  await h.store.accounts.setMembership({ workspaceId, userId: user.id, role: 'viewer' });
  return user.id;
}

const APP_CHANGE = { changes: [{ op: 'rename', name: 'Renamed' }] };

/** One request per listed route that a caller allowed by the policy can make. */
const SAMPLES: Record<string, SampleFn> = {
  'GET /api/health': async () => ({ path: '/api/health' }),
  'POST /api/auth/login': async () => ({ path: '/api/auth/login', body: { email: 'owner@example.com', password: 'owner-password-1234' } }),
  'POST /api/auth/setup': async () => ({ path: '/api/auth/setup', body: { email: 'second@example.com', password: 'second-password-1' } }),
  'POST /api/invitations/accept': async () => {
    const value = `twi_matrix_${next()}_${randomUUID()}`;
    await h.store.accounts.createInvitation({
      digest: digestToken(value),
      workspaceId: 'default',
      email: `joiner-${next()}@example.com`,
      role: 'viewer',
      invitedBy: 'x',
      expiresAt: '2999-01-01T00:00:00.000Z',
    });
    return { path: '/api/invitations/accept', body: { token: value, password: 'joiner-password-1' } };
  },
  'GET /api/public/:token': async () => ({ path: `/api/public/${await publicLink()}` }),
  'POST /api/public/:token/runs': async () => ({ path: `/api/public/${await publicLink()}/runs`, body: { inputs: { topic: 'x' } } }),
  'POST /api/auth/logout': async ({ caller }) => ({
    path: '/api/auth/logout',
    // A fresh session, so the caller's own stays signed in for the rest of the matrix.
    as: caller.kind === 'session' ? await h.signIn(caller.email, caller.password) : caller,
  }),
  'GET /api/auth/me': async () => ({ path: '/api/auth/me' }),
  'GET /api/members': async () => ({ path: '/api/members' }),
  'POST /api/members/invitations': async () => ({
    path: '/api/members/invitations',
    body: { email: `invitee-${next()}@example.com`, role: 'viewer' },
  }),
  'DELETE /api/members/invitations/:id': async ({ caller }) => {
    const invitation = await h.store.accounts.createInvitation({
      digest: `d-${next()}`,
      workspaceId: wsOf(caller),
      email: 'x@example.com',
      role: 'viewer',
      invitedBy: 'x',
      expiresAt: '2999-01-01T00:00:00.000Z',
    });
    return { path: `/api/members/invitations/${invitation.id}` };
  },
  'PUT /api/members/:userId': async ({ caller }) => ({
    path: `/api/members/${await throwawayMember(wsOf(caller))}`,
    body: { role: 'runner' },
  }),
  'DELETE /api/members/:userId': async ({ caller }) => ({ path: `/api/members/${await throwawayMember(wsOf(caller))}` }),
  'GET /api/tokens': async () => ({ path: '/api/tokens' }),
  'POST /api/tokens': async () => ({ path: '/api/tokens', body: { name: 'matrix' } }),
  'DELETE /api/tokens/:id': async ({ caller }) => {
    const token = await h.store.accounts.createApiToken({
      digest: `t-${next()}`,
      workspaceId: wsOf(caller),
      userId: userOf(caller),
      name: 'tmp',
      hint: 'abcd',
    });
    return { path: `/api/tokens/${token.id}` };
  },
  'GET /api/audit': async () => ({ path: '/api/audit' }),
  'GET /api/apps': async () => ({ path: '/api/apps' }),
  'POST /api/apps': async () => ({ path: '/api/apps', body: { spec: spec(`made-${next()}`, 'workspace') } }),
  'GET /api/apps/:slug': async ({ app }) => ({ path: `/api/apps/${app}` }),
  'PATCH /api/apps/:slug': async ({ app }) => ({ path: `/api/apps/${app}`, body: APP_CHANGE }),
  'DELETE /api/apps/:slug': async ({ app }) => ({
    path: `/api/apps/${await throwawayApp(app === 'private-app' ? 'private' : 'workspace')}`,
  }),
  'PUT /api/apps/:slug/model': async ({ app }) => ({
    path: `/api/apps/${app}/model`,
    body: { model: 'gpt-5-mini', step: null, provider: null, options: null },
  }),
  'POST /api/apps/:slug/move-to-successor': async ({ app }) => ({ path: `/api/apps/${app}/move-to-successor`, body: {} }),
  'PUT /api/apps/:slug/access': async ({ app }) => ({
    path: `/api/apps/${app}/access`,
    body: { level: app === 'private-app' ? 'private' : 'workspace' },
  }),
  'POST /api/apps/:slug/triggers': async ({ app }) => ({ path: `/api/apps/${app}/triggers`, body: { trigger: { kind: 'webhook' } } }),
  'DELETE /api/apps/:slug/triggers': async ({ app }) => ({
    path: `/api/apps/${await throwawayApp(app === 'private-app' ? 'private' : 'workspace', [{ kind: 'webhook' }])}/triggers`,
    body: { kind: 'webhook', cron: null, collection: null },
  }),
  'GET /api/apps/:slug/estimate': async ({ app }) => ({ path: `/api/apps/${app}/estimate?runsPerMonth=100` }),
  'GET /api/apps/:slug/public-links': async ({ app }) => ({ path: `/api/apps/${app}/public-links` }),
  'POST /api/apps/:slug/public-links': async ({ app }) => ({ path: `/api/apps/${app}/public-links` }),
  'DELETE /api/apps/:slug/public-links': async ({ app }) => ({ path: `/api/apps/${app}/public-links` }),
  'GET /api/apps/:slug/versions': async ({ app }) => ({ path: `/api/apps/${app}/versions` }),
  'GET /api/apps/:slug/versions/:version': async ({ app }) => ({ path: `/api/apps/${app}/versions/1` }),
  'POST /api/apps/:slug/versions/:version/restore': async ({ app }) => ({ path: `/api/apps/${app}/versions/1/restore` }),
  'POST /api/apps/:slug/tests': async ({ app }) => ({
    path: `/api/apps/${app}/tests`,
    body: { name: 'Matrix', inputs: [{ name: 'topic', value: 'matrix' }] },
  }),
  // A malformed id: past the policy, the route answers 400 without touching anything.
  'DELETE /api/apps/:slug/tests/:testId': async ({ app }) => ({ path: `/api/apps/${app}/tests/Not-An-Id` }),
  'GET /api/apps/:slug/trials': async ({ app }) => ({ path: `/api/apps/${app}/trials` }),
  'POST /api/apps/:slug/trials': async ({ app }) => ({
    path: `/api/apps/${app}/trials`,
    body: {
      bindings: [{ model: 'gpt-5-mini' }, { model: 'gemini-3-flash-preview' }],
      inputs: [{ name: 'topic', value: 'matrix' }],
    },
  }),
  'GET /api/apps/:slug/trials/:trialId': async ({ app }) => ({ path: `/api/apps/${app}/trials/${await trial(app)}` }),
  'POST /api/apps/:slug/trials/:trialId/keep': async ({ app }) => ({
    path: `/api/apps/${app}/trials/${await trial(app)}/keep`,
    body: { lane: 0 },
  }),
  'GET /api/apps/:slug/runs': async ({ app }) => ({ path: `/api/apps/${app}/runs` }),
  'POST /api/apps/:slug/runs': async ({ app }) => ({ path: `/api/apps/${app}/runs`, body: { inputs: { topic: 'matrix' } } }),
  'GET /api/apps/:slug/runs/:runId': async ({ app }) => ({ path: `/api/apps/${app}/runs/${await run(app)}` }),
  // A finished run: deciding it is refused as already decided (409), past the policy.
  'POST /api/apps/:slug/runs/:runId/approval': async ({ app }) => ({
    path: `/api/apps/${app}/runs/${await run(app)}/approval`,
    body: { decision: 'approve' },
  }),
  'GET /api/approvals': async () => ({ path: '/api/approvals' }),
  'POST /api/apps/:slug/runs/:runId/cancel': async ({ app }) => ({ path: `/api/apps/${app}/runs/${await run(app)}/cancel` }),
  'GET /api/apps/:slug/collections/:collection/records': async ({ app }) => ({ path: `/api/apps/${app}/collections/leads/records` }),
  'POST /api/apps/:slug/collections/:collection/records': async ({ app }) => ({
    path: `/api/apps/${app}/collections/leads/records`,
    body: { values: { company: 'New' } },
  }),
  'GET /api/apps/:slug/collections/:collection/records/:id': async ({ app }) => ({
    path: `/api/apps/${app}/collections/leads/records/${await record(app)}`,
  }),
  'PATCH /api/apps/:slug/collections/:collection/records/:id': async ({ app }) => ({
    path: `/api/apps/${app}/collections/leads/records/${await record(app)}`,
    body: { values: { company: 'Changed' } },
  }),
  'DELETE /api/apps/:slug/collections/:collection/records/:id': async ({ app }) => ({
    path: `/api/apps/${app}/collections/leads/records/${await record(app)}`,
  }),
  // A JSON body gets past the role check and is refused as not multipart (415).
  'POST /api/apps/:slug/collections/:collection/import/preview': async ({ app }) => ({
    path: `/api/apps/${app}/collections/leads/import/preview`,
    body: {},
  }),
  'POST /api/apps/:slug/collections/:collection/import': async ({ app }) => ({
    path: `/api/apps/${app}/collections/leads/import`,
    body: {},
  }),
  'GET /api/apps/:slug/collections/:collection/export': async ({ app }) => ({
    path: `/api/apps/${app}/collections/leads/export?format=json`,
  }),
  'POST /api/files': async () => ({ path: '/api/files', body: {} }),
  'GET /api/apps/:slug/knowledge': async ({ app }) => ({ path: `/api/apps/${app}/knowledge` }),
  'GET /api/apps/:slug/knowledge/search': async ({ app }) => ({ path: `/api/apps/${app}/knowledge/search?q=vacation` }),
  'POST /api/apps/:slug/knowledge': async ({ app }) => ({ path: `/api/apps/${app}/knowledge`, body: {} }),
  'DELETE /api/apps/:slug/knowledge/:documentId': async ({ app }) => ({
    path: `/api/apps/${app}/knowledge/${await knowledgeDocument(app)}`,
  }),
  'GET /api/apps/:slug/spend': async ({ app }) => ({ path: `/api/apps/${app}/spend` }),
  'PUT /api/apps/:slug/budget': async ({ app }) => ({ path: `/api/apps/${app}/budget`, body: { monthlyUsd: 1000, mode: 'soft' } }),
  // A budget to delete: set one first (straight in the store), so the route answers 204.
  'DELETE /api/apps/:slug/budget': async ({ app, caller }) => {
    const stored = (await h.store.getApp(app))!;
    await h.store.spend.putBudget({
      workspaceId: wsOf(caller),
      appId: stored.id,
      monthlyUsd: 1000,
      mode: 'soft',
      fallback: null,
      updatedBy: null,
      updatedAt: new Date().toISOString(),
    });
    return { path: `/api/apps/${app}/budget` };
  },
  'GET /api/spend': async () => ({ path: '/api/spend' }),
  'GET /api/budgets': async () => ({ path: '/api/budgets' }),
  'PUT /api/budgets/workspace': async () => ({ path: '/api/budgets/workspace', body: { monthlyUsd: 1000, mode: 'soft' } }),
  'DELETE /api/budgets/workspace': async ({ caller }) => {
    await h.store.spend.putBudget({
      workspaceId: wsOf(caller),
      appId: null,
      monthlyUsd: 1000,
      mode: 'soft',
      fallback: null,
      updatedBy: null,
      updatedAt: new Date().toISOString(),
    });
    return { path: '/api/budgets/workspace' };
  },
  'GET /api/apps/:slug/hook': async ({ app }) => ({ path: `/api/apps/${app}/hook` }),
  'POST /api/apps/:slug/hook/rotate': async ({ app }) => ({ path: `/api/apps/${app}/hook/rotate`, body: {} }),
  'GET /api/apps/:slug/mailbox': async ({ app }) => ({ path: `/api/apps/${app}/mailbox` }),
  // No host: refused at the door (400) by whoever may set it, before any connection is tried.
  'PUT /api/apps/:slug/mailbox': async ({ app }) => ({ path: `/api/apps/${app}/mailbox`, body: { user: 'ops', password: 'x' } }),
  'DELETE /api/apps/:slug/mailbox': async ({ app }) => ({ path: `/api/apps/${app}/mailbox` }),
  'GET /api/deliveries/dead': async () => ({ path: '/api/deliveries/dead' }),
  // A malformed id: past the policy, the route answers 400 without touching anything.
  'POST /api/deliveries/dead/:id/retry': async () => ({ path: '/api/deliveries/dead/not-a-delivery-id/retry', body: {} }),
  'GET /api/conversations': async () => ({ path: '/api/conversations' }),
  'POST /api/conversations': async () => ({ path: '/api/conversations', body: {} }),
  'GET /api/conversations/:id': async ({ caller }) => ({
    path: `/api/conversations/${(await h.store.createConversation({ workspaceId: wsOf(caller) })).id}`,
  }),
  // A turn the planner answers without touching any app.
  'POST /api/conversations/:id/messages': async ({ caller }) => ({
    path: `/api/conversations/${(await h.store.createConversation({ workspaceId: wsOf(caller) })).id}/messages`,
    body: { text: 'is gpt-5-mini still available?' },
  }),
  'GET /api/settings': async () => ({ path: '/api/settings' }),
  'PUT /api/settings': async () => ({ path: '/api/settings', body: {} }),
  'GET /api/models': async () => ({ path: '/api/models' }),
  'GET /api/models/compare': async () => ({ path: '/api/models/compare?ids=gpt-5-mini,gemini-3-flash-preview' }),
  'POST /api/models/compare': async () => ({
    path: '/api/models/compare',
    body: { models: ['gpt-5-mini', 'gemini-3-flash-preview'], workload: null },
  }),
  'POST /api/models/recommend': async () => ({
    path: '/api/models/recommend',
    body: {
      task: 'summarise contracts',
      kind: null,
      needs: null,
      minContextTokens: null,
      provider: null,
      preference: null,
      workload: null,
      limit: null,
    },
  }),
  'GET /api/models/:id': async () => ({ path: '/api/models/gpt-5-mini' }),
  'POST /api/models/:id/estimate': async () => ({ path: '/api/models/gpt-5-mini/estimate', body: { inputTokens: 1000, requests: 10 } }),
  'GET /api/templates': async () => ({ path: '/api/templates' }),
  'GET /api/templates/:id': async () => ({ path: '/api/templates/translator' }),
};

const key = (p: RoutePolicy) => `${p.method} ${p.path}`;
const appScoped = (p: RoutePolicy) => p.path.startsWith('/api/apps/:slug');

/** What the policy says this caller gets: through the gate, or exactly one refusal. */
function expected(policy: RoutePolicy, who: Who, level: Level): 'through' | 401 | 403 | 404 {
  if (policy.least === 'anyone') return 'through';
  if (!who.role) return 401;
  if (appScoped(policy) && (who.outsider || (level === 'private' && !atLeast(who.role, 'editor')))) return 404;
  return atLeast(who.role, policy.least) ? 'through' : 403;
}

/** Through the gate: success, or the route judging the body (never a refusal of the caller, never a crash). */
const THROUGH = (status: number) => (status >= 200 && status < 300) || status === 400 || status === 409 || status === 422;

describe('security: role × route matrix', () => {
  const callers: Who[] = [];

  beforeAll(async () => {
    h = await startAuthHarness({ rateLimits: { authPer15Min: 10_000, runsPerMinute: 10_000 } });
    await h.store.createApp({ workspaceId: 'default', spec: spec('workspace-app', 'workspace'), createdBy: null });
    await h.store.createApp({ workspaceId: 'default', spec: spec('private-app', 'private'), createdBy: null });
    await h.store.createApp({ workspaceId: 'default', spec: spec('public-app', 'public-link'), createdBy: null });
    callers.push({ name: 'anonymous', caller: { kind: 'anonymous' }, role: null, outsider: false });
    for (const role of ['viewer', 'runner', 'editor', 'owner'] as const)
      callers.push({ name: role, caller: await h.member(role), role, outsider: false });
    callers.push({ name: 'other workspace owner', caller: await h.outsider(), role: 'owner', outsider: true });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('every served API route is listed in ROUTE_POLICIES, and every listed route is served', () => {
    const served = servedRoutes(h.server.app);
    const listed = ROUTE_POLICIES.map(key).sort();
    expect(
      served.filter((r) => !listed.includes(r)),
      'routes served without a policy entry',
    ).toEqual([]);
    expect(
      listed.filter((r) => !served.includes(r)),
      'policy entries for routes nobody serves',
    ).toEqual([]);
    expect(Object.keys(SAMPLES).sort(), 'a sample request for every listed route').toEqual(listed);
  });

  it('each route × caller × app access answers exactly as the policy allows', async () => {
    const mismatches: string[] = [];
    for (const policy of ROUTE_POLICIES) {
      const levels: Level[] = appScoped(policy) ? ['workspace', 'private'] : ['workspace'];
      for (const level of levels) {
        for (const who of callers) {
          const app = level === 'private' ? 'private-app' : policy.path.includes('public-links') ? 'public-app' : 'workspace-app';
          const sample = await SAMPLES[key(policy)]!({ caller: who.caller, app });
          const answer = await h.call(policy.method, sample.path, {
            as: sample.as ?? who.caller,
            ...(sample.body !== undefined ? { body: sample.body } : {}),
          });
          const want = expected(policy, who, level);
          const ok = want === 'through' ? THROUGH(answer.status) : answer.status === want;
          if (!ok)
            mismatches.push(
              `${key(policy)} [${level}] as ${who.name}: want ${want}, got ${answer.status} ${JSON.stringify(answer.body).slice(0, 160)}`,
            );
          if (want !== 'through' && ok) expect(answer.body.error.message, `${key(policy)} as ${who.name}`).toMatch(/\.$/);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('an API token acts with its member role, and a revoked token is refused', async () => {
    const viewer = callers.find((c) => c.name === 'viewer')!.caller as Session;
    const editor = callers.find((c) => c.name === 'editor')!.caller as Session;
    const viewerToken = await h.tokenFor(viewer);
    const editorToken = await h.tokenFor(editor);
    expect((await h.call('GET', '/api/apps', { as: viewerToken })).status).toBe(200);
    expect((await h.call('PATCH', '/api/apps/workspace-app', { as: viewerToken, body: APP_CHANGE })).status).toBe(403);
    // Bearer requests need no CSRF token: there is no ambient credential to forge.
    expect((await h.call('PATCH', '/api/apps/workspace-app', { as: editorToken, body: APP_CHANGE })).status).toBe(200);
    const list = await h.call('GET', '/api/tokens', { as: editor });
    const id = list.body.tokens.find((t: { hint: string }) => t.hint === `…${editorToken.token.slice(-4)}`).id;
    expect((await h.call('DELETE', `/api/tokens/${id}`, { as: editor })).status).toBe(200);
    const refused = await h.call('GET', '/api/apps', { as: editorToken });
    expect(refused.status).toBe(401);
    expect(refused.body.error.message).toMatch(/revoked/);
  });

  it('every MCP tool, called with each role’s API token, is refused exactly below its minRole', async () => {
    const tools = createToolRegistry().all();
    const inputs: Record<string, unknown> = {
      list_templates: { query: null, category: null },
      get_template: { id: 'translator' },
      create_app: {
        name: 'Mcp notes',
        description: null,
        template: null,
        inputs: null,
        steps: null,
        collections: null,
        triggers: null,
        model: null,
        workload: null,
      },
      update_app: { slug: 'workspace-app', changes: [{ op: 'rename', name: 'Via MCP' }] },
      bind_model: { slug: 'workspace-app', model: 'gpt-5-mini', step: null, provider: null, options: null },
      move_to_successor: { slug: 'workspace-app' },
      add_trigger: { slug: 'workspace-app', trigger: { kind: 'webhook' } },
      remove_trigger: { slug: 'workspace-app', kind: 'webhook', cron: null, collection: null },
      set_access: { slug: 'workspace-app', level: 'workspace' },
      get_app: { slug: 'workspace-app', version: null },
      list_apps: { query: null },
      restore_app_version: { slug: 'workspace-app', version: 1 },
      compare_models: { models: ['gpt-5-mini', 'gemini-3-flash-preview'], workload: null },
      recommend_model: {
        task: 'summarise contracts',
        kind: null,
        needs: null,
        minContextTokens: null,
        provider: null,
        preference: null,
        workload: null,
        limit: null,
      },
      estimate_app_cost: { slug: 'workspace-app', runsPerMonth: 10, sampleInputs: null, outputTokensPerStep: null },
      share_app_link: { slug: 'workspace-app' },
      execute_app: { slug: 'workspace-app', inputs: [{ name: 'topic', value: 'matrix' }] },
      list_approvals: { app: 'workspace-app', about: null },
      decide_approval: { app: 'workspace-app', run: 'no-such-run', about: null, decision: 'approve', text: null, note: null },
      save_test_case: { slug: 'workspace-app', name: null, inputs: [{ name: 'topic', value: 'matrix' }], run: null, checks: null },
      remove_test_case: { slug: 'workspace-app', id: 't999' },
      try_models: {
        slug: 'workspace-app',
        bindings: [
          { model: 'gpt-5-mini', provider: null, options: null },
          { model: 'gemini-3-flash-preview', provider: null, options: null },
        ],
        step: null,
        inputs: [{ name: 'topic', value: 'matrix' }],
      },
      model_status: { model: 'gpt-5-mini' },
      // Each call deletes an app of its own (made just before it), so the others keep theirs.
      delete_app: { slug: 'workspace-app', records: null },
      get_spend: { month: null },
      ask_user: { question: 'Which one?', options: ['This one', 'That one'] },
    };
    expect(Object.keys(inputs).sort()).toEqual(tools.map((t) => t.name).sort());

    const anonymous = new Client({ name: 'matrix', version: '1.0.0' });
    await expect(anonymous.connect(new StreamableHTTPClientTransport(new URL(`${h.url}/mcp`)))).rejects.toThrow(/401|API token/);

    const mismatches: string[] = [];
    for (const who of callers.filter((c) => c.role)) {
      const token = await h.tokenFor(who.caller as Session);
      const client = new Client({ name: 'matrix', version: '1.0.0' });
      await client.connect(
        new StreamableHTTPClientTransport(new URL(`${h.url}/mcp`), {
          requestInit: { headers: { authorization: `Bearer ${token.token}` } },
        }),
      );
      for (const tool of tools) {
        const args =
          tool.name === 'delete_app'
            ? { slug: await throwawayApp('workspace'), records: null }
            : (inputs[tool.name] as Record<string, unknown>);
        const result = (await client.callTool({ name: tool.name, arguments: args })) as {
          isError?: boolean;
          content: Array<{ text?: string }>;
        };
        const text = result.content.map((c) => c.text ?? '').join(' ');
        const forbidden = result.isError === true && /needs the \w+ role/.test(text);
        const hidden = result.isError === true && text.includes(`There is no app "${String(args.slug ?? 'workspace-app')}"`);
        const wantForbidden = !atLeast(who.role!, tool.minRole);
        const wantHidden = who.outsider && 'slug' in (inputs[tool.name] as object) && !wantForbidden;
        if (forbidden !== wantForbidden || hidden !== wantHidden)
          mismatches.push(`${tool.name} as ${who.name}: forbidden=${forbidden} hidden=${hidden}: ${text.slice(0, 160)}`);
      }
      await client.close();
    }
    expect(mismatches).toEqual([]);
  });
});
