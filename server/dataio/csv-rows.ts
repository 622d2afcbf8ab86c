/**
 * A CSV file's rows, streamed: papaparse reads a UTF-8 file stream and hands over each chunk's
 * rows (about 64 KB of text at a time); while the reader still has rows to take, the file is
 * paused, so memory holds a chunk or two whatever the file's size. The delimiter is detected
 * (comma, semicolon, tab…), as spreadsheets in other locales write it. Every cell is a string.
 *
 * Not papaparse's NODE_STREAM_INPUT duplex: its backpressure pauses the parser every 16 rows and
 * re-splits the rest of the chunk on each resume, which made short-row files ~10× slower.
 */
import { createReadStream } from 'node:fs';
import Papa from 'papaparse';
import type { SheetRow } from './sheet';

export async function* csvRows(path: string): AsyncGenerator<SheetRow> {
  // A string stream: its decoder keeps a character split across two chunks whole.
  const file = createReadStream(path, { encoding: 'utf8' });
  let arrived: string[][] = [];
  let ended = false;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  Papa.parse<string[]>(file, {
    skipEmptyLines: false,
    chunk(results) {
      for (const row of results.data) arrived.push(row);
      file.pause();
      notify();
    },
    complete() {
      ended = true;
      notify();
    },
    error(error) {
      failure = error;
      notify();
    },
  });
  file.on('error', (error) => {
    failure = error;
    notify();
  });
  let number = 0;
  try {
    for (;;) {
      if (arrived.length === 0) {
        if (failure) throw failure;
        if (ended) return;
        file.resume();
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        continue;
      }
      const rows = arrived;
      arrived = [];
      for (const cells of rows) {
        number += 1;
        // A UTF-8 byte-order mark (Excel writes one) is not part of the first header.
        if (number === 1 && cells[0]?.startsWith('\ufeff')) cells[0] = cells[0].slice(1);
        yield { number, cells };
      }
    }
  } finally {
    file.destroy();
  }
}
