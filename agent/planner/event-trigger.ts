/**
 * What starts a tool from outside, once read from words: a call from another system or a
 * person acting somewhere (webhook), mail arriving (email), or a new record (record-created,
 * named by its singular noun).
 */
import type { Token } from './language';
import { saysMail } from './mail-words';

export type EventTrigger = { kind: 'webhook' } | { kind: 'email' } | { kind: 'record-created'; noun: string };

export const WEBHOOK: EventTrigger = { kind: 'webhook' };
export const EMAIL: EventTrigger = { kind: 'email' };

/** A start from outside: by mail when the words that say it (within `sentence`) speak of mail, else a webhook. */
export const inbound = (words: readonly Token[], sentence: readonly Token[] = words): EventTrigger =>
  saysMail(words, sentence) ? EMAIL : WEBHOOK;
