/**
 * The run API's streamed answer (`Accept: text/event-stream` on POST …/runs): the run's own
 * events as server-sent events while it runs — run.started, step.started, step.delta (a text
 * step's answer piece by piece), step.finished, run.finished — then `run` with the stored run
 * and its sentence. Until the run starts nothing is sent, so a refused input still gets its
 * 4xx JSON sentence. Closing the request cancels the run, as closing a chat request does.
 */
import type { Response } from 'express';
import { describeFailure } from '../../agent/loop/failure';
import type { RunEvent } from '../runtime/run-events';
import type { RunRow } from '../store/records';
import { openEventStream, writeEvent } from '../http/event-stream';
import { encodeServerEvent, RunEventSchema } from '../ws/events';

export interface RunStreamHooks {
  onEvent(event: RunEvent): void;
  signal: AbortSignal;
}

export async function respondWithRunEvents(
  res: Response,
  start: (hooks: RunStreamHooks) => Promise<RunRow>,
  answer: (run: RunRow) => { run: RunRow; summary: string },
): Promise<void> {
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  let opened = false;
  const onEvent = (event: RunEvent) => {
    if (!opened) openEventStream(res, 201);
    opened = true;
    writeEvent(res, event.type, encodeServerEvent(RunEventSchema.parse(event)));
  };
  try {
    const run = await start({ onEvent, signal: controller.signal });
    if (!opened) openEventStream(res, 201);
    writeEvent(res, 'run', JSON.stringify(answer(run)));
  } catch (error) {
    // Before the stream opened the error middleware answers with its status; after, the stream says it.
    if (!opened) throw error;
    writeEvent(res, 'error', JSON.stringify({ message: describeFailure(error).message }));
  }
  res.end();
}
