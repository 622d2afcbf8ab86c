/** Dates for people, in the browser's zone and the UI's one format (web/shared/words.ts). Money and counts: agent/catalog/money.ts. */
import { formatDate } from '../agent/spec/plain-words';

export function formatTime(iso: string): string {
  return formatDate(iso);
}
