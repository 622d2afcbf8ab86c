/**
 * Turns a scheduled job into an app run: finds the schedule in the app's current spec,
 * renders its inputs (`{{schedule.since}}`, `{{schedule.records.<collection>}}` = that
 * collection's records created since the previous occurrence, as JSON) and runs the app
 * with a `schedule` trigger that says which occurrence it was.
 */
import { AppSpecSchema } from '../../agent/spec/app-spec';
import type { Actor } from '../../agent/access/actor';
import type { Runtime } from '../runtime/run-app';
import { renderTemplate, templateReferences } from '../runtime/template-render';
import type { RunRow } from '../store/records';
import type { Store } from '../store/store';
import type { JobHandler, ScheduledJob } from './job-queue';
import { triggerKey } from './scheduler';

/** Most records one digest run takes in; a digest of more should be a report, not a prompt. */
const MAX_DIGEST_RECORDS = 500;

export interface ScheduledRunnerDeps {
  store: Store;
  runtime: Pick<Runtime, 'run'>;
  onRun?: (job: ScheduledJob, run: RunRow | null) => void;
}

async function recordsSince(store: Store, appId: string, collections: string[], since: string) {
  const out: Record<string, string> = {};
  for (const name of collections) {
    const { items } = await store.listRecords(appId, name, {
      createdAfter: since,
      limit: MAX_DIGEST_RECORDS,
      sort: { field: 'createdAt', direction: 'asc' },
    });
    out[name] = JSON.stringify(items.map((r) => ({ ...r.values, createdAt: r.createdAt })));
  }
  return out;
}

export function createScheduledRunner(deps: ScheduledRunnerDeps): JobHandler {
  return async (job) => {
    const app = await deps.store.getApp(job.appSlug);
    const spec = app ? AppSpecSchema.parse(app.spec) : null;
    const trigger = spec?.triggers.find((t) => t.kind === 'schedule' && triggerKey(t) === job.triggerKey);
    // The app or its schedule was removed after the job was queued: nothing to run.
    if (!app || !trigger || trigger.kind !== 'schedule') return deps.onRun?.(job, null);

    const referenced = trigger.inputs
      .flatMap((i) => templateReferences(i.value))
      .filter((ref) => ref.startsWith('schedule.records.'))
      .map((ref) => ref.slice('schedule.records.'.length));
    const schedule = { since: job.since, records: await recordsSince(deps.store, app.id, [...new Set(referenced)], job.since) };
    const inputs = Object.fromEntries(trigger.inputs.map((i) => [i.name, renderTemplate(i.value, { inputs: {}, steps: {}, schedule })]));
    const actor: Actor = { userId: null, workspaceId: app.workspaceId, role: 'editor' };
    const run = await deps.runtime.run({
      app,
      inputs,
      fromForm: true,
      trigger: { kind: 'schedule', detail: `${trigger.cron} ${trigger.timezone} @ ${job.fireAt}` },
      actor,
      schedule,
    });
    deps.onRun?.(job, run);
  };
}
