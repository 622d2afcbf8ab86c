/**
 * Who may see an app: members of its workspace, and for a private app only owners and
 * editors. Anyone else is told the app does not exist (404, never 403), so app names do not
 * leak across workspaces. Records and runs follow their app.
 */
import type { Actor } from '../../agent/tools/tool';
import type { StoredApp } from '../store/records';
import { atLeast } from './roles';

export function canSeeApp(actor: Actor, app: Pick<StoredApp, 'workspaceId' | 'spec'>): boolean {
  if (app.workspaceId !== actor.workspaceId) return false;
  return app.spec.access.level !== 'private' || atLeast(actor.role, 'editor');
}
