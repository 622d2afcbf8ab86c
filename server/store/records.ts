/** The rows the store keeps. Timestamps are ISO-8601 strings (UTC). */
import type { AppSpec } from '../../agent/spec/app-spec';
import type { ChatMessage } from '../../agent/providers/messages';
import type { Usage } from '../../agent/providers/usage';

export interface StoredApp {
  id: string;
  workspaceId: string;
  slug: string;
  /** Current version number, starting at 1. */
  version: number;
  spec: AppSpec;
  createdAt: string;
  updatedAt: string;
}

export interface AppVersion {
  appId: string;
  version: number;
  spec: AppSpec;
  /** Why this version exists ("bind_model: gemini-3.1-pro-preview for step draft"). */
  note: string;
  createdBy: string | null;
  createdAt: string;
}

export interface Conversation {
  id: string;
  workspaceId: string;
  /** The app this conversation builds or changes, once there is one. */
  appSlug: string | null;
  messages: ChatMessage[];
  createdAt: string;
  updatedAt: string;
}

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
  trigger: { kind: 'manual' | 'schedule' | 'webhook' | 'record-created' | 'api'; detail?: string };
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

export interface AuditEntry {
  id: string;
  workspaceId: string;
  actorId: string | null;
  /** e.g. "app.create", "app.bind_model", "app.access", "key.set". */
  action: string;
  target: string;
  detail: Record<string, unknown>;
  at: string;
}
