/**
 * Plain-text tables for the terminal: aligned columns, long cells wrapped at word
 * boundaries so a table fits the terminal width instead of overflowing it.
 */

export interface TableOptions {
  /** Widest the whole table may be, in characters (default: terminal width, else 100). */
  maxWidth?: number;
  /** Spaces between columns (default 2). */
  gap?: number;
  /** Left margin (default 0). */
  indent?: number;
  /** Columns to right-align (numbers, prices), by index. */
  alignRight?: number[];
  /** Columns never narrowed (ids people copy), by index; default the first. */
  keepWidth?: number[];
}

export function terminalWidth(): number {
  const columns = process.stdout.columns;
  return columns && columns >= 60 ? Math.min(columns, 140) : 100;
}

/**
 * Lines of at most `width` characters, breaking at spaces; a longer word is split, or kept
 * whole (URLs people copy) when `breakLongWords` is false. A cell that starts with "• "
 * keeps its continuation lines under the text.
 */
export function wrap(text: string, width: number, breakLongWords = true): string[] {
  return text.split('\n').flatMap((paragraph) => {
    if (paragraph.startsWith('• ') && width > 4) {
      return wrapParagraph(paragraph.slice(2), width - 2, breakLongWords).map((line, i) => (i === 0 ? `• ${line}` : `  ${line}`));
    }
    return wrapParagraph(paragraph, width, breakLongWords);
  });
}

function wrapParagraph(paragraph: string, width: number, breakLongWords: boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(/ +/)) {
    let rest = word;
    while (breakLongWords && rest.length > width) {
      if (line) {
        lines.push(line);
        line = '';
      }
      lines.push(rest.slice(0, width));
      rest = rest.slice(width);
    }
    if (!line) line = rest;
    else if (line.length + 1 + rest.length <= width) line += ` ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  lines.push(line);
  return lines;
}

/** Column widths that fit `budget`: the widest columns give up space first, none below `floor`. */
function fitWidths(natural: number[], budget: number, floor: number, keep: ReadonlySet<number>): number[] {
  const widths = [...natural];
  const shrinkable = () => widths.map((w, i) => (keep.has(i) ? 0 : w));
  let excess = widths.reduce((a, b) => a + b, 0) - budget;
  while (excess > 0) {
    const candidates = shrinkable();
    const widest = Math.max(...candidates);
    if (widest <= floor) break;
    const i = candidates.indexOf(widest);
    const secondWidest = Math.max(floor, ...candidates.filter((_, j) => j !== i));
    const cut = Math.min(excess, Math.max(1, widest - secondWidest));
    widths[i] = widest - cut;
    excess -= cut;
  }
  return widths;
}

/** Renders `header` + `rows`; returns lines without trailing spaces. */
export function renderTable(header: readonly string[] | null, rows: readonly (readonly string[])[], options: TableOptions = {}): string[] {
  const gap = options.gap ?? 2;
  const indent = options.indent ?? 0;
  const all = header ? [header, ...rows] : rows;
  const columns = Math.max(0, ...all.map((r) => r.length));
  const natural = Array.from({ length: columns }, (_, c) =>
    Math.max(1, ...all.flatMap((r) => (r[c] ?? '').split('\n').map((l) => l.length))),
  );
  const budget = (options.maxWidth ?? terminalWidth()) - indent - gap * (columns - 1);
  const widths = fitWidths(natural, budget, 12, new Set(options.keepWidth ?? [0]));
  const right = new Set(options.alignRight ?? []);

  const lines: string[] = [];
  const emit = (row: readonly string[]) => {
    const cells = widths.map((w, c) => wrap(row[c] ?? '', w));
    const height = Math.max(...cells.map((c) => c.length));
    for (let i = 0; i < height; i++) {
      const parts = widths.map((w, c) => {
        const text = cells[c]![i] ?? '';
        return right.has(c) ? text.padStart(w) : text.padEnd(w);
      });
      lines.push((' '.repeat(indent) + parts.join(' '.repeat(gap))).trimEnd());
    }
  };
  if (header) {
    emit(header);
    lines.push(' '.repeat(indent) + widths.map((w) => '─'.repeat(w)).join(' '.repeat(gap)));
  }
  rows.forEach(emit);
  return lines;
}
