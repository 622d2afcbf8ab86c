import { ToolwrightError } from '../errors/toolwright-error';

/** A spec that does not parse or does not hold together; lists every problem by path. */
export interface SpecIssue {
  /** Where the problem is, e.g. `steps[1].prompt` (empty for the whole spec). */
  path: string;
  message: string;
}

export class SpecValidationError extends ToolwrightError<'spec'> {
  readonly family = 'spec';
  readonly kind = 'invalid-spec';

  constructor(readonly issues: SpecIssue[]) {
    const listed = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join(' ');
    const count = issues.length === 1 ? 'a problem' : `${issues.length} problems`;
    super(`The app spec has ${count}. ${listed} Fix ${issues.length === 1 ? 'it' : 'them'} and try again.`);
  }
}

/** Zod issue paths → `steps[1].prompt`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}
