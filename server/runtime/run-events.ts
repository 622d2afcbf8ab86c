/**
 * Run progress as an in-process event bus. The runtime publishes; the ws layer (server/ws/)
 * subscribes and forwards to browsers (and, with PostgreSQL, a LISTEN/NOTIFY bridge can
 * republish events from other instances through the same bus).
 */
import type { Usage } from '../../agent/providers/usage';
import type { RunRow, StepRun } from '../store/records';

/**
 * A superset of the ws protocol's run events (server/ws/events.ts), so the ws layer forwards
 * them as they are; `workspaceId` lets it forward only a socket's own workspace.
 */
export type RunEvent =
  | { type: 'run.started'; workspaceId: string; runId: string; appSlug: string; appVersion: number; stepCount: number; at: string }
  | { type: 'step.started'; workspaceId: string; runId: string; appSlug: string; stepId: string; index: number; at: string }
  /** A piece of a text step's answer, as the provider streamed it; joined they are the step's text. */
  | { type: 'step.delta'; workspaceId: string; runId: string; appSlug: string; stepId: string; index: number; text: string }
  | {
      type: 'step.finished';
      workspaceId: string;
      runId: string;
      appSlug: string;
      stepId: string;
      status: StepRun['status'];
      index: number;
      step: StepRun;
    }
  | {
      type: 'run.finished';
      workspaceId: string;
      runId: string;
      appSlug: string;
      status: Exclude<RunRow['status'], 'queued' | 'running'>;
      usage: Usage;
      costUsd: number;
      error: string | null;
      at: string;
    };

export type RunEventListener = (event: RunEvent) => void;

export interface RunEventBus {
  publish(event: RunEvent): void;
  /** Returns the unsubscribe function. */
  subscribe(listener: RunEventListener): () => void;
}

export function createRunEventBus(onListenerError?: (error: unknown) => void): RunEventBus {
  const listeners = new Set<RunEventListener>();
  return {
    publish(event) {
      for (const listener of listeners) {
        // One broken subscriber (a closed socket) must not stop the run or the other subscribers.
        try {
          listener(event);
        } catch (error) {
          onListenerError?.(error);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
