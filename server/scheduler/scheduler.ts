/**
 * The scheduler: on each tick it looks at every app's schedule triggers, works out which
 * occurrence is due (croner, in the trigger's time zone), and enqueues it. Handling marks
 * ("handled up to") live in the store, so a restart knows what it missed; the job's
 * deterministic key makes concurrent ticks on several instances harmless.
 */
import { createHash } from 'node:crypto';
import type { Trigger } from '../../agent/spec/app-spec';
import type { Store } from '../store/store';
import type { JobQueue, ScheduledJob } from './job-queue';
import { dueOccurrence } from './occurrences';

type ScheduleTrigger = Extract<Trigger, { kind: 'schedule' }>;

/** Identifies a schedule within an app by what it is, so reordering triggers keeps its mark. */
export function triggerKey(trigger: Pick<ScheduleTrigger, 'cron' | 'timezone'>): string {
  return createHash('sha256').update(`${trigger.cron}|${trigger.timezone}`).digest('hex').slice(0, 12);
}

interface Mark {
  /** Occurrences up to this instant are handled (run, folded into a run, or skipped). */
  handledUpTo: string;
}

const markKey = (appId: string, key: string) => `schedule:${appId}:${key}`;

export interface SchedulerDeps {
  store: Store;
  queue: JobQueue;
  now?: () => Date;
  onMissed?: (info: { appSlug: string; cron: string; timezone: string; missed: number; ran: boolean }) => void;
}

export interface Scheduler {
  /** One pass over every schedule; returns the jobs this call enqueued. */
  tick(): Promise<ScheduledJob[]>;
  /** Ticks every `intervalMs` (default 15 s) until stopped. */
  start(intervalMs?: number): void;
  stop(): Promise<void>;
}

export function createScheduler(deps: SchedulerDeps): Scheduler {
  const now = deps.now ?? (() => new Date());
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> | null = null;

  async function tick(): Promise<ScheduledJob[]> {
    const at = now();
    const enqueued: ScheduledJob[] = [];
    for (const app of await deps.store.listApps()) {
      for (const trigger of app.spec.triggers) {
        if (trigger.kind !== 'schedule') continue;
        const key = triggerKey(trigger);
        const mark = await deps.store.getState<Mark>(markKey(app.id, key));
        if (!mark) {
          // First sight of this schedule: start counting from now, not from the app's birth.
          await deps.store.setState<Mark>(markKey(app.id, key), { handledUpTo: at.toISOString() });
          continue;
        }
        const { fireAt, missed, latest } = dueOccurrence(trigger, new Date(mark.handledUpTo), at);
        if (!latest) continue;
        if (missed > 0)
          deps.onMissed?.({ appSlug: app.slug, cron: trigger.cron, timezone: trigger.timezone, missed, ran: fireAt !== null });
        if (fireAt) {
          const job: ScheduledJob = {
            key: `${app.id}:${key}:${fireAt.toISOString()}`,
            appSlug: app.slug,
            triggerKey: key,
            fireAt: fireAt.toISOString(),
            since: mark.handledUpTo,
          };
          if (await deps.queue.enqueue(job)) enqueued.push(job);
        }
        await deps.store.setState<Mark>(markKey(app.id, key), { handledUpTo: latest.toISOString() });
      }
    }
    return enqueued;
  }

  return {
    tick,
    start(intervalMs = 15_000) {
      if (timer) return;
      const loop = () => {
        // Never overlap ticks: a slow store delays the next one instead of doubling up.
        if (running) return;
        running = tick().finally(() => (running = null));
      };
      loop();
      timer = setInterval(loop, intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running?.catch(() => undefined);
    },
  };
}
