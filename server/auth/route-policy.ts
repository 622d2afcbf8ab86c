/**
 * The one list of API routes and the least role each needs. `authorize` refuses anything not
 * allowed before a route runs: anonymous → 401, a role too low → 403, an app the caller may
 * not see (another workspace, or private and the caller below editor) → 404. A route missing
 * here is owner-only, and the role × route matrix test fails until it is listed.
 */
import type { Role } from '../../agent/access/roles';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RoutePolicy {
  method: Method;
  /** Full path with :params, as mounted. */
  path: string;
  /** 'anyone': no sign-in needed (the route checks its own secret, if any). */
  least: Role | 'anyone';
}

const route = (method: Method, path: string, least: RoutePolicy['least']): RoutePolicy => ({ method, path, least });
const APP = '/api/apps/:slug';
const RECORDS = `${APP}/collections/:collection/records`;

export const ROUTE_POLICIES: readonly RoutePolicy[] = [
  route('GET', '/api/health', 'anyone'),

  // Sign-in, first owner, invitations, public links: reachable signed out.
  route('POST', '/api/auth/login', 'anyone'),
  route('POST', '/api/auth/setup', 'anyone'),
  route('POST', '/api/invitations/accept', 'anyone'),
  route('GET', '/api/public/:token', 'anyone'),
  route('POST', '/api/public/:token/runs', 'anyone'),
  route('POST', '/api/auth/logout', 'viewer'),
  route('GET', '/api/auth/me', 'viewer'),

  // Members, invitations, tokens, audit.
  route('GET', '/api/members', 'owner'),
  route('POST', '/api/members/invitations', 'owner'),
  route('DELETE', '/api/members/invitations/:id', 'owner'),
  route('PUT', '/api/members/:userId', 'owner'),
  route('DELETE', '/api/members/:userId', 'owner'),
  route('GET', '/api/tokens', 'viewer'),
  route('POST', '/api/tokens', 'viewer'),
  route('DELETE', '/api/tokens/:id', 'viewer'),
  route('GET', '/api/audit', 'owner'),

  // Apps.
  route('GET', '/api/apps', 'viewer'),
  route('POST', '/api/apps', 'editor'),
  route('GET', APP, 'viewer'),
  route('PATCH', APP, 'editor'),
  route('DELETE', APP, 'editor'),
  route('PUT', `${APP}/model`, 'editor'),
  route('POST', `${APP}/move-to-successor`, 'editor'),
  route('PUT', `${APP}/access`, 'editor'),
  route('POST', `${APP}/triggers`, 'editor'),
  route('DELETE', `${APP}/triggers`, 'editor'),
  route('GET', `${APP}/estimate`, 'viewer'),
  route('GET', `${APP}/public-links`, 'editor'),
  route('POST', `${APP}/public-links`, 'editor'),
  route('DELETE', `${APP}/public-links`, 'editor'),
  route('GET', `${APP}/versions`, 'viewer'),
  route('GET', `${APP}/versions/:version`, 'viewer'),
  route('POST', `${APP}/versions/:version/restore`, 'editor'),
  route('POST', `${APP}/tests`, 'editor'),
  route('DELETE', `${APP}/tests/:testId`, 'editor'),
  route('GET', `${APP}/trials`, 'viewer'),
  route('POST', `${APP}/trials`, 'runner'),
  route('GET', `${APP}/trials/:trialId`, 'viewer'),
  route('POST', `${APP}/trials/:trialId/keep`, 'editor'),
  route('GET', `${APP}/runs`, 'viewer'),
  route('POST', `${APP}/runs`, 'runner'),
  route('GET', `${APP}/runs/:runId`, 'viewer'),
  // Approvals: runners and up may try (viewers only read); the approval step's own role decides who may decide.
  route('POST', `${APP}/runs/:runId/approval`, 'runner'),
  route('GET', '/api/approvals', 'viewer'),
  route('POST', `${APP}/runs/:runId/cancel`, 'runner'),
  route('GET', RECORDS, 'viewer'),
  route('POST', RECORDS, 'runner'),
  route('GET', `${RECORDS}/:id`, 'viewer'),
  route('PATCH', `${RECORDS}/:id`, 'editor'),
  route('DELETE', `${RECORDS}/:id`, 'editor'),
  // Data in and out: a whole file of records at once is an editor's change; a view's export is a read.
  route('POST', `${APP}/collections/:collection/import/preview`, 'editor'),
  route('POST', `${APP}/collections/:collection/import`, 'editor'),
  route('GET', `${APP}/collections/:collection/export`, 'viewer'),
  route('POST', '/api/files', 'runner'),
  route('GET', `${APP}/knowledge`, 'viewer'),
  route('GET', `${APP}/knowledge/search`, 'viewer'),
  route('POST', `${APP}/knowledge`, 'editor'),
  route('DELETE', `${APP}/knowledge/:documentId`, 'editor'),

  // Spend and budgets: an app's own month to date for whoever sees it; the workspace's and budgets for editors.
  route('GET', `${APP}/spend`, 'viewer'),
  route('PUT', `${APP}/budget`, 'editor'),
  route('DELETE', `${APP}/budget`, 'editor'),
  route('GET', '/api/spend', 'editor'),
  route('GET', '/api/budgets', 'editor'),
  route('PUT', '/api/budgets/workspace', 'editor'),
  route('DELETE', '/api/budgets/workspace', 'editor'),

  // Automation: an app's inbound-webhook address (holds its secret) and failed deliveries.
  route('GET', `${APP}/hook`, 'editor'),
  route('POST', `${APP}/hook/rotate`, 'editor'),
  route('GET', `${APP}/mailbox`, 'editor'),
  route('PUT', `${APP}/mailbox`, 'editor'),
  route('DELETE', `${APP}/mailbox`, 'editor'),
  route('GET', '/api/deliveries/dead', 'editor'),
  route('POST', '/api/deliveries/dead/:id/retry', 'editor'),

  // Builder chat history, settings.
  // Chatting is open to every member, as on the socket; each tool a turn calls checks its own role.
  route('GET', '/api/conversations', 'editor'),
  route('POST', '/api/conversations', 'viewer'),
  route('GET', '/api/conversations/:id', 'editor'),
  route('POST', '/api/conversations/:id/messages', 'viewer'),
  route('GET', '/api/settings', 'editor'),
  route('PUT', '/api/settings', 'owner'),

  // Model directory and templates: read-only.
  route('GET', '/api/models', 'viewer'),
  route('GET', '/api/models/compare', 'viewer'),
  route('POST', '/api/models/compare', 'viewer'),
  route('POST', '/api/models/recommend', 'viewer'),
  route('GET', '/api/models/:id', 'viewer'),
  route('POST', '/api/models/:id/estimate', 'viewer'),
  route('GET', '/api/templates', 'viewer'),
  route('GET', '/api/templates/:id', 'viewer'),
];

export interface PolicyMatch {
  policy: RoutePolicy;
  params: Record<string, string>;
}

/** A policy split once: its segments (null marks a param) and literal count, for matching by index. */
interface CompiledPolicy {
  policy: RoutePolicy;
  segments: readonly (string | null)[];
  names: readonly string[];
}

/** Policies by `method segment-count`, most literal segments first (kept list order among equals). */
type PolicyIndex = Map<string, CompiledPolicy[]>;

const indexes = new WeakMap<readonly RoutePolicy[], PolicyIndex>();

function indexOf(policies: readonly RoutePolicy[]): PolicyIndex {
  let index = indexes.get(policies);
  if (index) return index;
  index = new Map();
  for (const policy of policies) {
    const parts = policy.path.split('/');
    const compiled: CompiledPolicy = {
      policy,
      segments: parts.map((part) => (part.startsWith(':') ? null : part)),
      names: parts.filter((part) => part.startsWith(':')).map((part) => part.slice(1)),
    };
    const key = `${policy.method} ${parts.length}`;
    const list = index.get(key) ?? [];
    list.push(compiled);
    index.set(key, list);
  }
  const literals = (c: CompiledPolicy) => c.segments.filter((s) => s !== null && s !== '').length;
  for (const list of index.values()) list.sort((a, b) => literals(b) - literals(a));
  indexes.set(policies, index);
  return index;
}

function matchSegments(compiled: CompiledPolicy, got: readonly string[]): Record<string, string> | null {
  const { segments } = compiled;
  for (let i = 0; i < segments.length; i += 1) {
    const want = segments[i];
    if (want === null ? !got[i] : want !== got[i]) return null;
  }
  const params: Record<string, string> = {};
  let n = 0;
  for (let i = 0; i < segments.length; i += 1) {
    if (segments[i] !== null) continue;
    try {
      params[compiled.names[n]!] = decodeURIComponent(got[i]!);
    } catch {
      return null;
    }
    n += 1;
  }
  return params;
}

/**
 * The listed route for a request; literal segments win over params (/models/compare before
 * /models/:id). The patterns are split once per list, not per request.
 */
export function findPolicy(method: string, path: string, policies: readonly RoutePolicy[] = ROUTE_POLICIES): PolicyMatch | null {
  const got = path.replace(/\/+$/, '').split('/');
  const candidates = indexOf(policies).get(`${method === 'HEAD' ? 'GET' : method} ${got.length}`);
  if (!candidates) return null;
  for (const compiled of candidates) {
    const params = matchSegments(compiled, got);
    if (params) return { policy: compiled.policy, params };
  }
  return null;
}
