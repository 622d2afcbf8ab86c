/**
 * Issue 12: no regex in the built-in planner (agent/planner/) is longer than 200 characters —
 * long patterns are written as named parts (agent/planner/regex-parts.ts). The sources are parsed
 * with SWC, so regex literals and `new RegExp(…)` patterns are found as syntax, not by a regex.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSync } from '@swc/core';
import { describe, expect, it } from 'vitest';

const MAX = 200;

interface Node {
  type?: string;
  span?: { start: number; end: number };
  [key: string]: unknown;
}

/** A pattern's length: a literal's body, or the text of `new RegExp`'s first argument inside its quotes. */
function patternLength(node: Node, bytes: Buffer): number | undefined {
  if (node.type === 'RegExpLiteral') return (node.pattern as string).length;
  const isRegExpCall = node.type === 'NewExpression' || node.type === 'CallExpression';
  const callee = node.callee as Node | undefined;
  if (!isRegExpCall || callee?.type !== 'Identifier' || callee.value !== 'RegExp') return undefined;
  const first = (node.arguments as Array<{ expression: Node }> | undefined)?.[0]?.expression;
  if (first?.type !== 'StringLiteral' && first?.type !== 'TemplateLiteral') return undefined;
  // SWC spans are 1-based byte offsets; the quotes or backticks are not part of the pattern.
  return bytes.subarray(first.span!.start - 1, first.span!.end - 1).toString('utf8').length - 2;
}

/** `file:line (n chars)` for each regex in the source longer than MAX characters. */
function longRegexes(file: string, source: string): string[] {
  const bytes = Buffer.from(source, 'utf8');
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const node = value as Node;
    const length = patternLength(node, bytes);
    if (length !== undefined && length > MAX) {
      const line = bytes
        .subarray(0, node.span!.start - 1)
        .toString('utf8')
        .split('\n').length;
      found.push(`${file}:${line} (${length} chars)`);
    }
    for (const [key, child] of Object.entries(node)) if (key !== 'span') visit(child);
  };
  visit(parseSync(source, { syntax: 'typescript' }));
  return found;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('planner regex size', () => {
  it('finds regex literals and new RegExp patterns over 200 characters, and only those', () => {
    const long = 'a|'.repeat(100);
    const source = [
      '/** a comment — before */',
      `const literal = /${long}b/;`,
      `const built = new RegExp(\`${long}\${literal.source}\`, 'g');`,
      `const quoted = RegExp('${long}b');`,
      `const fits = /${long}/;`,
    ].join('\n');
    expect(longRegexes('x.ts', source)).toEqual(['x.ts:2 (201 chars)', 'x.ts:3 (217 chars)', 'x.ts:4 (201 chars)']);
  });

  it('has no regex over 200 characters in agent/planner/', () => {
    const files = tsFiles('agent/planner');
    expect(files.length).toBeGreaterThan(40);
    expect(files.flatMap((f) => longRegexes(f, readFileSync(f, 'utf8')))).toEqual([]);
  });
});
