/**
 * The queue scheduled runs go through. One occurrence of one schedule is one job with a
 * deterministic id, so several instances that all notice the same due occurrence create it
 * once, and a job is handed to exactly one worker.
 */

export interface ScheduledJob {
  /** Deterministic: `<appId>:<triggerKey>:<fireAt ISO>`. */
  key: string;
  appSlug: string;
  triggerKey: string;
  /** The occurrence being run (ISO). */
  fireAt: string;
  /** The previous occurrence handled, or when the schedule was first seen (ISO). */
  since: string;
}

export type JobHandler = (job: ScheduledJob) => Promise<void>;

export interface JobQueue {
  /** Resolves true when this call created the job, false when it existed already. */
  enqueue(job: ScheduledJob): Promise<boolean>;
  /** Starts handing jobs to `handler`; each job is handled once across every instance. */
  work(handler: JobHandler): Promise<void>;
  /** Stops taking jobs and waits for the ones in hand. */
  stop(): Promise<void>;
}
