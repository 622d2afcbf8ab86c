/**
 * What the server does for tools that the store alone cannot: run an app through the runtime
 * and mint a public link. Tools see this port, not the server, so agent/ does not depend on
 * server/ internals; a door without a runtime (MCP over stdio) leaves it out and the tools
 * that need it say so.
 */
import type { Actor } from '../access/actor';
import type { StoredApp } from '../ports/apps';
import type { ApprovalServices } from './approval-services';

/** One run as the chat reports it. */
export interface RunReport {
  runId: string;
  /** 'waiting': paused at an approval step (a person decides next). */
  status: 'ok' | 'dry-run' | 'error' | 'waiting';
  costUsd: number;
  /** Why it failed; null when it did not. */
  error: string | null;
  /** Per step: its id, status, and for a dry run the reason (which key would make it real). */
  steps: Array<{ stepId: string; status: string; note: string | null }>;
}

export interface AppServices {
  /** Runs `app` with `inputs` as a form would send them (validated by the runtime; a bad value throws with a sentence). */
  runApp(app: StoredApp, inputs: Record<string, string>, actor: Actor): Promise<RunReport>;
  /** Creates a public link for an app whose access is public-link; returns its address (shown once). */
  createPublicLink(app: StoredApp, actor: Actor): Promise<{ path: string; url: string | null }>;
  /** Runs waiting at approval steps: list them, decide one. */
  approvals: ApprovalServices;
}
