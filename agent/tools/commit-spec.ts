/**
 * The one path by which a tool changes an app: parse and check the candidate spec
 * (parseAppSpec), check every model binding against the directory, save it as a new version
 * guarded by the version it was read at, and audit who did it.
 */
import { UnknownModelError } from '../catalog';
import { ModelBindingError, checkSpecBindings } from '../spec/capabilities';
import type { AppSpec } from '../spec/app-spec';
import { parseAppSpec } from '../spec/validate-spec';
import type { StoredApp } from '../../server/store/records';
import { today } from './load-app';
import type { ToolContext, ToolResult } from './tool';

/** What every app-changing tool returns. */
export interface AppChangeData {
  slug: string;
  version: number;
  /** Why this version exists, as stored with it. */
  note: string;
  /** Deprecated models and other things to know; empty when none. */
  warnings: string[];
  spec: AppSpec;
}

/**
 * Validates `candidate` (any JSON) into a spec with canonical model ids, plus warnings.
 * `bindings: 'warn'` turns a refused binding into a warning (restoring history as it was).
 */
export function checkCandidate(
  ctx: ToolContext,
  candidate: unknown,
  bindings: 'enforce' | 'warn' = 'enforce',
): { spec: AppSpec; warnings: string[] } {
  const spec = parseAppSpec(candidate);
  try {
    return checkSpecBindings(spec, today(ctx));
  } catch (error) {
    if (bindings === 'enforce' || !(error instanceof ModelBindingError || error instanceof UnknownModelError)) throw error;
    return { spec, warnings: [`${error.message} Bind another model before running it.`] };
  }
}

export function changeResult(app: StoredApp, note: string, warnings: string[], summary: string): ToolResult<AppChangeData> {
  const warned = warnings.length > 0 ? ` Note: ${warnings.join(' ')}` : '';
  return {
    summary: `${summary}${warned}`,
    data: { slug: app.slug, version: app.version, note, warnings, spec: app.spec },
    app: { slug: app.slug, version: app.version },
  };
}

/** Saves `candidate` as the next version of `app`; `action` names the audit entry ("bind_model"). */
export async function commitSpec(
  ctx: ToolContext,
  app: StoredApp,
  candidate: unknown,
  change: { action: string; note: string; summary: string; bindings?: 'enforce' | 'warn' },
): Promise<ToolResult<AppChangeData>> {
  const { spec, warnings } = checkCandidate(ctx, candidate, change.bindings);
  const saved = await ctx.store.saveAppVersion({
    slug: app.slug,
    spec,
    note: change.note,
    createdBy: ctx.actor.userId,
    expectedVersion: app.version,
  });
  await ctx.store.appendAudit({
    workspaceId: ctx.actor.workspaceId,
    actorId: ctx.actor.userId,
    action: `app.${change.action}`,
    target: saved.slug,
    detail: { version: saved.version, note: change.note },
  });
  return changeResult(saved, change.note, warnings, change.summary);
}
