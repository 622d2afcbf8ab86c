/**
 * Models for a comparison nobody narrowed ("what would 2,000 images a month cost?"): the
 * directory's usable models of that kind, current before preview before deprecated.
 */
import { lifecycleStatus, listModels, type LifecycleStatus } from '../catalog';

const PREFERENCE: Record<LifecycleStatus, number> = { current: 0, preview: 1, deprecated: 2, shutdown: 3 };

/** Up to `limit` usable models of a kind for a comparison nobody narrowed: best status first. */
export function directoryPicks(kind: 'text' | 'image', limit: number, now: Date = new Date()): string[] {
  return listModels({ kind, excludeShutDown: true, now })
    .map((m, order) => ({ m, order, rank: PREFERENCE[lifecycleStatus(m, now)] }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, limit)
    .map(({ m }) => m.id);
}
