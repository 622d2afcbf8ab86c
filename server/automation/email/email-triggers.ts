/**
 * Keeps one mailbox watcher per app that has an email trigger and a mailbox set up: started
 * with automation, brought in line with the apps on every sync (a periodic pass, and at once
 * when a mailbox is saved), stopped with automation. On several instances each instance
 * watches; the store's cursor makes each message one run (see mailbox-watcher.ts).
 */
import type { SecretBox } from '../../auth/secret-box';
import type { OutboundClient } from '../../integrations/http';
import type { Logger } from '../../logger';
import type { Runtime } from '../../runtime/run-app';
import type { Store } from '../../store/store';
import { attachAutomation } from '../automation-registry';
import type { EmailTriggers } from './email-trigger-control';
import { readMailbox, sameMailbox } from './mailbox-settings';
import { MailboxWatcher } from './mailbox-watcher';

export type { EmailTriggers };

export interface EmailTriggerOptions {
  store: Store;
  box: SecretBox;
  runtime: Pick<Runtime, 'run'>;
  logger: Logger;
  outbound: Pick<OutboundClient, 'check'>;
  /** Poll in case an IDLE push is missed; default 60 s. */
  pollMs?: number;
  /** Re-read the apps; default 30 s. */
  syncMs?: number;
  now?: () => Date;
}

export function startEmailTriggers(options: EmailTriggerOptions): EmailTriggers {
  const { store, box, logger } = options;
  const watchers = new Map<string, MailboxWatcher>();
  const deps = {
    store,
    runtime: options.runtime,
    logger,
    pollMs: options.pollMs ?? 60_000,
    now: options.now ?? (() => new Date()),
    // The outbound guard speaks URLs; only the host's addresses matter to it.
    checkHost: (host: string) => options.outbound.check(`https://${host}/`),
  };
  let syncing: Promise<void> = Promise.resolve();
  let stopped = false;

  async function syncOnce(): Promise<void> {
    const wanted = new Set<string>();
    for (const app of await store.listApps()) {
      if (!app.spec.triggers.some((t) => t.kind === 'email')) continue;
      let settings: Awaited<ReturnType<typeof readMailbox>>;
      try {
        settings = await readMailbox(store, box, app.id);
      } catch (error) {
        logger.warn('mailbox settings unreadable', { app: app.slug, error });
        continue;
      }
      if (!settings) continue;
      wanted.add(app.id);
      const current = watchers.get(app.id);
      if (current && sameMailbox(current.settings, settings)) continue;
      await current?.stop();
      const watcher = new MailboxWatcher(deps, app, settings);
      watchers.set(app.id, watcher);
      watcher.start();
    }
    for (const [appId, watcher] of watchers) {
      if (wanted.has(appId)) continue;
      watchers.delete(appId);
      await watcher.stop();
    }
  }

  const sync = () => {
    syncing = syncing
      .then(() => (stopped ? undefined : syncOnce()))
      .catch((error: unknown) => logger.warn('email trigger sync failed', { error }));
    return syncing;
  };

  const timer = setInterval(() => void sync(), options.syncMs ?? 30_000);
  timer.unref();

  const triggers: EmailTriggers = {
    sync,
    async checkNow(appId) {
      await syncing;
      await Promise.all([...watchers].filter(([id]) => appId === undefined || id === appId).map(([, w]) => w.checkNow()));
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      detach();
      await syncing;
      await Promise.all([...watchers.values()].map((w) => w.stop()));
      watchers.clear();
    },
  };
  const detach = attachAutomation(store, 'email', triggers);
  void sync();
  return triggers;
}
