/**
 * Files and where files are kept: "saved as PNG", "save the report to our Drive folder", "as a
 * Google Doc". A result kept as a file is handed back or filed, not a row in a table.
 */
import type { Token } from './language';
import { TABLE_WORDS } from './table-words';

/** File formats: "saved as PNG" is how a result is handed back, not rows kept. */
const FORMATS = new Set(['png', 'jpg', 'jpeg', 'webp', 'svg', 'pdf', 'csv', 'json', 'docx', 'markdown', 'html', 'txt']);
/** Where files and pages are kept: "save it to our Drive folder", "store the audio in S3", "save it to WordPress", "as a Google Doc". */
const FILE_STORES = new Set(['folder', 'drive', 'dropbox', 'doc', 'document', 'file', 'attachment', 'bucket', 's3', 'wiki', 'wordpress']);

/** The phrase after `k` (a place word or "as") is a file or where files are kept, and no table. */
export function fileStoreAt(tokens: readonly Token[], k: number): boolean {
  const end = tokens.findIndex((x, n) => n > k && x.pos === 'PUNCT');
  const phrase = tokens.slice(k + 1, Math.min(end < 0 ? tokens.length : end, k + 6));
  return phrase.some((x) => FILE_STORES.has(x.lemma) || FORMATS.has(x.lower)) && !phrase.some((x) => TABLE_WORDS.has(x.lemma));
}
