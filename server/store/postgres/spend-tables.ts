/**
 * The spend ledger on PostgreSQL: spend_entries (one row per priced call, cost as numeric so
 * sums are exact), budgets (one per scope) and budget_warnings (claimed keys, unique).
 * Totals by day, app and model are GROUP BY queries. Migration 190 is appended to MIGRATIONS
 * in migrations.ts.
 */
import type pg from 'pg';
import {
  emptyTotal,
  type Budget,
  type SpendEntry,
  type SpendGroup,
  type SpendLedger,
  type SpendQuery,
  type SpendTotal,
} from '../../../agent/ports/spend';
import type { Migration } from './migration';

export const SPEND_MIGRATION: Migration = {
  id: 190,
  name: 'spend ledger, budgets, budget warnings',
  sql: `
    CREATE TABLE spend_entries (
      id text PRIMARY KEY,
      workspace_id text NOT NULL,
      at timestamptz NOT NULL,
      source text NOT NULL,
      app_id text,
      app_slug text,
      run_id text,
      step_id text,
      conversation_id text,
      model text NOT NULL,
      provider text NOT NULL,
      input_tokens bigint NOT NULL,
      cached_input_tokens bigint NOT NULL,
      output_tokens bigint NOT NULL,
      image_input_tokens bigint NOT NULL,
      images integer NOT NULL,
      cost_usd numeric(24, 12) NOT NULL,
      basis text NOT NULL,
      dry_run boolean NOT NULL,
      prices_as_of text
    );
    CREATE INDEX spend_by_workspace_time ON spend_entries (workspace_id, at);
    CREATE INDEX spend_by_app_time ON spend_entries (app_id, at);

    CREATE TABLE budgets (
      workspace_id text NOT NULL,
      app_id text NOT NULL DEFAULT '',
      monthly_usd numeric(24, 12) NOT NULL,
      mode text NOT NULL,
      fallback jsonb,
      updated_by text,
      updated_at timestamptz NOT NULL,
      PRIMARY KEY (workspace_id, app_id)
    );

    CREATE TABLE budget_warnings (
      key text PRIMARY KEY,
      workspace_id text NOT NULL,
      at timestamptz NOT NULL DEFAULT now()
    );
  `,
};

type Query = <R extends pg.QueryResultRow>(text: string, values?: unknown[]) => Promise<pg.QueryResult<R>>;

const COLUMNS = [
  'id',
  'workspace_id',
  'at',
  'source',
  'app_id',
  'app_slug',
  'run_id',
  'step_id',
  'conversation_id',
  'model',
  'provider',
  'input_tokens',
  'cached_input_tokens',
  'output_tokens',
  'image_input_tokens',
  'images',
  'cost_usd',
  'basis',
  'dry_run',
  'prices_as_of',
] as const;
const TYPES = [
  'text',
  'text',
  'timestamptz',
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'int8',
  'int8',
  'int8',
  'int8',
  'int4',
  'numeric',
  'text',
  'bool',
  'text',
] as const;

function columnsOf(e: SpendEntry): unknown[] {
  return [
    e.id,
    e.workspaceId,
    e.at,
    e.source,
    e.appId,
    e.appSlug,
    e.runId,
    e.stepId,
    e.conversationId,
    e.model,
    e.provider,
    e.inputTokens,
    e.cachedInputTokens,
    e.outputTokens,
    e.imageInputTokens,
    e.images,
    e.costUsd,
    e.basis,
    e.dryRun,
    e.pricesAsOf,
  ];
}

interface EntryDbRow {
  id: string;
  workspace_id: string;
  at: Date;
  source: SpendEntry['source'];
  app_id: string | null;
  app_slug: string | null;
  run_id: string | null;
  step_id: string | null;
  conversation_id: string | null;
  model: string;
  provider: string;
  input_tokens: string;
  cached_input_tokens: string;
  output_tokens: string;
  image_input_tokens: string;
  images: number;
  cost_usd: string;
  basis: SpendEntry['basis'];
  dry_run: boolean;
  prices_as_of: string | null;
}

const toEntry = (r: EntryDbRow): SpendEntry => ({
  id: r.id,
  workspaceId: r.workspace_id,
  at: r.at.toISOString(),
  source: r.source,
  appId: r.app_id,
  appSlug: r.app_slug,
  runId: r.run_id,
  stepId: r.step_id,
  conversationId: r.conversation_id,
  model: r.model,
  provider: r.provider,
  inputTokens: Number(r.input_tokens),
  cachedInputTokens: Number(r.cached_input_tokens),
  outputTokens: Number(r.output_tokens),
  imageInputTokens: Number(r.image_input_tokens),
  images: r.images,
  costUsd: Number(r.cost_usd),
  basis: r.basis,
  dryRun: r.dry_run,
  pricesAsOf: r.prices_as_of,
});

interface TotalDbRow {
  key: string | null;
  cost_usd: string;
  calls: string;
  runs: string;
  dry_run_usd: string;
  input_tokens: string;
  output_tokens: string;
  images: string;
}

const toTotal = (r: TotalDbRow): SpendTotal => ({
  key: r.key,
  costUsd: Number(r.cost_usd),
  calls: Number(r.calls),
  runs: Number(r.runs),
  dryRunUsd: Number(r.dry_run_usd),
  inputTokens: Number(r.input_tokens),
  outputTokens: Number(r.output_tokens),
  images: Number(r.images),
});

const SUMS = `
  COALESCE(sum(cost_usd) FILTER (WHERE NOT dry_run), 0) AS cost_usd,
  count(*) FILTER (WHERE NOT dry_run) AS calls,
  count(DISTINCT run_id) FILTER (WHERE NOT dry_run) AS runs,
  COALESCE(sum(cost_usd) FILTER (WHERE dry_run), 0) AS dry_run_usd,
  COALESCE(sum(input_tokens + cached_input_tokens + image_input_tokens) FILTER (WHERE NOT dry_run), 0) AS input_tokens,
  COALESCE(sum(output_tokens) FILTER (WHERE NOT dry_run), 0) AS output_tokens,
  COALESCE(sum(images) FILTER (WHERE NOT dry_run), 0) AS images`;
const WHERE = `workspace_id = $1 AND at >= $2 AND at < $3 AND ($4::text IS NULL OR app_id = $4)`;
const GROUP_KEY: Record<SpendGroup, { key: string; order: string }> = {
  day: { key: `to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD')`, order: 'key ASC' },
  app: { key: 'app_id', order: 'cost_usd DESC, dry_run_usd DESC, key ASC NULLS LAST' },
  model: { key: 'model', order: 'cost_usd DESC, dry_run_usd DESC, key ASC' },
};

const params = (q: SpendQuery) => [q.workspaceId, q.from, q.to, q.appId ?? null];

interface BudgetDbRow {
  workspace_id: string;
  app_id: string;
  monthly_usd: string;
  mode: Budget['mode'];
  fallback: Budget['fallback'];
  updated_by: string | null;
  updated_at: Date;
}

const toBudget = (r: BudgetDbRow): Budget => ({
  workspaceId: r.workspace_id,
  appId: r.app_id === '' ? null : r.app_id,
  monthlyUsd: Number(r.monthly_usd),
  mode: r.mode,
  fallback: r.fallback,
  updatedBy: r.updated_by,
  updatedAt: r.updated_at.toISOString(),
});

export function postgresSpendLedger(query: Query): SpendLedger {
  return {
    async record(entries) {
      if (entries.length === 0) return;
      // One INSERT for all rows: each column is sent as an array and unnested.
      const arrays = COLUMNS.map((_, i) => entries.map((e) => columnsOf(e)[i]));
      const unnest = TYPES.map((t, i) => `$${i + 1}::${t}[]`).join(', ');
      await query(`INSERT INTO spend_entries (${COLUMNS.join(', ')}) SELECT * FROM unnest(${unnest})`, arrays);
    },
    async list(q) {
      const { rows } = await query<EntryDbRow>(`SELECT * FROM spend_entries WHERE ${WHERE} ORDER BY at DESC, id LIMIT $5`, [
        ...params(q),
        q.limit ?? 500,
      ]);
      return rows.map(toEntry);
    },
    async totals(q, by) {
      const { key, order } = GROUP_KEY[by];
      const { rows } = await query<TotalDbRow>(
        `SELECT ${key} AS key, ${SUMS} FROM spend_entries WHERE ${WHERE} GROUP BY 1 ORDER BY ${order}`,
        params(q),
      );
      return rows.map(toTotal);
    },
    async total(q) {
      const { rows } = await query<TotalDbRow>(`SELECT NULL::text AS key, ${SUMS} FROM spend_entries WHERE ${WHERE}`, params(q));
      return rows[0] ? toTotal(rows[0]) : emptyTotal(null);
    },

    async putBudget(b) {
      const { rows } = await query<BudgetDbRow>(
        `INSERT INTO budgets (workspace_id, app_id, monthly_usd, mode, fallback, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7)
         ON CONFLICT (workspace_id, app_id) DO UPDATE SET monthly_usd = EXCLUDED.monthly_usd, mode = EXCLUDED.mode,
           fallback = EXCLUDED.fallback, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at
         RETURNING *`,
        [
          b.workspaceId,
          b.appId ?? '',
          b.monthlyUsd,
          b.mode,
          b.fallback === null ? null : JSON.stringify(b.fallback),
          b.updatedBy,
          b.updatedAt,
        ],
      );
      return toBudget(rows[0]!);
    },
    async listBudgets(workspaceId) {
      const { rows } = await query<BudgetDbRow>(`SELECT * FROM budgets WHERE workspace_id = $1 ORDER BY app_id`, [workspaceId]);
      return rows.map(toBudget);
    },
    async deleteBudget(workspaceId, appId) {
      const { rowCount } = await query(`DELETE FROM budgets WHERE workspace_id = $1 AND app_id = $2`, [workspaceId, appId ?? '']);
      return (rowCount ?? 0) > 0;
    },
    async claimWarning(workspaceId, key) {
      const { rowCount } = await query(`INSERT INTO budget_warnings (key, workspace_id) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING`, [
        key,
        workspaceId,
      ]);
      return (rowCount ?? 0) > 0;
    },
  };
}
