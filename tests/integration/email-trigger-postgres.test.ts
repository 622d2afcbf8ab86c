/**
 * The email trigger on two instances sharing PostgreSQL (and, as such a deployment must, one
 * master key): both watch the same mailbox, and each delivered message becomes exactly one run.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAutomationHarness, type AutomationHarness } from '../fixtures/automation-harness';
import { dovecotMissing, startDovecot, type Dovecot } from '../fixtures/dovecot';
import { mailLogApp } from '../fixtures/mail-log-app';
import { createTestDatabase } from '../setup/test-database';

const missing = dovecotMissing();
const ENV = { OUTBOUND_ALLOW: '127.0.0.1' };
let mail: Dovecot;
let a: AutomationHarness;
let b: AutomationHarness;
let drop: (() => Promise<void>) | null = null;
const keyBefore = process.env.TOOLWRIGHT_MASTER_KEY;

describe.skipIf(missing !== null)(`email trigger on two instances (PostgreSQL)${missing ? ` (skipped: ${missing})` : ''}`, () => {
  beforeAll(async () => {
    process.env.TOOLWRIGHT_MASTER_KEY = randomBytes(32).toString('hex');
    mail = await startDovecot();
    const db = await createTestDatabase('email');
    drop = db.drop;
    a = await startAutomationHarness({ databaseUrl: db.url, env: ENV });
    b = await startAutomationHarness({ databaseUrl: db.url, env: ENV });
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await drop?.();
    await mail?.stop();
    if (keyBefore === undefined) delete process.env.TOOLWRIGHT_MASTER_KEY;
    else process.env.TOOLWRIGHT_MASTER_KEY = keyBefore;
  });

  it('both instances watch; three messages give three runs, none twice', async () => {
    await a.createApp(mailLogApp('shared-mail'));
    const saved = await a.api('PUT', '/api/apps/shared-mail/mailbox', {
      host: mail.host,
      port: mail.port,
      secure: false,
      user: mail.user,
      password: mail.password,
    });
    expect(saved.status).toBe(200);
    await b.automation.email.sync();
    for (const n of [1, 2, 3]) await mail.deliver({ from: `sender${n}@example.com`, subject: `Message ${n}`, text: `Body ${n}` });
    // Both look at once, each racing the other for every message.
    await Promise.all([a.automation.email.checkNow(), b.automation.email.checkNow()]);
    await Promise.all([a.automation.email.checkNow(), b.automation.email.checkNow()]);

    const runs = (await a.api('GET', '/api/apps/shared-mail/runs')).body.items as { trigger: { detail: string } }[];
    expect(runs.map((r) => r.trigger.detail).sort()).toEqual([
      'email from sender1@example.com: Message 1',
      'email from sender2@example.com: Message 2',
      'email from sender3@example.com: Message 3',
    ]);
    // Both instances were watching (neither was locked out by its settings or key).
    const watching = (await b.api('GET', '/api/apps/shared-mail/mailbox')).body.status;
    expect(watching).toMatchObject({ state: 'watching' });
    const ran = (h: AutomationHarness) => h.logs.filter((l) => l.includes('email run finished')).length;
    expect(ran(a) + ran(b)).toBe(3);
    expect([...a.logs, ...b.logs].some((l) => l.includes('mailbox settings unreadable'))).toBe(false);
  });
});
