/**
 * Acceptance (issue 8): passwords, session cookies, API tokens, invitation and public links and
 * provider keys never appear in clear in the data folder, in the logs, or in any response —
 * except each token in the one answer that creates it (shown once). Every value is made through
 * the real API, then every file under the data folder, every log line and every response is
 * searched for it.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OWNER, startAuthHarness, type AuthHarness } from '../fixtures/auth-harness';

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(full)));
    else out.push(full);
  }
  return out;
}

describe('security: secrets never in clear', () => {
  let h: AuthHarness;
  const secrets: Record<string, string> = {};
  /** Which transcript entry may show each token: the one that created it. */
  const createdIn: Record<string, number> = {};

  beforeAll(async () => {
    h = await startAuthHarness();
    const owner = await h.member('owner');
    secrets.ownerPassword = OWNER.password;
    secrets.ownerCookie = owner.cookie;
    createdIn.ownerCookie = h.transcript.length - 1;

    const editor = await h.member('editor', 'editor-secret@example.com');
    secrets.editorPassword = editor.password;
    secrets.editorCookie = editor.cookie;
    createdIn.editorCookie = h.transcript.length - 1;

    const invite = await h.call('POST', '/api/members/invitations', { as: owner, body: { email: 'later@example.com', role: 'viewer' } });
    secrets.inviteToken = String(invite.body.link).replace('/invite/', '');
    createdIn.inviteToken = h.transcript.length - 1;

    const token = await h.tokenFor(editor);
    secrets.apiToken = token.token;
    createdIn.apiToken = h.transcript.length - 1;

    await h.call('POST', '/api/apps', {
      as: owner,
      body: { spec: { specVersion: 1, name: 'Shared', slug: 'shared', model: { model: 'gpt-5-mini' }, access: { level: 'public-link' } } },
    });
    const link = await h.call('POST', '/api/apps/shared/public-links', { as: owner });
    secrets.publicLink = link.body.token;
    createdIn.publicLink = h.transcript.length - 1;

    secrets.openaiKey = 'sk-proj-SECRETKEYVALUE0123456789abcd';
    secrets.geminiKey = 'AIzaSyWORKSPACEKEYVALUE0123456789';
    expect((await h.call('PUT', '/api/settings', { as: owner, body: { openaiApiKey: secrets.openaiKey } })).status).toBe(200);
    const outsider = await h.outsider();
    secrets.outsiderPassword = outsider.password;
    secrets.outsiderCookie = outsider.cookie;
    createdIn.outsiderCookie = h.transcript.length - 1;
    expect((await h.call('PUT', '/api/settings', { as: outsider, body: { geminiApiKey: secrets.geminiKey } })).status).toBe(200);

    // Use everything once more, including failures that log.
    await h.call('POST', '/api/auth/login', { body: { email: OWNER.email, password: `${OWNER.password}-wrong` } });
    await h.call('GET', '/api/apps', { as: token });
    await h.call('GET', `/api/public/${secrets.publicLink}`);
    await h.call('GET', '/api/settings', { as: owner });
    await h.call('GET', '/api/settings', { as: outsider });
    await h.call('GET', '/api/tokens', { as: owner });
    await h.call('GET', '/api/members', { as: owner });
    await h.call('GET', '/members', { as: owner });
    await h.call('GET', '/settings', { as: owner });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('no secret is in any file of the data folder', async () => {
    const files = await filesUnder(h.dataDir);
    expect(files.some((f) => f.endsWith('accounts.json'))).toBe(true);
    expect(files.some((f) => f.endsWith('settings.json'))).toBe(true);
    const found: string[] = [];
    for (const file of files) {
      const content = (await fs.readFile(file)).toString('latin1');
      for (const [name, value] of Object.entries(secrets))
        if (content.includes(value)) found.push(`${name} in ${path.relative(h.dataDir, file)}`);
    }
    expect(found).toEqual([]);
    // And what is stored is what was promised: Argon2id hashes and sealed keys.
    const accounts = await fs.readFile(path.join(h.dataDir, 'accounts.json'), 'utf8');
    expect(accounts).toContain('$argon2id$');
    const settings = JSON.parse(await fs.readFile(path.join(h.dataDir, 'settings.json'), 'utf8')) as Record<string, string>;
    expect(settings.openaiApiKey).toMatch(/^v1:/);
    expect(settings['acme/geminiApiKey']).toMatch(/^v1:/);
  });

  it('no secret is in the logs', () => {
    const logs = h.logs.join('\n');
    expect(h.logs.length).toBeGreaterThan(0);
    for (const [name, value] of Object.entries(secrets)) expect(logs.includes(value), name).toBe(false);
  });

  it('no response carries a password or key; each token only in the answer that created it', () => {
    const leaks: string[] = [];
    h.transcript.forEach((entry, index) => {
      for (const [name, value] of Object.entries(secrets)) {
        if (entry.response.includes(value) && createdIn[name] !== index)
          leaks.push(`${name} in the answer to ${entry.request.slice(0, 40)}`);
      }
    });
    expect(leaks).toEqual([]);
  });

  it('keys are per workspace: each workspace sees only its own, as "configured" and the last 4 characters', async () => {
    const owner = await h.member('owner');
    const mine = await h.call('GET', '/api/settings', { as: owner });
    expect(mine.body.settings.openaiApiKey).toMatchObject({ configured: true, hint: '…abcd' });
    expect(mine.body.settings.geminiApiKey).toMatchObject({ configured: false });
    const outsider = await h.outsider();
    const theirs = await h.call('GET', '/api/settings', { as: outsider });
    expect(theirs.body.settings.openaiApiKey).toMatchObject({ configured: false });
  });
});
