/**
 * Things that are records of the system that holds them, however they reach it: a helpdesk's
 * tickets come by mail, chat or a portal, and each new one is a record made there. So "each new
 * ticket", "every incoming ticket" and "when a ticket is created" start a run on a new record,
 * unless the words say how it reaches the tool instead (by mail, through a webhook).
 */
import { ENDPOINT_WORDS } from './endpoint-words';
import type { Token } from './language';

/** Nouns for records a system of their own holds. */
const HELD_RECORDS = new Set(['ticket']);

/** `noun` names a record held by a system of its own. */
export const isHeldRecord = (noun: Token | undefined): boolean => !!noun && HELD_RECORDS.has(noun.lemma);

/** A webhook or endpoint said in `words`: how the held record reaches the tool, so no new record starts it. */
export const saysEndpoint = (words: readonly Token[]): boolean => words.some((t) => ENDPOINT_WORDS.has(t.lower));
