/** Records what the calling person did, in their workspace's audit log. */
import type { Request } from 'express';
import type { AuditEntry } from '../../agent/ports/audit';
import type { Store } from '../store/store';
import { actorFor } from './actor';

export async function auditRequest(store: Store, req: Request, entry: Pick<AuditEntry, 'action' | 'target' | 'detail'>): Promise<void> {
  const actor = actorFor(req);
  await store.appendAudit({ workspaceId: actor.workspaceId, actorId: actor.userId, ...entry });
}
