/**
 * How an app's mailbox is doing, for its page: whether the watcher reads it (or the sentence
 * saying why not), and the last email that could not start a run. Kept in the store so every
 * instance's page shows what the instance watching it saw.
 */
import type { Store } from '../../store/store';

export interface MailboxStatus {
  state: 'watching' | 'failing';
  sentence: string;
  at: string;
  /** The last message that did not become a run, and why. */
  problem?: { sentence: string; at: string };
}

const statusKey = (appId: string) => `mailbox-status:${appId}`;

export function readMailboxStatus(store: Store, appId: string): Promise<MailboxStatus | null> {
  return store.getState<MailboxStatus>(statusKey(appId));
}

export async function writeMailboxState(
  store: Store,
  appId: string,
  state: Pick<MailboxStatus, 'state' | 'sentence'>,
  at: Date,
): Promise<void> {
  const current = await readMailboxStatus(store, appId);
  await store.setState<MailboxStatus>(statusKey(appId), {
    ...state,
    at: at.toISOString(),
    ...(current?.problem ? { problem: current.problem } : {}),
  });
}

export async function noteMailboxProblem(store: Store, appId: string, sentence: string, at: Date): Promise<void> {
  const current = await readMailboxStatus(store, appId);
  await store.setState<MailboxStatus>(statusKey(appId), {
    state: current?.state ?? 'watching',
    sentence: current?.sentence ?? 'Watching the mailbox.',
    at: current?.at ?? at.toISOString(),
    problem: { sentence, at: at.toISOString() },
  });
}

export async function clearMailboxStatus(store: Store, appId: string): Promise<void> {
  await store.setState(statusKey(appId), null);
}
