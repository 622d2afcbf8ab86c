/**
 * The MCP transport spec: a server MUST validate Origin and answer 403 to one it does not
 * trust (a web page aiming a visitor's browser at a local server). Same rule as the chat
 * socket, from the one shared function.
 */
import type { RequestHandler } from 'express';
import { isAllowedOrigin } from '../ws/attach';
import { sendJsonRpcError, TRANSPORT_REFUSED } from './json-rpc-error';

export const mcpOriginCheck: RequestHandler = (req, res, next) => {
  if (isAllowedOrigin(req.headers.origin, req.headers.host)) return next();
  sendJsonRpcError(
    res,
    403,
    TRANSPORT_REFUSED,
    `Requests from the web page at ${JSON.stringify(req.headers.origin)} are refused: /mcp takes browser requests only from Toolwright's own pages or pages on this machine.`,
  );
};
