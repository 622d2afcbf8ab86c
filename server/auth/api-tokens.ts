/**
 * API tokens: random, shown once, stored only as a SHA-256 digest. A fast hash is right
 * here (unlike passwords): tokens carry 256 bits of entropy, so there is nothing to guess.
 */
import { createHash, randomBytes } from 'node:crypto';

const PREFIX = 'twk_';

export function newApiToken(): { token: string; digest: string; hint: string } {
  const token = PREFIX + randomBytes(32).toString('base64url');
  return { token, digest: digestToken(token), hint: token.slice(-4) };
}

export function digestToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function looksLikeApiToken(value: string): boolean {
  return value.startsWith(PREFIX) && value.length > PREFIX.length + 20;
}
