/** The audit port: tools record who changed which app. Implemented by server/store and agent/ports/memory.ts. */

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

export interface AuditPort {
  appendAudit(entry: Omit<AuditEntry, 'id' | 'at'>): Promise<AuditEntry>;
}
