/**
 * Lessons kept as rules over the source (STYLE item 15): outbound HTTP from the server goes
 * through the SSRF-guarded client only, and nothing prints around the redacting logger.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    if (statSync(path.join(ROOT, rel)).isDirectory()) return sources(rel);
    return rel.endsWith('.ts') ? [rel] : [];
  });
}

/** Code lines only: comments may mention what the rules forbid. */
function codeLines(file: string): Array<{ line: number; text: string }> {
  return readFileSync(path.join(ROOT, file), 'utf8')
    .split('\n')
    .map((text, i) => ({ line: i + 1, text }))
    .filter(({ text }) => !/^\s*(\/\/|\*|\/\*)/.test(text));
}

function offenders(files: string[], pattern: RegExp, allowed: string[]): string[] {
  return files
    .filter((f) => !allowed.includes(f))
    .flatMap((f) =>
      codeLines(f)
        .filter(({ text }) => pattern.test(text))
        .map(({ line }) => `${f}:${line}`),
    );
}

const serverSide = [...sources('agent'), ...sources('server')];

describe('source rules', () => {
  it('server-side code calls fetch() nowhere: outbound HTTP goes through server/integrations/http.ts', () => {
    // The global fetch(); a method of that name (an IMAP client's FETCH) is not HTTP.
    expect(offenders(serverSide, /(?<![.\w$])fetch\(/, [])).toEqual([]);
  });

  it('browser code calls fetch() only in web/api.ts', () => {
    expect(offenders(sources('web'), /\bfetch\(/, ['web/api.ts'])).toEqual([]);
  });

  it('nothing prints with console.*: the logger redacts secrets, console does not', () => {
    expect(offenders([...serverSide, ...sources('web')], /\bconsole\.(log|info|warn|error|debug)\(/, [])).toEqual([]);
  });
});
