/** Where a CLI command writes, and how it may decorate text; tests pass their own. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Bold/dim decoration (a TTY without NO_COLOR). */
  color: boolean;
  /** Widest a line may be. */
  width: number;
}

export function processIo(): CliIo {
  const columns = process.stdout.columns;
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    color: Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env),
    width: columns && columns >= 60 ? Math.min(columns, 140) : 100,
  };
}

export function bold(io: CliIo, text: string): string {
  return io.color ? `\u001b[1m${text}\u001b[22m` : text;
}

export function dim(io: CliIo, text: string): string {
  return io.color ? `\u001b[2m${text}\u001b[22m` : text;
}

/** A command line that cannot be run as typed (unknown flag, bad value, missing argument). */
export class CliUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}
