import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { digestToken, newApiToken } from '../../server/auth/api-tokens';
import { sameSecret } from '../../server/auth/sessions';
import { hashPassword, verifyPassword, WeakPasswordError } from '../../server/auth/passwords';
import { createSecretBox, loadMasterKeySync, SecretBoxError } from '../../server/auth/secret-box';

describe('passwords', () => {
  it('hashes with Argon2id and verifies', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(stored).toMatch(/^\$argon2id\$/);
    expect(stored).not.toContain('correct horse');
    expect(await verifyPassword(stored, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(stored, 'wrong horse battery')).toBe(false);
    expect(await verifyPassword('garbage', 'x')).toBe(false);
  });

  it('refuses short passwords with a sentence', async () => {
    await expect(hashPassword('short')).rejects.toThrow(WeakPasswordError);
  });
});

describe('api tokens', () => {
  it('are random, and only their digest is kept', () => {
    const a = newApiToken();
    const b = newApiToken();
    expect(a.token).not.toEqual(b.token);
    expect(a.digest).toEqual(digestToken(a.token));
    expect(a.digest).not.toContain(a.token);
    expect(sameSecret(a.digest, digestToken(a.token))).toBe(true);
    expect(sameSecret(a.digest, b.digest)).toBe(false);
  });
});

describe('secret box', () => {
  const dirs: string[] = [];
  const tempDir = async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tw-key-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('round-trips, uses a fresh IV each time, and detects tampering', () => {
    const box = createSecretBox(Buffer.alloc(32, 7));
    const one = box.seal('sk-test-123');
    const two = box.seal('sk-test-123');
    expect(one).not.toEqual(two);
    expect(one).not.toContain('sk-test');
    expect(box.open(one)).toBe('sk-test-123');
    const tampered = one.slice(0, -4) + (one.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect(() => box.open(tampered)).toThrow(SecretBoxError);
    expect(() => createSecretBox(Buffer.alloc(32, 8)).open(one)).toThrow(/master key changed/);
  });

  it('creates a 0600 key file once and reuses it', async () => {
    const dir = await tempDir();
    const first = loadMasterKeySync(dir, {});
    const second = loadMasterKeySync(dir, {});
    expect(first.equals(second)).toBe(true);
    expect((await stat(path.join(dir, 'master.key'))).mode & 0o777).toBe(0o600);
    expect((await readFile(path.join(dir, 'master.key'), 'utf8')).trim()).toBe(first.toString('base64'));
  });

  it('prefers the environment key and validates its length', async () => {
    const dir = await tempDir();
    const hex = 'ab'.repeat(32);
    expect(loadMasterKeySync(dir, { TOOLWRIGHT_MASTER_KEY: hex }).toString('hex')).toBe(hex);
    expect(() => loadMasterKeySync(dir, { TOOLWRIGHT_MASTER_KEY: 'abcd' })).toThrow(/32 bytes/);
  });
});
