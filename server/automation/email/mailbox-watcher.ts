/**
 * Watches one app's mailbox over IMAP and starts a run per new message.
 *
 * New mail is noticed through IDLE (the server pushes EXISTS) and, in case a push is missed,
 * by a poll. Which messages are handled is the store's cursor (mailbox-cursor.ts), so instances
 * sharing a store each start a different message's run, never the same one twice, across
 * restarts too. A message is claimed after its source is fetched and before its run starts: a
 * crash in between loses that one run (at most once), never repeats it.
 */
import type { ImapFlow } from 'imapflow';
import { connectMailbox } from './mailbox-client';
import { claimMessage, currentCursor } from './mailbox-cursor';
import type { Logger } from '../../logger';
import type { Runtime } from '../../runtime/run-app';
import type { StoredApp } from '../../store/records';
import type { Store } from '../../store/store';
import { emailRunInputs } from './email-inputs';
import { mailboxFailure } from './mailbox-error';
import { mailboxView, type MailboxSettings } from './mailbox-settings';
import { noteMailboxProblem, writeMailboxState, type MailboxStatus } from './mailbox-status';

/** Messages larger than this are skipped with a sentence in the status; no app wants a 30 MB prompt. */
export const MAX_MESSAGE_BYTES = 25 * 1024 * 1024;
/** Messages taken per check; the rest wait for the next one, so a flood is worked through in order. */
const BATCH = 20;

export interface WatcherDeps {
  store: Store;
  runtime: Pick<Runtime, 'run'>;
  logger: Logger;
  /** Throws a sentence when the host may not be reached (the outbound guard). */
  checkHost(host: string): Promise<void>;
  pollMs: number;
  now(): Date;
}

interface Fetched {
  uid: number;
  source: Buffer | null;
  size: number;
}

export class MailboxWatcher {
  #client: ImapFlow | null = null;
  #queue: Promise<void> = Promise.resolve();
  #timer: NodeJS.Timeout | null = null;
  #stopped = false;
  #lastStatus = '';

  constructor(
    private readonly deps: WatcherDeps,
    readonly app: Pick<StoredApp, 'id' | 'slug'>,
    readonly settings: MailboxSettings,
  ) {}

  start(): void {
    void this.checkNow();
    this.#timer = setInterval(() => void this.checkNow(), this.deps.pollMs);
    this.#timer.unref();
  }

  /** One look at the mailbox, after any already under way; never rejects (failures go to the status). */
  checkNow(): Promise<void> {
    this.#queue = this.#queue.then(() => (this.#stopped ? undefined : this.#check()));
    return this.#queue;
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearInterval(this.#timer);
    await this.#queue;
    const client = this.#client;
    this.#client = null;
    await client?.logout().catch(() => client.close());
  }

  async #check(): Promise<void> {
    try {
      const fetched = await this.#fetchNew();
      for (const message of fetched) await this.#startRun(message);
      await this.#status({
        state: 'watching',
        sentence: `Watching ${this.settings.folder} of ${this.settings.user} on ${this.settings.host}.`,
      });
    } catch (error) {
      this.#drop();
      await this.#status({ state: 'failing', sentence: mailboxFailure(error, mailboxView(this.settings)) });
    }
  }

  async #connect(): Promise<ImapFlow> {
    if (this.#client?.usable) return this.#client;
    this.#drop();
    const client = await connectMailbox(this.settings, this.deps.checkHost, (c) => {
      // Errors also reject the command under way; without a listener an 'error' event would crash the process.
      c.on('error', (error: unknown) => this.deps.logger.warn('mailbox connection error', { app: this.app.slug, error }));
      c.on('close', () => {
        if (this.#client === c) this.#client = null;
      });
      c.on('exists', () => void this.checkNow());
    });
    this.#client = client;
    return client;
  }

  #drop(): void {
    const client = this.#client;
    this.#client = null;
    client?.close();
  }

  /** The sources of messages past the cursor, oldest first, at most BATCH. */
  async #fetchNew(): Promise<Fetched[]> {
    const client = await this.#connect();
    const lock = await client.getMailboxLock(this.settings.folder);
    try {
      // The client only knows of mail the server has told it about; a NOOP collects what
      // arrived since (a poll, or a check asked for before the IDLE push came).
      await client.noop();
      const box = client.mailbox;
      if (!box) return [];
      // The selected mailbox's uidNext is not kept current by the server's pushes, so it only
      // places a cursor seen for the first time; new mail is found by the fetch below.
      const cursor = await currentCursor(this.deps.store, this.app.id, String(box.uidValidity), box.uidNext - 1);
      if (!cursor) return [];
      const found: Fetched[] = [];
      // "n:*" also matches the newest message when it is below n, hence the filter.
      for await (const m of client.fetch(`${cursor.uid + 1}:*`, { uid: true, size: true }, { uid: true })) {
        if (m.uid > cursor.uid) found.push({ uid: m.uid, size: m.size ?? 0, source: null });
      }
      const batch = found.sort((a, b) => a.uid - b.uid).slice(0, BATCH);
      for (const m of batch) {
        if (m.size > MAX_MESSAGE_BYTES) continue;
        const full = await client.fetchOne(String(m.uid), { source: true }, { uid: true });
        m.source = full ? (full.source ?? null) : null;
      }
      return batch;
    } finally {
      lock.release();
    }
  }

  async #startRun(message: Fetched): Promise<void> {
    const box = this.#client?.mailbox;
    const validity = box ? String(box.uidValidity) : null;
    if (!validity || !(await claimMessage(this.deps.store, this.app.id, validity, message.uid))) return;
    const app = await this.deps.store.getApp(this.app.slug);
    if (!app?.spec.triggers.some((t) => t.kind === 'email')) return;
    if (!message.source) {
      await this.#note(`Message ${message.uid} was skipped: it is larger than ${MAX_MESSAGE_BYTES / (1024 * 1024)} MB.`);
      return;
    }
    let summary = `message ${message.uid}`;
    try {
      const email = await emailRunInputs(app.spec, message.source);
      summary = email.summary;
      const run = await this.deps.runtime.run({
        app,
        inputs: email.inputs,
        uploadedDocuments: email.documents,
        trigger: { kind: 'email', detail: `email from ${email.summary}` },
        actor: { userId: null, workspaceId: app.workspaceId, role: 'runner' },
      });
      this.deps.logger.info('email run finished', { app: app.slug, runId: run.id, status: run.status });
    } catch (error) {
      // The inputs were refused (a required input the email does not fill, a corrupt attachment):
      // no run exists to show it, so the status says it.
      await this.#note(`The email "${summary}" did not start a run: ${(error as Error).message}`);
    }
  }

  async #note(sentence: string): Promise<void> {
    this.deps.logger.warn('email not run', { app: this.app.slug, reason: sentence });
    await this.#save(() => noteMailboxProblem(this.deps.store, this.app.id, sentence, this.deps.now()));
  }

  /** Writes the connection state when it changed (a poll that finds nothing new writes nothing). */
  async #status(status: Pick<MailboxStatus, 'state' | 'sentence'>): Promise<void> {
    const signature = `${status.state}|${status.sentence}`;
    if (signature === this.#lastStatus) return;
    this.#lastStatus = signature;
    await this.#save(() => writeMailboxState(this.deps.store, this.app.id, status, this.deps.now()));
  }

  async #save(write: () => Promise<void>): Promise<void> {
    await write().catch((error: unknown) => this.deps.logger.warn('mailbox status not saved', { app: this.app.slug, error }));
  }
}
