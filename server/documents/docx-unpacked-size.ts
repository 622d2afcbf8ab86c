/**
 * A guard before mammoth: a DOCX is a ZIP, and a small one can unpack to gigabytes (a zip
 * bomb), which mammoth would inflate in memory. With fflate, the sizes the central directory
 * declares are summed (catching entries that share one compressed body), then the entries are
 * actually inflated while counting (catching sizes declared too small); either past `limit`
 * stops the upload.
 */
import { Unzip, UnzipInflate, unzipSync } from 'fflate';

export type UnpackedSize = { ok: true } | { ok: false; reason: 'too-large' | 'unreadable' };

class TooLarge extends Error {}

export function checkUnpackedSize(bytes: Uint8Array, limit: number): UnpackedSize {
  try {
    let declared = 0;
    unzipSync(bytes, {
      filter: (file) => {
        declared += file.originalSize;
        return false;
      },
    });
    if (declared > limit) return { ok: false, reason: 'too-large' };
    let actual = 0;
    const unzip = new Unzip((file) => {
      file.ondata = (error, chunk) => {
        if (error) throw error;
        actual += chunk.length;
        if (actual > limit) throw new TooLarge();
      };
      file.start();
    });
    unzip.register(UnzipInflate);
    unzip.push(bytes, true);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error instanceof TooLarge ? 'too-large' : 'unreadable' };
  }
}
