import type { LifecycleStatus, ModelFacts } from './model-facts';

/** YYYY-MM-DD of `now` in UTC: the calendar the shutdown dates are published in. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The model's status on `now`. The facts file records the status as published when it was
 * compiled; a shutdown date that has since passed turns any status into `shutdown`.
 */
export function lifecycleStatus(model: ModelFacts, now: Date = new Date()): LifecycleStatus {
  const { status, shutdownDate } = model.lifecycle;
  if (shutdownDate !== null && shutdownDate <= isoDay(now)) return 'shutdown';
  return status;
}

export function isShutDown(model: ModelFacts, now: Date = new Date()): boolean {
  return lifecycleStatus(model, now) === 'shutdown';
}

/** Whole days from `now` (UTC day) to the shutdown date; null when no date is announced. */
export function daysUntilShutdown(model: ModelFacts, now: Date = new Date()): number | null {
  const { shutdownDate } = model.lifecycle;
  if (shutdownDate === null) return null;
  const ms = Date.parse(`${shutdownDate}T00:00:00Z`) - Date.parse(`${isoDay(now)}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

/** "deprecated, shuts down on 2026-12-01", "shut down on 2026-10-23", "preview". */
export function describeLifecycle(model: ModelFacts, now: Date = new Date()): string {
  const status = lifecycleStatus(model, now);
  const { shutdownDate } = model.lifecycle;
  if (status === 'shutdown') return shutdownDate ? `shut down on ${shutdownDate}` : 'shut down';
  if (shutdownDate) return `${status}, shuts down on ${shutdownDate}`;
  return status;
}
