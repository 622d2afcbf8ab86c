/**
 * OAuth 2.0 Protected Resource Metadata (RFC 9728) for /mcp, and the `WWW-Authenticate`
 * challenge pointing to it (RFC 6750 §3, MCP authorization spec). The bearer tokens are
 * Toolwright API tokens made by a workspace owner on the members page (/members → API tokens), sent in the
 * Authorization header; there is no separate authorization server to list.
 */
import { Router, type Request } from 'express';

export const MCP_PATH = '/mcp';
export const METADATA_PATH = '/.well-known/oauth-protected-resource';

function origin(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

/** The metadata URL for the resource at `resourcePath` (RFC 9728 §3.1: the path is appended). */
export function resourceMetadataUrl(req: Request, resourcePath = MCP_PATH): string {
  return `${origin(req)}${METADATA_PATH}${resourcePath}`;
}

/** The challenge for a 401 at /mcp. */
export function bearerChallenge(req: Request): string {
  return `Bearer resource_metadata="${resourceMetadataUrl(req)}"`;
}

/** Mounted at METADATA_PATH, so other requests do not walk into it. */
export function protectedResourceRouter(): Router {
  const router = Router();
  const metadata = (req: Request) => ({
    resource: `${origin(req)}${MCP_PATH}`,
    resource_name: 'Toolwright MCP server',
    bearer_methods_supported: ['header'],
    resource_documentation: `${origin(req)}/members`,
  });
  // Path-inserted form first (RFC 9728 §3.1); the bare form for clients that only try the root.
  router.get(MCP_PATH, (req, res) => void res.json(metadata(req)));
  router.get('/', (req, res) => void res.json(metadata(req)));
  return router;
}
