/**
 * Issue 17 finding 3: the master key file is created whole or not at all (temp + fsync + link),
 * and a short or empty key is refused at start with a sentence saying what to do — not later,
 * per request, as a 500. (The full-disk case runs on a real tmpfs in security-disk.test.ts.)
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as secretBox from '../../server/auth/secret-box';

describe('master key file', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tw-key-'));
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  it('is created with 32 bytes, mode 0600, and no temp file left', async () => {
    const key = secretBox.loadMasterKeySync(dir, {});
    expect(key).toHaveLength(32);
    expect(await fs.readdir(dir)).toEqual(['master.key']);
    expect((await fs.stat(path.join(dir, 'master.key'))).mode & 0o777).toBe(0o600);
    expect(secretBox.loadMasterKeySync(dir, {}).equals(key)).toBe(true);
  });

  it('an empty or short key file stops the start with a sentence saying what to do', async () => {
    await fs.writeFile(path.join(dir, 'master.key'), '');
    const check = (secretBox as { checkMasterKeySync?: (dataDir: string, env: NodeJS.ProcessEnv) => void }).checkMasterKeySync;
    expect(check).toBeTypeOf('function');
    expect(() => check!(dir, {})).toThrow(
      /master\.key must be 32 bytes.*it is empty\. Restore it from a backup; if no secret was ever saved with it.*delete it and start again/,
    );
    await fs.writeFile(path.join(dir, 'master.key'), Buffer.alloc(7, 1).toString('base64'));
    expect(() => check!(dir, {})).toThrow(/it is 7 bytes/);
  });

  it('a fresh data folder (no key yet) starts without making one', async () => {
    secretBox.checkMasterKeySync(dir, {});
    expect(await fs.readdir(dir)).toEqual([]);
  });
});
