/**
 * The model-fitting command refuses a flag it does not know, with a sentence, before it reads
 * the corpus: a mistyped flag ("--help", "--write-ouput") once fell through to the branch that
 * rewrites the shipped models.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const script = fileURLToPath(new URL('../eval/planner/train-models.ts', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const shipped = new URL('../../agent/planner/learned/keeps-records.json', import.meta.url);

function run(...args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(tsx, [script, ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' } }, (error, _stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stderr });
    });
  });
}

describe('train-models flags', () => {
  it.each([['--help'], ['--write-ouput'], ['--judged']])('refuses %s with a sentence and writes nothing', async (flag) => {
    const before = readFileSync(shipped, 'utf8');
    const { code, stderr } = await run(flag);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^train-models: .+\. It takes --cv, .+; nothing was written\.\n$/);
    expect(readFileSync(shipped, 'utf8')).toBe(before);
  });
});
