/**
 * Every error family and its kinds. The kinds are what callers branch on; outcomes.ts maps
 * each one. Server-side families are named here too (as strings only), so the one table
 * covers every door.
 */
export type ToolErrorKind = 'invalid-input' | 'not-found' | 'refused' | 'forbidden' | 'conflict';

/** 'invalid' is a value no adapter can keep (a NUL character, a malformed timestamp): the client's fault. */
export type StoreErrorKind = 'not-found' | 'conflict' | 'corrupt' | 'unavailable' | 'invalid';

export type ProviderErrorKind = 'auth' | 'rate-limit' | 'unavailable' | 'bad-request' | 'unsupported' | 'timeout';

export type OutboundErrorKind = 'refused' | 'invalid-url' | 'network' | 'timeout' | 'too-large' | 'mailbox';

export interface ErrorKinds {
  tool: ToolErrorKind;
  store: StoreErrorKind;
  provider: ProviderErrorKind;
  /** The app spec, its bindings and templates. */
  spec: 'invalid-spec' | 'invalid-binding' | 'capability-mismatch' | 'context-too-small' | 'unknown-template';
  /** The model directory. */
  catalog: 'unknown-model' | 'invalid-workload' | 'invalid-comparison' | 'no-model-matches' | 'invalid-requirements' | 'unreadable';
  loop: 'max-turns' | 'conversation-not-found';
  /** The app runtime and the server's own inputs. */
  runtime: 'invalid-record' | 'invalid-upload' | 'invalid-import' | 'unsupported-import' | 'settings-unreadable' | 'master-key-unusable';
  /** Outbound HTTP (webhooks, http steps) refused by the SSRF guard or failed. */
  outbound: OutboundErrorKind;
  /** Deciding a run that waits at an approval step (agent/spec/approval-error.ts). */
  approval: 'invalid' | 'not-found' | 'forbidden' | 'decided' | 'link-expired' | 'ambiguous';
}
