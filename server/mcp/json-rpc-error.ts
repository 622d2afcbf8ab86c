/**
 * Refusals at the /mcp door as JSON-RPC error bodies (what an MCP client parses), not the REST
 * API's `{ error: { code, message } }`: bad JSON is a parse error, an oversized or otherwise
 * unreadable body an invalid request, each with the REST layer's sentence and HTTP status.
 */
import type { ErrorRequestHandler, Response } from 'express';
import { ErrorCode } from '@modelcontextprotocol/sdk/types.js';
import { mapError } from '../http/error-middleware';

/** JSON-RPC 2.0 parse error; the SDK's ErrorCode enum has no member for it. */
export const PARSE_ERROR = -32700;

/** -32000 is the implementation-defined server error range's first code, for refusals of the transport itself. */
export const TRANSPORT_REFUSED = -32000;

export function sendJsonRpcError(res: Response, status: number, code: number, message: string): void {
  res.status(status).json({ jsonrpc: '2.0', error: { code, message }, id: null });
}

/** Body-parser failures (after express.json in the MCP router) as JSON-RPC errors. */
export const jsonRpcBodyErrors: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  const mapped = mapError(error);
  if (mapped.status >= 500) return next(error);
  sendJsonRpcError(res, mapped.status, mapped.code === 'invalid_json' ? PARSE_ERROR : ErrorCode.InvalidRequest, mapped.message);
};
