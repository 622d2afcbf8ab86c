/**
 * Run lists without reading whole runs: each run row also keeps its summary (a small jsonb,
 * stored inline while the big `run` document lives out of line in TOAST), and each app's run
 * count is kept by a trigger, so a history page is an index range scan of `limit` rows plus
 * one primary-key lookup — no count(*) over every run. Appended to MIGRATIONS in migrations.ts.
 */
import type { Migration } from './migration';

/** The summary's fields (see run-summary.ts), built from the stored run document. */
const SUMMARY_OF_RUN = `jsonb_build_object(
  'id', run->'id', 'appId', run->'appId', 'appVersion', run->'appVersion', 'trigger', run->'trigger',
  'status', run->'status', 'costUsd', run->'costUsd', 'error', run->'error', 'createdBy', run->'createdBy',
  'startedAt', run->'startedAt', 'finishedAt', run->'finishedAt',
  'unpricedSteps', (SELECT count(*) FROM jsonb_array_elements(run->'steps') AS step WHERE step ? 'unpriced'))`;

export const RUN_SUMMARY_MIGRATION: Migration = {
  id: 170,
  name: 'runs: inline summaries and per-app run counts',
  sql: `
    ALTER TABLE runs ADD COLUMN summary jsonb;
    UPDATE runs SET summary = ${SUMMARY_OF_RUN};
    ALTER TABLE runs ALTER COLUMN summary SET NOT NULL;

    CREATE TABLE run_counts (
      app_id text PRIMARY KEY REFERENCES apps (id) ON DELETE CASCADE,
      total bigint NOT NULL
    );
    INSERT INTO run_counts (app_id, total) SELECT app_id, count(*) FROM runs GROUP BY app_id;

    -- Runs are only ever removed with their app (ON DELETE CASCADE), which drops its count too.
    CREATE FUNCTION count_new_run() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO run_counts (app_id, total) VALUES (NEW.app_id, 1)
      ON CONFLICT (app_id) DO UPDATE SET total = run_counts.total + 1;
      RETURN NULL;
    END $$;
    CREATE TRIGGER runs_count AFTER INSERT ON runs FOR EACH ROW EXECUTE FUNCTION count_new_run();
  `,
};
