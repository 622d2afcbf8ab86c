import { readFileSync } from 'node:fs';
import { CatalogLoadError, UnknownModelError } from './errors';
import { isoDay, lifecycleStatus } from './lifecycle';
import { withLibraryPrices } from './price-data';
import {
  ModelFactsFileSchema,
  type CapabilityName,
  type FactsSource,
  type LifecycleStatus,
  type Modality,
  type ModelFacts,
  type ModelFactsFile,
  type ModelKind,
  type ModelProviderId,
} from './model-facts';
import { editDistance, normalizeModelName } from './model-name';

/** Filters for `listModels`; every given filter must hold. */
export interface ModelFilter {
  kind?: ModelKind;
  /** The model accepts this modality. */
  inputModality?: Modality;
  /** The model returns this modality. */
  outputModality?: Modality;
  /** Capabilities documented as supported (true); unknown (null) does not count. */
  capability?: CapabilityName | CapabilityName[];
  provider?: ModelProviderId;
  /** Lifecycle status on `now`, one or several. */
  status?: LifecycleStatus | LifecycleStatus[];
  /** Leave out models whose shutdown date has passed on `now`. */
  excludeShutDown?: boolean;
  /** The day statuses are evaluated on; defaults to the current time. */
  now?: Date;
}

export interface Catalog {
  /** Day the facts were compiled, YYYY-MM-DD. */
  readonly asOf: string;
  readonly sources: readonly FactsSource[];
  readonly models: readonly ModelFacts[];
  find(idOrAlias: string): ModelFacts | null;
  /** The model whose name normalises to `key` (normalizeModelName), for callers that built the key themselves. */
  findByKey(key: string): ModelFacts | null;
  require(idOrAlias: string): ModelFacts;
  list(filter?: ModelFilter): ModelFacts[];
  /** Up to `limit` ids whose names look closest to `query`. */
  closestIds(query: string, limit?: number): string[];
}

/** Validates a parsed facts file; a mismatch names the field at fault. */
export function parseFactsFile(json: unknown): ModelFactsFile {
  const result = ModelFactsFileSchema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue ? issue.path.join('.') || '(root)' : '(root)';
  throw new CatalogLoadError(
    `The model facts file is invalid at ${where}: ${issue?.message ?? 'unknown problem'}. Fix agent/catalog/models.json.`,
    { cause: result.error },
  );
}

export function createCatalog(file: ModelFactsFile): Catalog {
  const byName = new Map<string, ModelFacts>();
  for (const model of file.models) {
    const names = [model.id, model.displayName, ...model.aliases, ...(model.snapshots ?? [])];
    for (const name of names) {
      const key = normalizeModelName(name);
      const owner = byName.get(key);
      if (owner && owner !== model) {
        throw new CatalogLoadError(
          `The name "${name}" of ${model.id} is already a name of ${owner.id}. Make aliases unique in agent/catalog/models.json.`,
        );
      }
      byName.set(key, model);
    }
  }

  const findByKey = (key: string): ModelFacts | null => byName.get(key) ?? null;
  const find = (idOrAlias: string): ModelFacts | null => findByKey(normalizeModelName(idOrAlias));

  const closestIds = (query: string, limit = 3): string[] => {
    const q = normalizeModelName(query);
    const best = new Map<string, number>();
    for (const [key, model] of byName) {
      // A name that contains the query (or the reverse) is a strong hint: "gemini pro" → gemini-*-pro-*.
      const contains = q.length >= 3 && (key.includes(q) || q.includes(key));
      const score = editDistance(q, key) - (contains ? q.length : 0);
      const current = best.get(model.id);
      if (current === undefined || score < current) best.set(model.id, score);
    }
    const cutoff = Math.max(2, Math.floor(q.length / 3));
    return [...best]
      .filter(([, score]) => score <= cutoff)
      .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
      .slice(0, limit)
      .map(([id]) => id);
  };

  const requireModel = (idOrAlias: string): ModelFacts => {
    const model = find(idOrAlias);
    if (!model) throw new UnknownModelError(idOrAlias, closestIds(idOrAlias));
    return model;
  };

  const list = (filter: ModelFilter = {}): ModelFacts[] => {
    const now = filter.now ?? new Date();
    const capabilities = toArray(filter.capability);
    const statuses = toArray(filter.status);
    return file.models.filter((m) => {
      if (filter.kind && m.kind !== filter.kind) return false;
      if (filter.provider && m.provider !== filter.provider) return false;
      if (filter.inputModality && !m.inputModalities.includes(filter.inputModality)) return false;
      if (filter.outputModality && !m.outputModalities.includes(filter.outputModality)) return false;
      if (!capabilities.every((c) => m.capabilities[c] === true)) return false;
      const status = lifecycleStatus(m, now);
      if (statuses.length > 0 && !statuses.includes(status)) return false;
      if (filter.excludeShutDown && status === 'shutdown') return false;
      return true;
    });
  };

  return {
    asOf: file.as_of,
    sources: file.sources,
    models: file.models,
    find,
    findByKey,
    require: requireModel,
    list,
    closestIds,
  };
}

function toArray<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

let defaultCatalog: Catalog | null = null;

/**
 * The project's directory: agent/catalog/models.json, validated once, with the price
 * library's prices (as of today) laid over ours where it has them.
 */
export function getCatalog(): Catalog {
  if (!defaultCatalog) {
    const path = new URL('./models.json', import.meta.url);
    const file = parseFactsFile(JSON.parse(readFileSync(path, 'utf8')));
    const day = isoDay(new Date());
    defaultCatalog = createCatalog({ ...file, models: file.models.map((m) => withLibraryPrices(m, day)) });
  }
  return defaultCatalog;
}

/** Forgets the loaded directory, so the next `getCatalog()` reads refreshed price data. */
export function reloadCatalog(): void {
  defaultCatalog = null;
}

/** The model with this id, snapshot id or alias; null when there is none. */
export function findModel(idOrAlias: string): ModelFacts | null {
  return getCatalog().find(idOrAlias);
}

/** Like `findModel`, but throws UnknownModelError naming up to three close matches. */
export function requireModel(idOrAlias: string): ModelFacts {
  return getCatalog().require(idOrAlias);
}

/** Models that pass every given filter, in directory order. */
export function listModels(filter?: ModelFilter): ModelFacts[] {
  return getCatalog().list(filter);
}
