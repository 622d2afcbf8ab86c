/** Maps PostgreSQL rows to the store's records (timestamps come back as Date). */
import type { AppVersion, AuditEntry, Conversation, RecordRow, StoredApp } from '../records';

const iso = (value: Date | string): string => (value instanceof Date ? value.toISOString() : new Date(value).toISOString());

export interface AppDbRow {
  id: string;
  workspace_id: string;
  slug: string;
  version: number;
  spec: StoredApp['spec'];
  created_at: Date;
  updated_at: Date;
}
export const toApp = (r: AppDbRow): StoredApp => ({
  id: r.id,
  workspaceId: r.workspace_id,
  slug: r.slug,
  version: r.version,
  spec: r.spec,
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
});

export interface VersionDbRow {
  app_id: string;
  version: number;
  spec: AppVersion['spec'];
  note: string;
  created_by: string | null;
  created_at: Date;
}
export const toVersion = (r: VersionDbRow): AppVersion => ({
  appId: r.app_id,
  version: r.version,
  spec: r.spec,
  note: r.note,
  createdBy: r.created_by,
  createdAt: iso(r.created_at),
});

export interface ConversationDbRow {
  id: string;
  workspace_id: string;
  app_slug: string | null;
  messages: Conversation['messages'];
  created_at: Date;
  updated_at: Date;
}
export const toConversation = (r: ConversationDbRow): Conversation => ({
  id: r.id,
  workspaceId: r.workspace_id,
  appSlug: r.app_slug,
  messages: r.messages,
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
});

export interface RecordDbRow {
  id: string;
  app_id: string;
  collection: string;
  data: RecordRow['values'];
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
}
export const toRecord = (r: RecordDbRow): RecordRow => ({
  id: r.id,
  appId: r.app_id,
  collection: r.collection,
  values: r.data,
  createdBy: r.created_by,
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
});

export interface AuditDbRow {
  id: string;
  workspace_id: string;
  actor_id: string | null;
  action: string;
  target: string;
  detail: Record<string, unknown>;
  at: Date;
}
export const toAudit = (r: AuditDbRow): AuditEntry => ({
  id: r.id,
  workspaceId: r.workspace_id,
  actorId: r.actor_id,
  action: r.action,
  target: r.target,
  detail: r.detail,
  at: iso(r.at),
});
