/**
 * Session secrets: the cookie holds 256 random bits; the store keeps only their SHA-256
 * digest, so a copy of the data folder cannot sign anyone in. The CSRF token is derived from
 * the cookie value (a different hash), so it needs no storage and dies with the session.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { digestToken } from './api-tokens';

export const SESSION_DAYS = 14;

export function newSessionSecret(): { value: string; digest: string } {
  const value = `tws_${randomBytes(32).toString('base64url')}`;
  return { value, digest: digestToken(value) };
}

export function csrfTokenFor(sessionValue: string): string {
  return createHash('sha256').update(`csrf\0${sessionValue}`).digest('base64url');
}

/** Constant-time string comparison; digests first, so it takes the same time whatever the lengths. */
export function sameSecret(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/** Random, unguessable values for invitation and public links (digest at rest, like tokens). */
export function newLinkSecret(prefix: 'twi_' | 'twp_'): { value: string; digest: string; hint: string } {
  const value = prefix + randomBytes(24).toString('base64url');
  return { value, digest: digestToken(value), hint: value.slice(-4) };
}
