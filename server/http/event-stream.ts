/**
 * Server-sent events on an express response (the chat door and the run API): headers once,
 * then one `event: <type>` / `data: <json>` frame per event, flushed as it is written.
 */
import type { Request, Response } from 'express';

/** True when the client asked for `text/event-stream` over JSON. */
export function wantsEventStream(req: Request): boolean {
  return req.accepts(['application/json', 'text/event-stream']) === 'text/event-stream';
}

export function openEventStream(res: Response, status: number): void {
  // X-Accel-Buffering: a proxy in front (nginx) passes each event on instead of buffering the answer.
  res.status(status).set({ 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' });
  res.flushHeaders();
}

/** `data` is the event's JSON text. */
export function writeEvent(res: Response, type: string, data: string): void {
  res.write(`event: ${type}\ndata: ${data}\n\n`);
}
