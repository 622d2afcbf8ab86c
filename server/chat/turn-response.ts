/**
 * Answers an HTTP request with one chat turn's events, in the form the client asked for:
 * `Accept: text/event-stream` streams each event as it happens (SSE, `event: <type>`); anything
 * else gets one JSON body with every event and the turn's outcome when it is over. Closing the
 * request cancels the turn between steps, as closing the socket does.
 */
import type { Request, Response } from 'express';
import type { TurnApp, TurnOutcome } from '../../agent/loop/events';
import { openEventStream, wantsEventStream, writeEvent } from '../http/event-stream';
import { encodeServerEvent, type ServerEvent } from '../ws/events';

/** The JSON answer: what the turn did, the app it was about, and every event in order. */
export interface TurnBody {
  conversationId: string;
  outcome: TurnOutcome;
  app: TurnApp | null;
  events: ServerEvent[];
}

export async function respondWithTurn(
  req: Request,
  res: Response,
  conversationId: string,
  events: (signal: AbortSignal) => AsyncIterable<ServerEvent>,
  status = 200,
): Promise<void> {
  const controller = new AbortController();
  // 'close' on the response fires when the client goes away before the answer is complete.
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  if (wantsEventStream(req)) {
    openEventStream(res, status);
    for await (const event of events(controller.signal)) writeEvent(res, event.type, encodeServerEvent(event));
    res.end();
    return;
  }
  const all: ServerEvent[] = [];
  for await (const event of events(controller.signal)) all.push(event);
  const done = all.findLast((e) => e.type === 'done');
  const body: TurnBody = {
    conversationId,
    outcome: done?.type === 'done' ? done.outcome : 'refused',
    app: done?.type === 'done' ? done.app : null,
    events: all,
  };
  res.status(status).json(body);
}
