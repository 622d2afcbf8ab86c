/**
 * Each collection's record count, kept by statement triggers on `records`, so a plain record
 * page (no search, no createdAfter) is an index range scan of `limit` rows plus one
 * primary-key lookup — no count(*) over every record of the collection. Filtered pages still
 * count their matches. Appended to MIGRATIONS in migrations.ts.
 */
import type { Migration } from './migration';

export const RECORD_COUNT_MIGRATION: Migration = {
  id: 207,
  name: 'records: per-collection record counts',
  sql: `
    CREATE TABLE record_counts (
      app_id text NOT NULL REFERENCES apps (id) ON DELETE CASCADE,
      collection text NOT NULL,
      total bigint NOT NULL,
      PRIMARY KEY (app_id, collection)
    );
    INSERT INTO record_counts (app_id, collection, total) SELECT app_id, collection, count(*) FROM records GROUP BY app_id, collection;

    -- One statement's rows at once (transition tables): a bulk insert or an app's cascade costs one update per collection.
    CREATE FUNCTION count_added_records() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO record_counts (app_id, collection, total)
        SELECT app_id, collection, count(*) FROM added GROUP BY app_id, collection
      ON CONFLICT (app_id, collection) DO UPDATE SET total = record_counts.total + excluded.total;
      RETURN NULL;
    END $$;
    CREATE TRIGGER records_added AFTER INSERT ON records REFERENCING NEW TABLE AS added
      FOR EACH STATEMENT EXECUTE FUNCTION count_added_records();

    CREATE FUNCTION count_removed_records() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE record_counts c SET total = c.total - g.n
        FROM (SELECT app_id, collection, count(*) AS n FROM removed GROUP BY app_id, collection) g
        WHERE c.app_id = g.app_id AND c.collection = g.collection;
      RETURN NULL;
    END $$;
    CREATE TRIGGER records_removed AFTER DELETE ON records REFERENCING OLD TABLE AS removed
      FOR EACH STATEMENT EXECUTE FUNCTION count_removed_records();
  `,
};
