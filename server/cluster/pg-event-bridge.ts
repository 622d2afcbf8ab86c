/**
 * Fans run events out between server instances through PostgreSQL LISTEN/NOTIFY, so a
 * browser connected to instance A sees a run that instance B started. Each instance
 * republishes on its local bus what the others announce; its own echoes are ignored.
 */
import pg from 'pg';
import type { RunEvent, RunEventBus } from '../runtime/run-events';

const CHANNEL = 'toolwright_run_events';
/** NOTIFY payloads must be shorter than 8000 bytes (UTF-8 bytes, not characters). */
const NOTIFY_LIMIT = 8_000;
/** Above this many bytes a step's request and output are dropped; leaves room for the envelope. */
const MAX_PAYLOAD = 7_500;
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

interface Envelope {
  origin: string;
  event: RunEvent;
}

/**
 * A step's request and output can be large (prompts, base64 images); when an event would not
 * fit a notification they are dropped, and the browser fetches the run from the API.
 */
export function toPayload(envelope: Envelope): string {
  const full = JSON.stringify(envelope);
  if (bytes(full) <= MAX_PAYLOAD || envelope.event.type !== 'step.finished') return full;
  const slim: Envelope = {
    ...envelope,
    event: { ...envelope.event, step: { ...envelope.event.step, request: null, output: { omitted: 'too large to fan out; GET the run' } } },
  };
  return JSON.stringify(slim);
}

export interface PgEventBridge {
  close(): Promise<void>;
}

export async function startPgEventBridge(options: {
  connectionString: string;
  bus: RunEventBus;
  instanceId: string;
  onError: (error: unknown) => void;
}): Promise<PgEventBridge> {
  const { bus, instanceId, onError } = options;
  const listener = new pg.Client({ connectionString: options.connectionString });
  const notifier = new pg.Pool({ connectionString: options.connectionString, max: 2 });
  listener.on('error', onError);
  notifier.on('error', onError);
  await listener.connect();
  await listener.query(`LISTEN ${CHANNEL}`);

  // Events that arrived from elsewhere: republished locally, never re-announced.
  const remote = new WeakSet<RunEvent>();
  listener.on('notification', (message) => {
    if (message.channel !== CHANNEL || !message.payload) return;
    try {
      const envelope = JSON.parse(message.payload) as Envelope;
      if (envelope.origin === instanceId) return;
      remote.add(envelope.event);
      bus.publish(envelope.event);
    } catch (error) {
      onError(error);
    }
  });

  const unsubscribe = bus.subscribe((event) => {
    if (remote.has(event)) return;
    const payload = toPayload({ origin: instanceId, event });
    const size = bytes(payload);
    if (size >= NOTIFY_LIMIT) return onError(new Error(`A ${event.type} event was too large to fan out (${size} bytes).`));
    notifier.query('SELECT pg_notify($1, $2)', [CHANNEL, payload]).catch(onError);
  });

  return {
    async close() {
      unsubscribe();
      await listener.end().catch(onError);
      await notifier.end().catch(onError);
    },
  };
}
