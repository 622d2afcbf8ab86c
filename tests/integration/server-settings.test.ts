/**
 * Settings: environment first, then data/settings.json (mode 0600); the API says which
 * providers are configured and from where, and never returns a stored key.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/logger';
import { startTestServer, type TestServer } from '../fixtures/server-harness';

const KEY = 'sk-proj-SECRETSECRETSECRET-9876';

describe('settings', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ env: { GOOGLE_API_KEY: 'AIzaSyEnvironmentKeyEnvironmentKey12' } });
  });
  afterAll(() => t.close());

  it('shows what is configured and from where, never the key', async () => {
    const { status, body } = await t.api('GET', '/api/settings');
    expect(status).toBe(200);
    expect(body.settings.geminiApiKey).toMatchObject({ configured: true, source: 'env', envVar: 'GOOGLE_API_KEY', hint: '…ey12' });
    expect(body.settings.openaiApiKey).toMatchObject({ configured: false, source: null, hint: null });
    expect(JSON.stringify(body)).not.toContain('AIzaSyEnvironmentKey');
  });

  it('stores a key in data/settings.json with mode 0600 and answers only its last 4 characters', async () => {
    const { status, body } = await t.api('PUT', '/api/settings', { openaiApiKey: KEY, openaiBaseUrl: 'https://user:pw@llm.example/v1' });
    expect(status).toBe(200);
    expect(body.settings.openaiApiKey).toMatchObject({ configured: true, source: 'settings', hint: '…9876' });
    // Scheme, host and port only (issue 17 finding 8): a path or query may carry a secret.
    expect(body.settings.openaiBaseUrl.hint).toBe('https://llm.example');
    expect(JSON.stringify(body)).not.toContain('SECRETSECRET');
    expect(JSON.stringify((await t.api('GET', '/api/settings')).body)).not.toContain('SECRETSECRET');
    const file = path.join(t.dataDir, 'settings.json');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    // Sealed at rest with the secret box (issue 8), not in clear.
    expect(JSON.parse(await readFile(file, 'utf8')).openaiApiKey).toMatch(/^v1:/);
    expect(await readFile(file, 'utf8')).not.toContain('SECRETSECRET');
    expect(t.logs.join('\n')).not.toContain('SECRETSECRET');
  });

  it('a secret in a base URL is sealed at rest and never shown: the hint is scheme, host and port (issue 17 finding 8)', async () => {
    const { status, body } = await t.api('PUT', '/api/settings', {
      openaiCompatibleBaseUrl: 'http://llm.example:8080/v1?key=sk-url-secret-4242',
    });
    expect(status).toBe(200);
    expect(body.settings.openaiCompatibleBaseUrl).toMatchObject({ configured: true, hint: 'http://llm.example:8080' });
    expect(JSON.stringify((await t.api('GET', '/api/settings')).body)).not.toContain('sk-url-secret');
    const stored = JSON.parse(await readFile(path.join(t.dataDir, 'settings.json'), 'utf8'));
    expect(stored.openaiCompatibleBaseUrl).toMatch(/^v1:/);
    // The server itself still reads the full URL.
    expect(t.server.settings.values().openaiCompatibleBaseUrl).toBe('http://llm.example:8080/v1?key=sk-url-secret-4242');
  });

  it('the environment wins over the settings file; null clears a stored value', async () => {
    await t.api('PUT', '/api/settings', { geminiApiKey: 'AIzaSyStoredStoredStoredStored0000' });
    const { body } = await t.api('GET', '/api/settings');
    expect(body.settings.geminiApiKey).toMatchObject({ source: 'env', hint: '…ey12' });
    const cleared = await t.api('PUT', '/api/settings', { openaiApiKey: null });
    expect(cleared.body.settings.openaiApiKey).toMatchObject({ configured: false });
  });

  it('refuses bad values naming the field', async () => {
    const bad = await t.api('PUT', '/api/settings', { openaiBaseUrl: 'ftp://x' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/body\.openaiBaseUrl/);
    const unknown = await t.api('PUT', '/api/settings', { anthropicKey: 'x' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/anthropicKey/);
  });
});

describe('logger', () => {
  it('never prints secrets: values under secret-looking keys and key-shaped strings are redacted', () => {
    const lines: string[] = [];
    const logger = createLogger({ write: (line) => lines.push(line) });
    logger.info('calling with sk-proj-abcdefghijklmnop', {
      settings: { openaiApiKey: KEY, smtpUrl: 'smtp://u:p@h', openaiBaseUrl: 'https://api.example/v1' },
      headers: { authorization: 'Bearer abc.def.ghi.jkl' },
      note: 'key AIzaSyAbcdefghijklmnopqrstuvwx12 leaked in text',
      db: 'connecting to postgres://app:hunter2@db.example/tw',
      error: new Error(`bad key ${KEY}`),
    });
    const out = lines.join('\n');
    for (const secret of ['SECRETSECRET', 'abcdefghijklmnop', 'AIzaSyAbcdefgh', 'abc.def.ghi', 'u:p@h', 'hunter2'])
      expect(out).not.toContain(secret);
    expect(out).toContain('https://api.example/v1');
    expect(out).toContain('[redacted]');
  });
});
