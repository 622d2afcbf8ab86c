/** The rows the store keeps. Timestamps are ISO-8601 strings (UTC). */
import type { Usage } from '../../agent/providers/usage';

// The rows the agent's ports define, kept here too for the server's many readers.
export type { AppVersion, StoredApp } from '../../agent/ports/apps';
export type { Conversation } from '../../agent/ports/conversations';
export type { AuditEntry } from '../../agent/ports/audit';

/** Field values of a record; keys are the collection's field names. */
export type RecordValues = Record<string, string | number | boolean | null>;

export interface RecordRow {
  id: string;
  appId: string;
  collection: string;
  values: RecordValues;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface RecordQuery {
  /** Case-insensitive substring over every value. */
  search?: string;
  sort?: { field: string; direction: 'asc' | 'desc' };
  /** Only records created strictly after this instant (digests). */
  createdAfter?: string;
  offset?: number;
  /** Default 50, max 500. */
  limit?: number;
}

export interface StepRun {
  stepId: string;
  kind: string;
  model: string | null;
  status: 'ok' | 'dry-run' | 'error' | 'skipped';
  output: unknown;
  usage: Usage;
  costUsd: number;
  /** Set when the step's model is not in the directory (a model your OpenAI-compatible server serves): costUsd is 0 and this says why. */
  unpriced?: string;
  /** The wire request sent (or, in a dry run, that would be sent). */
  request: unknown;
  error: string | null;
  startedAt: string;
  finishedAt: string;
}

export interface RunRow {
  id: string;
  appId: string;
  appVersion: number;
  trigger: { kind: 'manual' | 'schedule' | 'webhook' | 'record-created' | 'api' | 'email'; detail?: string };
  /** 'refused': a hard budget stopped it before any model was called (`error` says which). */
  status: 'queued' | 'running' | 'ok' | 'dry-run' | 'error' | 'refused';
  inputs: Record<string, unknown>;
  steps: StepRun[];
  usage: Usage;
  costUsd: number;
  error: string | null;
  createdBy: string | null;
  startedAt: string;
  finishedAt: string | null;
  /** Set when a budget changed how the run ran: the fallback model, the steps on it, and why. */
  budget?: { fallback: string; steps: string[]; reason: string };
}
