/**
 * Trials: the same inputs (one, or an app's whole test set) run side by side on 2–4 model
 * bindings, with each binding's outputs, latency, tokens, cost per run and per month, and
 * the checks passed. A trial writes no records and sends nothing; it is kept so it can be
 * listed and a binding kept from it later. A port with one adapter per store (lowdb/trials.ts,
 * postgres/trial-tables.ts) and one contract suite (tests/integration/trial-log.contract.ts).
 */
import type { Usage } from '../providers/usage';
import type { ModelBinding, StepKind } from '../spec/app-spec';
import type { CheckResult } from '../spec/test-checks';

/** One step's result in one case: what a person compares side by side. */
export interface TrialOutput {
  stepId: string;
  kind: StepKind;
  status: string;
  /** generate-text's text; null otherwise. */
  text: string | null;
  /** classify's label; null otherwise. */
  label: string | null;
  /** extract's fields as name/value text; null otherwise. */
  fields: Array<{ name: string; value: string }> | null;
  /** The generated image's URL (/files/<id>); null otherwise or in a dry run. */
  image: string | null;
  /** The wire request sent, or in a dry run the one that would be sent. */
  request: unknown;
  /** Why the step failed or was not run; null when it ran. */
  error: string | null;
}

/** One test case (or the one given input) on one binding. */
export interface TrialCase {
  /** The test case's id; null for an input given with the trial. */
  caseId: string | null;
  name: string;
  status: 'ok' | 'dry-run' | 'error';
  /** Why the run failed, as a sentence; null when it did not. */
  error: string | null;
  /** Wall time of the run, ms (a dry run's is the time to build its requests). */
  latencyMs: number;
  usage: Usage;
  /** USD; estimated for a dry run. */
  costUsd: number;
  outputs: TrialOutput[];
  checks: CheckResult[];
}

/** One binding's lane of the trial. */
export interface TrialLane {
  binding: ModelBinding;
  cases: TrialCase[];
  /** Average USD per run over the cases (estimated in a dry run). */
  costPerRunUsd: number;
  /** costPerRunUsd times the trial's runsPerMonth. */
  costPerMonthUsd: number;
  /** Average wall time per run, ms. */
  latencyMs: number;
  inputTokens: number;
  outputTokens: number;
  /** Checks passed / failed / not judged (dry runs), over every case. */
  passed: number;
  failed: number;
  notJudged: number;
  /** 'dry-run' when no key made it real for any case. */
  status: 'ok' | 'dry-run' | 'error';
}

export interface Trial {
  id: string;
  workspaceId: string;
  appId: string;
  appSlug: string;
  /** The app version the trial ran against. */
  appVersion: number;
  /** The step tried on each binding; null = the app's default binding (every AI step without its own). */
  step: string | null;
  /** 'test-set': the app's test cases; 'input': one input given with the trial. */
  source: 'test-set' | 'input';
  /** Runs a month the per-month cost assumes, and where the figure comes from. */
  runsPerMonth: number;
  volume: 'workload' | 'schedule' | 'assumed';
  lanes: TrialLane[];
  createdBy: string | null;
  createdAt: string;
}

/** The most one listing of an app's trials answers with. */
export const MAX_TRIALS_LISTED = 100;

export interface TrialLog {
  /** Stores a finished trial; resolves once it is durable. */
  saveTrial(trial: Trial): Promise<void>;
  getTrial(id: string): Promise<Trial | null>;
  /** An app's trials, newest first. */
  listTrials(appId: string, options?: { limit?: number }): Promise<Trial[]>;
}
