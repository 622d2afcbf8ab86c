/** What a step runner gets and gives back; run-app.ts turns outcomes into StepRun rows. */
import type { Usage } from '../../agent/providers/usage';
import type { AppSpec, Step } from '../../agent/spec/app-spec';
import type { Actor } from '../../agent/access/actor';
import type { Settings } from '../config/settings';
import type { DocumentStore, StoredDocument } from '../documents/document-store';
import type { FileStore } from '../files/file-store';
import type { OutboundClient } from '../integrations/http';
import type { Logger } from '../logger';
import type { StepRun, StoredApp } from '../store/records';
import type { Store } from '../store/store';
import type { ModelResolver } from './model-gateway';
import type { TemplateScope } from './template-render';
import { templateReferences } from './template-render';

export interface RuntimeServices {
  store: Store;
  settings: Settings;
  files: FileStore;
  documents: DocumentStore;
  outbound: OutboundClient;
  logger: Logger;
  resolveModel: ModelResolver;
}

export interface StepEnv {
  services: RuntimeServices;
  app: StoredApp;
  /** The parsed spec the run executes (never raw store JSON). */
  spec: AppSpec;
  runId: string;
  actor: Actor;
  scope: TemplateScope;
  /** The run's document inputs by field name (their text is in `scope.inputs`). */
  documents: ReadonlyMap<string, StoredDocument>;
  /** Ids of earlier steps whose outputs are dry-run placeholders. */
  placeholders: ReadonlySet<string>;
  signal?: AbortSignal;
  /** Receives a text step's answer piece by piece as the provider streams it. */
  onTextDelta?: (text: string) => void;
}

export interface StepOutcome {
  status: StepRun['status'];
  /** Named outputs, referenced later as {{steps.<id>.<name>}}. */
  output: Record<string, unknown>;
  usage: Usage;
  costUsd: number;
  /** Why the step has no price (its model is not in the directory); costUsd is then 0. */
  unpriced?: string;
  /** The wire request sent, or in a dry run the one that would be sent. */
  request: unknown;
  model: string | null;
  error: string | null;
}

export type StepRunner<K extends Step['kind'] = Step['kind']> = (step: Extract<Step, { kind: K }>, env: StepEnv) => Promise<StepOutcome>;

/** Marks text that stands in for an output a dry run did not produce. */
export const placeholderText = (stepId: string, what: string) => `[dry run: ${what} of step "${stepId}" would appear here]`;

/**
 * True when one of the templates references an earlier step whose output is a placeholder; a
 * side effect (record, webhook, message) built from placeholders is shown, not performed.
 */
export function usesPlaceholders(templates: readonly string[], env: StepEnv, wholeRun = false): boolean {
  if (wholeRun) return env.placeholders.size > 0;
  return templates.some((t) =>
    templateReferences(t).some((ref) => {
      const [root, id] = ref.split('.');
      return root === 'steps' && id !== undefined && env.placeholders.has(id);
    }),
  );
}
