/**
 * The email trigger against a real IMAP server (dovecot, started here): a mailbox is checked
 * before it is saved, each delivered message starts one run with from, subject, text and
 * attachments, a restart runs none of them twice, and a password that stops working shows as
 * a sentence on the app page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAutomationHarness, type AutomationHarness } from '../fixtures/automation-harness';
import { dovecotMissing, startDovecot, type Dovecot } from '../fixtures/dovecot';
import { mailLogApp } from '../fixtures/mail-log-app';
import { lazySecretBox } from '../../server/auth/secret-box';
import { readMailbox, writeMailbox } from '../../server/automation/email/mailbox-settings';
import type { StoredApp } from '../../server/store/records';

const missing = dovecotMissing();
let mail: Dovecot;
let h: AutomationHarness;
let app: StoredApp;

const mailbox = () => ({ host: mail.host, port: mail.port, secure: false, user: mail.user, password: mail.password });

describe.skipIf(missing !== null)(`email trigger on a real IMAP server${missing ? ` (skipped: ${missing})` : ''}`, () => {
  beforeAll(async () => {
    mail = await startDovecot();
    h = await startAutomationHarness({ env: { OUTBOUND_ALLOW: '127.0.0.1' } });
    app = await h.createApp(mailLogApp('mail-log'));
  });

  afterAll(async () => {
    await h?.close();
    await mail?.stop();
  });

  it('refuses a wrong password with a sentence and saves nothing', async () => {
    const wrong = await h.api('PUT', '/api/apps/mail-log/mailbox', { ...mailbox(), password: 'not-it' });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.message).toContain(`refused the user name or password for ${mail.user}`);
    expect(wrong.body.error.message).toContain('Nothing was saved.');
    const after = await h.api('GET', '/api/apps/mail-log/mailbox');
    expect(after.body).toMatchObject({ enabled: true, mailbox: null });
  });

  it('refuses bad settings at the door with a sentence', async () => {
    const noHost = await h.api('PUT', '/api/apps/mail-log/mailbox', { ...mailbox(), host: '' });
    expect(noHost.status).toBe(400);
    expect(noHost.body.error.message).toContain('host is required');
    const badPort = await h.api('PUT', '/api/apps/mail-log/mailbox', { ...mailbox(), port: 70000 });
    expect(badPort.status).toBe(400);
    expect(badPort.body.error.message).toContain('port');
  });

  it('starts one run per delivered message, with from, subject, text and attachments', async () => {
    const saved = await h.api('PUT', '/api/apps/mail-log/mailbox', mailbox());
    expect(saved.status).toBe(200);
    expect(saved.body.mailbox).toEqual({ host: mail.host, port: mail.port, secure: false, user: mail.user, folder: 'INBOX' });
    expect(JSON.stringify(saved.body)).not.toContain(mail.password);

    await mail.deliver({ from: 'Ana Ruiz <ana@example.com>', subject: 'Invoice 42', text: 'Please find the invoice attached.' });
    await mail.deliver({ from: 'bo@example.com', subject: 'Refund?', text: 'Can I get a refund for order 7?' });
    await mail.deliver({
      from: 'cy@example.com',
      subject: 'Photos',
      text: 'Two files.',
      attachments: [{ filename: 'notes.txt', contentType: 'text/plain', content: Buffer.from('hello') }],
    });
    await h.automation.email.checkNow();

    const runs = (await h.api('GET', '/api/apps/mail-log/runs')).body.items as {
      trigger: { kind: string; detail: string };
      status: string;
    }[];
    expect(runs).toHaveLength(3);
    expect(runs.every((r) => r.trigger.kind === 'email' && r.status === 'ok')).toBe(true);
    expect(runs.map((r) => r.trigger.detail).sort()).toEqual([
      'email from "Ana Ruiz" <ana@example.com>: Invoice 42',
      'email from bo@example.com: Refund?',
      'email from cy@example.com: Photos',
    ]);
    const records = (await h.api('GET', '/api/apps/mail-log/collections/mail/records')).body.items as { values: Record<string, string> }[];
    const bySubject = Object.fromEntries(records.map((r) => [r.values.subject, r.values]));
    expect(bySubject['Invoice 42']).toMatchObject({ sender: 'ana@example.com', body: 'Please find the invoice attached.' });
    expect(bySubject.Photos?.files).toBe('notes.txt (text/plain, 1 KB)');
  });

  it('runs none twice after a restart, and runs what arrives next', async () => {
    await h.restartAutomation();
    await h.automation.email.checkNow();
    expect((await h.api('GET', '/api/apps/mail-log/runs')).body.total).toBe(3);
    await mail.deliver({ from: 'di@example.com', subject: 'After the restart', text: 'Fourth.' });
    await h.automation.email.checkNow();
    await h.automation.email.checkNow();
    expect((await h.api('GET', '/api/apps/mail-log/runs')).body.total).toBe(4);
  });

  it('shows a password that stopped working as a sentence on the app page', async () => {
    // As when the password is changed at the mail provider: the saved one no longer logs in.
    const saved = await readMailbox(h.store, lazySecretBox(h.dataDir), app.id);
    await writeMailbox(h.store, lazySecretBox(h.dataDir), app.id, { ...saved!, password: 'changed-elsewhere' });
    await h.automation.email.sync();
    await h.automation.email.checkNow();
    const view = await h.api('GET', '/api/apps/mail-log/mailbox');
    expect(view.body.status).toMatchObject({ state: 'failing' });
    expect(view.body.status.sentence).toContain(`refused the user name or password for ${mail.user}`);
    // The card the app page fills from this (tests/e2e/email-in.test.ts shows it in Chromium).
    expect(await (await fetch(`${h.url}/apps/mail-log`)).text()).toContain('id="email-in"');
  });

  it('an email app the builder made from a description runs from a delivered email', async () => {
    const built = await h.api('POST', '/api/conversations', {
      text: 'when a customer emails our support inbox, draft a friendly reply and keep every email and draft in a table',
    });
    expect(built.body.outcome).toBe('built');
    const slug = built.body.app.slug as string;
    const spec = (await h.store.getApp(slug))!.spec;
    expect(spec.triggers.map((t) => t.kind)).toContain('email');
    expect(spec.inputs.map((f) => f.name)).toEqual(expect.arrayContaining(['from', 'subject', 'text']));

    expect((await h.api('PUT', `/api/apps/${slug}/mailbox`, mailbox())).status).toBe(200);
    await mail.deliver({ from: 'Eve <eve@example.com>', subject: 'Broken zipper', text: 'The zipper on my bag broke after a week.' });
    await h.automation.email.checkNow();
    const runs = (await h.api('GET', `/api/apps/${slug}/runs`)).body.items as { trigger: { kind: string }; status: string }[];
    // No provider key here: the writing step is a dry run, which still shows the email reached the prompt.
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ trigger: { kind: 'email' }, status: 'dry-run' });
  });
});
