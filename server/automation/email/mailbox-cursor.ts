/**
 * Which of a mailbox's messages an app has handled: the mailbox's UIDVALIDITY and the highest
 * UID handled, one state entry per app. Advanced one message at a time in UID order with
 * compareAndSetState, so of several instances exactly one claims each message. A new
 * UIDVALIDITY (the server renumbered the folder) or a newly saved mailbox starts it at the
 * newest message: mail already there does not flood the app with runs.
 */
import type { Store } from '../../store/store';

export interface Cursor {
  validity: string;
  uid: number;
}

const cursorKey = (appId: string) => `mailbox-cursor:${appId}`;

/** Starts the cursor at the mailbox's newest message (a mailbox was just saved). */
export async function startCursor(store: Store, appId: string, at: Cursor): Promise<void> {
  await store.setState<Cursor>(cursorKey(appId), at);
}

/** The cursor for this UIDVALIDITY, started at `newest` when there is none for it; null if another instance moved it elsewhere. */
export async function currentCursor(store: Store, appId: string, validity: string, newest: number): Promise<Cursor | null> {
  const key = cursorKey(appId);
  const stored = await store.getState<Cursor>(key);
  if (stored && stored.validity === validity) return stored;
  const start: Cursor = { validity, uid: newest };
  if (await store.compareAndSetState<Cursor>(key, stored, start)) return start;
  const theirs = await store.getState<Cursor>(key);
  return theirs?.validity === validity ? theirs : null;
}

/** Advances the cursor to `uid`; false when it is already there or past it (another instance handled it). */
export async function claimMessage(store: Store, appId: string, validity: string, uid: number): Promise<boolean> {
  const key = cursorKey(appId);
  for (;;) {
    const cursor = await store.getState<Cursor>(key);
    if (!cursor || cursor.validity !== validity || cursor.uid >= uid) return false;
    if (await store.compareAndSetState<Cursor>(key, cursor, { validity, uid })) return true;
  }
}
