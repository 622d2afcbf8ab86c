/**
 * Who may see an app: members of its workspace, and for a private app only owners and
 * editors. Anyone else is told the app does not exist (404, never 403), so app names do not
 * leak across workspaces. Records and runs follow their app.
 */
import type { AppSpec } from '../spec/app-spec';
import type { Actor } from './actor';
import { atLeast } from './roles';

export function canSeeApp(actor: Actor, app: { workspaceId: string; spec: Pick<AppSpec, 'access'> }): boolean {
  if (app.workspaceId !== actor.workspaceId) return false;
  return app.spec.access.level !== 'private' || atLeast(actor.role, 'editor');
}
