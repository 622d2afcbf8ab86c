/**
 * The mailbox of an app's email trigger, for its editors: GET shows the settings (never the
 * password) and how the watcher is doing; PUT checks that the mailbox can be read and only then
 * saves it (a wrong password is a 422 sentence, nothing saved); DELETE stops watching.
 */
import { Router } from 'express';
import { AppSpecSchema } from '../../agent/spec/app-spec';
import { lazySecretBox } from '../auth/secret-box';
import { automationFor } from '../automation/automation-registry';
import { EMAIL_INPUT_NAMES } from '../../agent/spec/email-input-names';
import { connectMailbox } from '../automation/email/mailbox-client';
import { startCursor, type Cursor } from '../automation/email/mailbox-cursor';
import { MailboxError, mailboxFailure } from '../automation/email/mailbox-error';
import {
  MailboxInputSchema,
  mailboxView,
  readMailbox,
  removeMailbox,
  writeMailbox,
  type MailboxSettings,
} from '../automation/email/mailbox-settings';
import { clearMailboxStatus, readMailboxStatus } from '../automation/email/mailbox-status';
import { auditRequest } from '../http/audit-request';
import { parseRequest } from '../http/validate';
import { createOutboundClient } from '../integrations/http';
import type { StoredApp } from '../store/records';
import { requireApp } from './app-lookup';
import type { ApiDeps } from './deps';
import { SlugParams } from './params';

export function mailboxRoutes(deps: ApiDeps): Router {
  const box = deps.secretBox ?? lazySecretBox(deps.config.dataDir);
  const outbound = createOutboundClient({ allow: deps.config.outboundAllow });
  const checkHost = (host: string) => outbound.check(`https://${host}/`);
  const router = Router({ mergeParams: true });

  async function describe(app: StoredApp) {
    const spec = AppSpecSchema.parse(app.spec);
    const enabled = spec.triggers.some((t) => t.kind === 'email');
    const settings = await readMailbox(deps.store, box, app.id);
    const filled = spec.inputs
      .filter((f) => (EMAIL_INPUT_NAMES as readonly string[]).includes(f.name) || f.type === 'document')
      .map((f) => f.name);
    return {
      enabled,
      mailbox: settings ? mailboxView(settings) : null,
      status: settings ? await readMailboxStatus(deps.store, app.id) : null,
      inputs: filled,
      summary: !enabled
        ? 'This app has no email trigger. Ask the builder to "run it when an email arrives" to add one.'
        : settings
          ? `Each new email in ${settings.folder} of ${settings.user} on ${settings.host} starts a run${filled.length ? ` with ${filled.join(', ')}` : ''}.`
          : 'Set up the mailbox this app should watch: its IMAP server, user name and password.',
    };
  }

  router.get('/', async (req, res) => {
    const app = await requireApp(deps.store, parseRequest(SlugParams, req.params, 'params').slug);
    res.json(await describe(app));
  });

  router.put('/', async (req, res) => {
    const app = await requireApp(deps.store, parseRequest(SlugParams, req.params, 'params').slug);
    const input = parseRequest(MailboxInputSchema, req.body, 'body');
    const stored = await readMailbox(deps.store, box, app.id);
    const password = input.password ?? stored?.password;
    if (!password) throw new MailboxError('body.password: the mailbox password is required (it is kept sealed and never shown again).');
    const settings: MailboxSettings = { ...input, password };
    let newest: Cursor;
    try {
      const client = await connectMailbox(settings, checkHost);
      newest = { validity: String(client.mailbox ? client.mailbox.uidValidity : 0), uid: client.mailbox ? client.mailbox.uidNext - 1 : 0 };
      await client.logout();
    } catch (error) {
      throw new MailboxError(`${mailboxFailure(error, mailboxView(settings))} Nothing was saved.`, { cause: error });
    }
    await writeMailbox(deps.store, box, app.id, settings);
    // From the newest message now: what arrives after saving runs, what was there before does not.
    await startCursor(deps.store, app.id, newest);
    await clearMailboxStatus(deps.store, app.id);
    await auditRequest(deps.store, req, {
      action: 'mailbox.set',
      target: app.slug,
      detail: { host: settings.host, user: settings.user, folder: settings.folder },
    });
    await automationFor(deps.store)?.email?.sync();
    res.json(await describe(app));
  });

  router.delete('/', async (req, res) => {
    const app = await requireApp(deps.store, parseRequest(SlugParams, req.params, 'params').slug);
    await removeMailbox(deps.store, app.id);
    await clearMailboxStatus(deps.store, app.id);
    await auditRequest(deps.store, req, {
      action: 'mailbox.remove',
      target: app.slug,
      detail: {},
    });
    await automationFor(deps.store)?.email?.sync();
    res.json(await describe(app));
  });

  return router;
}
