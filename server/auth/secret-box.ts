/**
 * Encryption at rest for provider keys: AES-256-GCM with a master key from
 * TOOLWRIGHT_MASTER_KEY (32 bytes, base64 or hex) or, failing that, a key file created
 * once in the data folder with mode 0600. Each secret gets its own random 96-bit IV.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { ToolwrightError } from '../../agent/errors/toolwright-error';

const VERSION = 'v1';

export class SecretBoxError extends ToolwrightError<'runtime'> {
  readonly family = 'runtime';
  readonly kind = 'master-key-unusable';
}

export interface SecretBox {
  seal(plaintext: string): string;
  open(sealed: string): string;
}

function parseKey(raw: string, origin: string): Buffer {
  const trimmed = raw.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== 32) {
    throw new SecretBoxError(
      `The master key in ${origin} must be 32 bytes (64 hex characters or 44 base64 characters), and it is ${key.length === 0 ? 'empty' : `${key.length} bytes`}. ` +
        'Restore it from a backup; if no secret was ever saved with it (or you will enter them again), delete it and start again — a new key is made.',
    );
  }
  return key;
}

export function createSecretBox(key: Buffer): SecretBox {
  return {
    seal(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return [VERSION, iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join(':');
    },
    open(sealed) {
      const [version, iv, tag, body] = sealed.split(':');
      if (version !== VERSION || !iv || !tag || body === undefined) {
        throw new SecretBoxError('A stored secret is not in a format this version understands; set it again in Settings.');
      }
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
        decipher.setAuthTag(Buffer.from(tag, 'base64'));
        return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
      } catch (cause) {
        throw new SecretBoxError(
          'A stored secret could not be decrypted: the master key changed or the data was altered. Restore the key (TOOLWRIGHT_MASTER_KEY or data/master.key) or set the secret again.',
          { cause },
        );
      }
    },
  };
}

/**
 * The master key from the environment, else the data folder's key file (created 0600 if
 * absent). Synchronous: settings are read before anything async runs.
 */
export function loadMasterKeySync(dataDir: string, env: NodeJS.ProcessEnv = process.env): Buffer {
  const fromEnv = env.TOOLWRIGHT_MASTER_KEY;
  if (fromEnv) return parseKey(fromEnv, 'TOOLWRIGHT_MASTER_KEY');
  const file = path.join(dataDir, 'master.key');
  try {
    return parseKey(readFileSync(file, 'utf8'), file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dataDir, { recursive: true });
  createKeyFileSync(file);
  return parseKey(readFileSync(file, 'utf8'), file);
}

/**
 * Writes a new key file all at once: a temp file is written and fsynced, then hard-linked to
 * the name (which fails if another process made one first) — so a full disk or a crash never
 * leaves a short key behind that would lock sealed secrets away.
 */
function createKeyFileSync(file: string): void {
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const fd = openSync(temp, 'wx', 0o600);
    try {
      writeSync(fd, `${randomBytes(32).toString('base64')}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    linkSync(temp, file);
    const dir = openSync(path.dirname(file), 'r');
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(temp, { force: true });
  }
}

/**
 * Start-up check: a master key that exists (environment or key file) must be usable, so a
 * damaged one stops the server at once with a sentence instead of failing later per request.
 */
export function checkMasterKeySync(dataDir: string, env: NodeJS.ProcessEnv = process.env): void {
  if (env.TOOLWRIGHT_MASTER_KEY || existsSync(path.join(dataDir, 'master.key'))) loadMasterKeySync(dataDir, env);
}

/** True for a value produced by seal() (so stored values from before encryption still read). */
export function isSealed(value: string): boolean {
  return value.startsWith(`${VERSION}:`);
}

/** A box whose master key is read (or created) on first use, so servers that never seal start as before. */
export function lazySecretBox(dataDir: string, env: NodeJS.ProcessEnv = process.env): SecretBox {
  let box: SecretBox | null = null;
  const get = () => (box ??= createSecretBox(loadMasterKeySync(dataDir, env)));
  return { seal: (plaintext) => get().seal(plaintext), open: (sealed) => get().open(sealed) };
}
