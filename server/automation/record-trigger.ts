/**
 * The record-created trigger: a record added to a collection named by one of the app's
 * record-created triggers runs that app, with the record's values as inputs (matched by
 * field name), in the background.
 *
 * Loops: only records added from outside a run (the records API: people, scripts, imports)
 * fire it. A run's own save-record never does — every run of an app with a save-record step
 * into its watched collection would otherwise start the next run, forever. Collections belong
 * to one app, so no other app's run can write into them either.
 */
import { AppSpecSchema } from '../../agent/spec/app-spec';
import type { Logger } from '../logger';
import type { Runtime } from '../runtime/run-app';
import type { RecordRow, StoredApp } from '../store/records';

export interface RecordTriggerDeps {
  runtime: Pick<Runtime, 'run'>;
  logger: Logger;
}

/** Starts the app's run when the record's collection is watched; returns whether it did. */
export function fireRecordCreated(deps: RecordTriggerDeps, app: StoredApp, record: RecordRow): boolean {
  const spec = AppSpecSchema.parse(app.spec);
  const watched = spec.triggers.some((t) => t.kind === 'record-created' && t.collection === record.collection);
  if (!watched) return false;
  const inputs = Object.fromEntries(
    spec.inputs.filter((f) => Object.hasOwn(record.values, f.name)).map((f) => [f.name, record.values[f.name]]),
  );
  deps.runtime
    .run({
      app,
      inputs,
      trigger: { kind: 'record-created', detail: `record ${record.id} in ${record.collection}` },
      actor: { userId: record.createdBy, workspaceId: app.workspaceId, role: 'runner' },
    })
    .then((run) =>
      deps.logger.info('record-created run finished', { app: app.slug, recordId: record.id, runId: run.id, status: run.status }),
    )
    .catch((error: unknown) =>
      deps.logger.warn("record-created run could not start; check that the collection has the fields the app's inputs need", {
        app: app.slug,
        recordId: record.id,
        error,
      }),
    );
  return true;
}
