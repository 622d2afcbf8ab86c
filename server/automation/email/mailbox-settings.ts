/**
 * The mailbox an app with an email trigger watches: IMAP host, port, TLS, user, password and
 * folder. Kept in the store's state per app with the password sealed by the master key (as
 * provider keys and webhook secrets are); what people and API clients see never holds it.
 */
import { z } from 'zod';
import type { SecretBox } from '../../auth/secret-box';
import type { Store } from '../../store/store';

export const MailboxInputSchema = z.strictObject({
  host: z
    .string()
    .trim()
    .min(1, 'host is required, e.g. imap.example.com')
    .max(253)
    .refine((h) => !/[\s/:@]/.test(h) || h.startsWith('['), 'host must be a host name or IP address, without a scheme or port'),
  port: z.number().int().min(1).max(65535).default(993),
  /** TLS from the first byte (port 993); false upgrades with STARTTLS when the server offers it. */
  secure: z.boolean().default(true),
  user: z.string().trim().min(1, 'user is required').max(320),
  /** Omitted on a change: keep the stored password. */
  password: z.string().min(1).max(1000).optional(),
  folder: z.string().trim().min(1).max(200).default('INBOX'),
});
export type MailboxInput = z.infer<typeof MailboxInputSchema>;

export interface MailboxSettings {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  password: string;
  folder: string;
}

interface StoredMailbox extends Omit<MailboxSettings, 'password'> {
  sealedPassword: string;
}

/** What an editor sees: everything but the password. */
export type MailboxView = Omit<MailboxSettings, 'password'>;

const mailboxKey = (appId: string) => `mailbox:${appId}`;

export function mailboxView(settings: MailboxSettings): MailboxView {
  const { password: _password, ...view } = settings;
  return view;
}

export async function readMailbox(store: Store, box: SecretBox, appId: string): Promise<MailboxSettings | null> {
  const stored = await store.getState<StoredMailbox>(mailboxKey(appId));
  if (!stored) return null;
  const { sealedPassword, ...rest } = stored;
  return { ...rest, password: box.open(sealedPassword) };
}

export async function writeMailbox(store: Store, box: SecretBox, appId: string, settings: MailboxSettings): Promise<void> {
  const { password, ...rest } = settings;
  await store.setState<StoredMailbox>(mailboxKey(appId), { ...rest, sealedPassword: box.seal(password) });
}

export async function removeMailbox(store: Store, appId: string): Promise<void> {
  // State has no delete; null reads back as "no mailbox".
  await store.setState(mailboxKey(appId), null);
}

/** Same server, account and folder: a watcher on the old settings may keep its connection. */
export function sameMailbox(a: MailboxSettings, b: MailboxSettings): boolean {
  return (
    a.host === b.host &&
    a.port === b.port &&
    a.secure === b.secure &&
    a.user === b.user &&
    a.password === b.password &&
    a.folder === b.folder
  );
}
