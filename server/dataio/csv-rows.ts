/**
 * A CSV file's rows, streamed: papaparse's Node stream parser over a UTF-8 file stream, so
 * memory holds a chunk or two whatever the file's size, and backpressure pauses the file
 * while the consumer works. The delimiter is detected (comma, semicolon, tab…), as
 * spreadsheets in other locales write it. Every cell is a string.
 */
import { createReadStream } from 'node:fs';
import Papa from 'papaparse';
import type { SheetRow } from './sheet';

export async function* csvRows(path: string): AsyncGenerator<SheetRow> {
  // A string stream: its decoder keeps a character split across two chunks whole.
  const file = createReadStream(path, { encoding: 'utf8' });
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { skipEmptyLines: false });
  file.on('error', (error) => parser.destroy(error));
  file.pipe(parser);
  let number = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      number += 1;
      // A UTF-8 byte-order mark (Excel writes one) is not part of the first header.
      if (number === 1 && cells[0]?.startsWith('\ufeff')) cells[0] = cells[0].slice(1);
      yield { number, cells };
    }
  } finally {
    file.destroy();
    parser.destroy();
  }
}
