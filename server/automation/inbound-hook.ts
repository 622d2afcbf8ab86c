/**
 * An inbound webhook call, from proof to run inputs: the app must exist, have a webhook
 * trigger and a secret the caller proves; all three failing look the same (a 404), so a
 * caller cannot tell a wrong secret from an unknown app. The JSON body's top-level fields
 * named like the app's inputs become the inputs (others are ignored: senders add their own).
 */
import { AppSpecSchema, type AppSpec } from '../../agent/spec/app-spec';
import { parseValues } from '../runtime/field-values';
import type { RecordValues, StoredApp } from '../store/records';
import type { Store } from '../store/store';
import type { SecretBox } from '../auth/secret-box';
import { existingHookSecret, provesSecret } from './hook-secret';

export class InboundHookError extends Error {
  constructor(
    readonly status: 400 | 404 | 415,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export const hookNotFound = () =>
  new InboundHookError(
    404,
    'not_found',
    'There is no webhook at this address. Copy the address from the app again; the secret may have been rotated.',
  );

/** Compared against when the app is unknown, so both paths do the same work. */
const DECOY_SECRET = 'decoy-secret-never-valid-0000000000000000000';

export async function authenticateHook(
  store: Store,
  box: SecretBox,
  slug: string,
  proof: { urlSecret?: string | undefined; signature?: string | undefined },
  rawBody: Buffer,
): Promise<{ app: StoredApp; spec: AppSpec }> {
  const app = await store.getApp(slug);
  const spec = app ? AppSpecSchema.parse(app.spec) : null;
  const secret = app && spec?.triggers.some((t) => t.kind === 'webhook') ? await existingHookSecret(store, box, app.id) : null;
  const proven = provesSecret(secret ?? DECOY_SECRET, proof, rawBody);
  if (!app || !spec || !secret || !proven) throw hookNotFound();
  return { app, spec };
}

export function inputsFromBody(spec: AppSpec, rawBody: Buffer): RecordValues {
  let body: unknown;
  try {
    body = rawBody.length === 0 ? {} : JSON.parse(rawBody.toString('utf8'));
  } catch {
    throw new InboundHookError(
      400,
      'invalid_json',
      "The webhook body is not valid JSON. Send a JSON object whose fields are named like the app's inputs.",
    );
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new InboundHookError(
      400,
      'invalid_body',
      `The webhook body must be a JSON object with the app's inputs (${spec.inputs.map((f) => f.name).join(', ') || 'none'}).`,
    );
  }
  const fields = body as Record<string, unknown>;
  const named = Object.fromEntries(spec.inputs.filter((f) => Object.hasOwn(fields, f.name)).map((f) => [f.name, fields[f.name]]));
  // Throws RecordValidationError naming "body.<field>" (a 400).
  return parseValues(spec.inputs, named, 'body');
}
