/**
 * An IMAP connection to a mailbox with its folder selected (so the client IDLEs on it), after
 * the outbound guard has passed the host. Used by the watcher and by the check that a mailbox
 * works before its settings are saved.
 */
import { ImapFlow } from 'imapflow';
import type { MailboxSettings } from './mailbox-settings';

export async function connectMailbox(
  settings: MailboxSettings,
  checkHost: (host: string) => Promise<void>,
  /** Attaches listeners before connecting; an 'error' listener is always needed, or errors crash the process. */
  prepare: (client: ImapFlow) => void = (client) => client.on('error', () => {}),
): Promise<ImapFlow> {
  const { host, port, secure, user, password, folder } = settings;
  await checkHost(host);
  const client = new ImapFlow({
    host,
    port,
    secure,
    auth: { user, pass: password },
    logger: false,
    connectionTimeout: 20_000,
    greetingTimeout: 15_000,
    // Re-issue IDLE now and then: some servers drop idle connections silently.
    maxIdleTime: 5 * 60_000,
  });
  prepare(client);
  try {
    await client.connect();
    await client.mailboxOpen(folder);
    return client;
  } catch (error) {
    client.close();
    throw error;
  }
}
