/** Password hashing with Argon2id (memory-hard), from @node-rs/argon2's prebuilt binaries. */
import { hash, verify } from '@node-rs/argon2';

/** OWASP's Argon2id baseline: 19 MiB, 2 passes, 1 lane. */
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 10;

export class WeakPasswordError extends Error {
  constructor() {
    super(`Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`);
    this.name = new.target.name;
  }
}

export async function hashPassword(password: string): Promise<string> {
  if (password.length < MIN_PASSWORD_LENGTH) throw new WeakPasswordError();
  return hash(password, OPTIONS);
}

/** Constant-time check; a malformed stored hash counts as a mismatch rather than a crash. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}
