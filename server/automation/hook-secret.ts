/**
 * The per-app secret of the inbound webhook: 32 random bytes (base64url), made on first use,
 * kept in the store's state sealed with the master key (AES-256-GCM, like provider keys),
 * shown to editors, replaced on rotation. A caller proves it knows
 * the secret either by putting it in the URL or by signing the raw body with it
 * (X-Toolwright-Signature: sha256=<hex HMAC-SHA256>). Comparisons are constant-time.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { isSealed, type SecretBox } from '../auth/secret-box';
import { sameSecret } from '../auth/sessions';
import type { Store } from '../store/store';

export const SIGNATURE_HEADER = 'x-toolwright-signature';

const secretKey = (appId: string) => `hook-secret:${appId}`;

export async function hookSecret(store: Store, box: SecretBox, appId: string): Promise<string> {
  return (await existingHookSecret(store, box, appId)) ?? rotateHookSecret(store, box, appId);
}

export async function rotateHookSecret(store: Store, box: SecretBox, appId: string): Promise<string> {
  const secret = randomBytes(32).toString('base64url');
  await store.setState(secretKey(appId), box.seal(secret));
  return secret;
}

/** The secret only when one was made; never creates one (unknown apps and guesses must not). */
export async function existingHookSecret(store: Store, box: SecretBox, appId: string): Promise<string | null> {
  const stored = await store.getState<string>(secretKey(appId));
  // Secrets made before sealing was added are still accepted; rotation seals them.
  return stored && isSealed(stored) ? box.open(stored) : stored;
}

export function signBody(secret: string, rawBody: Buffer | string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;
}

/** True when `provided` is the secret itself (URL form) or a valid signature of the body. */
export function provesSecret(
  secret: string,
  proof: { urlSecret?: string | undefined; signature?: string | undefined },
  rawBody: Buffer,
): boolean {
  const byUrl = proof.urlSecret !== undefined && sameSecret(proof.urlSecret, secret);
  const bySignature = proof.signature !== undefined && sameSecret(proof.signature.trim().toLowerCase(), signBody(secret, rawBody));
  return byUrl || bySignature;
}
