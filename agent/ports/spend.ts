/**
 * The spend ledger: one row per priced model call, whatever made it — an app run's step, a
 * trial of a model, or one turn of the builder agent with a real provider — and the monthly
 * budgets that cap it. Days and months are UTC. A port with one adapter per store
 * (lowdb/spend.ts, postgres/spend-tables.ts) and one contract suite
 * (tests/integration/spend-ledger.contract.ts); totals are computed by the store (in SQL on
 * PostgreSQL).
 */
import type { ModelBinding } from '../spec/app-spec';

/**
 * What made the call. 'trial' is reserved for model trials (a prompt tried on a model outside
 * any app): `runId` then holds the trial's id and `appId` the app it was tried for, if any.
 */
export type SpendSource = 'run' | 'agent' | 'trial';

export interface SpendEntry {
  id: string;
  workspaceId: string;
  /** When the call finished (ISO-8601 UTC). */
  at: string;
  source: SpendSource;
  /** The app the call was for; null for builder-agent turns and app-less trials. */
  appId: string | null;
  /** The app's slug at the time (kept so a deleted app's spend still has a name). */
  appSlug: string | null;
  /** The run (or trial) the call belongs to; null for agent turns. */
  runId: string | null;
  /** The app step; null outside runs. */
  stepId: string | null;
  /** The builder conversation, for agent turns. */
  conversationId: string | null;
  /** Model-directory id. */
  model: string;
  provider: string;
  /** Token and image counts by kind, as the Usage type defines them. */
  inputTokens: number;
  cachedInputTokens: number;
  outputTokens: number;
  imageInputTokens: number;
  images: number;
  /** USD. */
  costUsd: number;
  /** 'reported': the counts came from the provider's answer; 'estimated': we counted them. */
  basis: 'reported' | 'estimated';
  /** True when nothing was sent (a dry run): the cost is what it would have been, never summed into spend. */
  dryRun: boolean;
  /** The as-of date (YYYY-MM-DD) of the price data the cost was computed from. */
  pricesAsOf: string | null;
}

export type SpendGroup = 'day' | 'app' | 'model';

export interface SpendQuery {
  workspaceId: string;
  /** Inclusive lower bound (ISO). */
  from: string;
  /** Exclusive upper bound (ISO). */
  to: string;
  /** Only this app's calls. */
  appId?: string;
}

export interface SpendTotal {
  /** The day (YYYY-MM-DD), app id or model id; null for the builder agent in an 'app' grouping. */
  key: string | null;
  /** USD actually spent (dry runs excluded). */
  costUsd: number;
  /** Priced calls actually made. */
  calls: number;
  /** Distinct runs with spend. */
  runs: number;
  /** USD that dry runs would have cost. */
  dryRunUsd: number;
  inputTokens: number;
  outputTokens: number;
  images: number;
}

export interface Budget {
  workspaceId: string;
  /** Null: the whole workspace; else the app's id. */
  appId: string | null;
  /** USD per calendar month (UTC). */
  monthlyUsd: number;
  /** 'hard' refuses a run whose estimate would pass it; 'soft' only warns. Both warn at 80% and 100%. */
  mode: 'hard' | 'soft';
  /** App budgets only: the binding every AI step runs on instead of refusing once a hard budget is reached. */
  fallback: ModelBinding | null;
  updatedBy: string | null;
  updatedAt: string;
}

export interface SpendLedger {
  /**
   * Appends rows (one write for all of them); visible to totals at once. Resolves once they
   * are durable — except a run's own rows (source 'run'), which an adapter may persist lazily
   * when it rebuilds any it lost from the stored runs on open (lowdb does: no extra fsync per run).
   */
  record(entries: readonly SpendEntry[]): Promise<void>;
  /** Rows newest first (tests, exports). */
  list(query: SpendQuery & { limit?: number }): Promise<SpendEntry[]>;
  /** Totals grouped by day (ascending), app or model (largest spend first). */
  totals(query: SpendQuery, by: SpendGroup): Promise<SpendTotal[]>;
  /** One total over the whole query (key null). */
  total(query: SpendQuery): Promise<SpendTotal>;

  /** Creates or replaces the budget of a scope (the workspace, or one app). */
  putBudget(budget: Budget): Promise<Budget>;
  listBudgets(workspaceId: string): Promise<Budget[]>;
  deleteBudget(workspaceId: string, appId: string | null): Promise<boolean>;
  /** True the first time a warning key is claimed, false ever after (once per threshold per month). */
  claimWarning(workspaceId: string, key: string): Promise<boolean>;
}

/** A total with nothing in it. */
export const emptyTotal = (key: string | null): SpendTotal => ({
  key,
  costUsd: 0,
  calls: 0,
  runs: 0,
  dryRunUsd: 0,
  inputTokens: 0,
  outputTokens: 0,
  images: 0,
});

/** What the agent reads of the ledger: totals and budgets (get_spend). */
export type SpendPort = Pick<SpendLedger, 'total' | 'totals' | 'listBudgets'>;
