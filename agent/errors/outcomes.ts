/**
 * The one table from an error's family and kind to what each door does with it: the HTTP
 * status and code; at the tool door, the ToolError kind the model or MCP client gets (null:
 * passed on as it is) and whether it is a fault that ends an agent run instead of a result
 * the model can act on; and the kind of the chat's `error` event. The compiler checks that
 * every kind of every family has a row.
 */
import type { AgentErrorKind } from '../loop/events';
import type { ErrorKinds, ToolErrorKind } from './error-kinds';
import { ToolwrightError, type ErrorFamily } from './toolwright-error';

export interface ErrorOutcome {
  status: number;
  /** The `error.code` of an HTTP answer. */
  code: string;
  /** The ToolError a tool call turns it into; null = passed on as it is. */
  tool: ToolErrorKind | null;
  /** Infrastructure, not the caller's to fix: ends an agent run rather than going back to the model. */
  fault: boolean;
  /** The kind of the chat's `error` event when it ends an agent run. */
  run: AgentErrorKind;
}

const out = (status: number, code: string, tool: ToolErrorKind | null, run: AgentErrorKind = 'internal'): ErrorOutcome => ({
  status,
  code,
  tool,
  fault: false,
  run,
});
const fault = (status: number, code: string, run: AgentErrorKind = 'internal'): ErrorOutcome => ({
  status,
  code,
  tool: null,
  fault: true,
  run,
});

// A provider failing is not the client's fault and not ours: 502/503/504, or 4xx where the
// request itself was refused.
const ERROR_OUTCOMES: { [F in ErrorFamily]: Record<ErrorKinds[F], ErrorOutcome> } = {
  tool: {
    'invalid-input': out(400, 'invalid_input', 'invalid-input'),
    'not-found': out(404, 'not_found', 'not-found'),
    refused: out(422, 'refused', 'refused'),
    forbidden: out(403, 'forbidden', 'forbidden'),
    conflict: out(409, 'conflict', 'conflict'),
  },
  store: {
    'not-found': out(404, 'not_found', 'not-found', 'not-found'),
    conflict: out(409, 'conflict', 'conflict', 'store'),
    corrupt: fault(500, 'store_corrupt', 'store'),
    unavailable: fault(503, 'store_unavailable', 'store'),
    invalid: out(400, 'invalid_value', null, 'store'),
  },
  provider: {
    auth: fault(502, 'provider_auth', 'auth'),
    'rate-limit': fault(429, 'provider_rate-limit', 'rate-limit'),
    unavailable: fault(503, 'provider_unavailable', 'unavailable'),
    timeout: fault(504, 'provider_timeout', 'timeout'),
    'bad-request': fault(422, 'provider_bad-request', 'bad-request'),
    unsupported: fault(422, 'provider_unsupported', 'unsupported'),
  },
  spec: {
    'invalid-spec': out(422, 'invalid_spec', 'invalid-input'),
    'invalid-binding': out(422, 'invalid_binding', 'refused'),
    'capability-mismatch': out(422, 'capability_mismatch', 'refused'),
    'context-too-small': out(422, 'context_too_small', 'refused'),
    'unknown-template': out(404, 'unknown_template', 'not-found'),
  },
  catalog: {
    'unknown-model': out(404, 'unknown_model', 'not-found'),
    'invalid-workload': out(400, 'invalid_workload', 'invalid-input'),
    'invalid-comparison': out(400, 'invalid_comparison', 'invalid-input'),
    'no-model-matches': out(404, 'no_model_matches', 'refused'),
    'invalid-requirements': out(400, 'invalid_requirements', 'invalid-input'),
    unreadable: fault(500, 'catalog_unreadable'),
  },
  loop: {
    'max-turns': fault(500, 'max_turns', 'max-turns'),
    'conversation-not-found': out(404, 'not_found', 'not-found', 'not-found'),
  },
  runtime: {
    'invalid-record': out(400, 'invalid_record', 'invalid-input'),
    'invalid-upload': out(400, 'invalid_upload', 'invalid-input'),
    'invalid-import': out(400, 'invalid_import', 'invalid-input'),
    'unsupported-import': out(415, 'unsupported_file', 'invalid-input'),
    'settings-unreadable': fault(500, 'settings_unreadable'),
    // The master key file is missing its bytes (a full disk at first start): the server cannot open sealed secrets.
    'master-key-unusable': fault(503, 'master_key_unusable'),
  },
  outbound: {
    refused: out(422, 'outbound_refused', null),
    'invalid-url': out(422, 'outbound_refused', null),
    network: out(422, 'outbound_refused', null),
    timeout: out(422, 'outbound_refused', null),
    'too-large': out(422, 'outbound_refused', null),
    mailbox: out(422, 'mailbox_unusable', null),
  },
  approval: {
    invalid: out(400, 'invalid_decision', 'invalid-input'),
    'not-found': out(404, 'not_found', 'not-found', 'not-found'),
    forbidden: out(403, 'forbidden', 'forbidden'),
    // The run was decided already (a link used twice, two approvers at once): only the first counts.
    decided: out(409, 'already_decided', 'conflict'),
    'link-expired': out(410, 'link_expired', 'refused'),
    ambiguous: out(409, 'ambiguous', 'conflict'),
  },
};

/** The row for a typed error; null for anything else (an unexpected fault). */
export function errorOutcome(error: unknown): ErrorOutcome | null {
  if (!ToolwrightError.isInstance(error)) return null;
  const rows = ERROR_OUTCOMES[error.family] as Record<string, ErrorOutcome | undefined>;
  return rows[error.kind] ?? null;
}
