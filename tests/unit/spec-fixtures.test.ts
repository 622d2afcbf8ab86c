/**
 * Persisted-format fixtures (never regenerated): every v1 spec still parses and survives a
 * JSON round trip; every negative spec is refused with the expected sentence at the expected path.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAppSpec, SpecValidationError } from '../../agent/spec/validate-spec';

const root = join(import.meta.dirname, '../fixtures/specs');
const files = (dir: string) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.json'));
const read = (dir: string, file: string): unknown => JSON.parse(readFileSync(join(root, dir, file), 'utf8'));

describe('spec fixtures v1 (valid)', () => {
  it.each(files('v1'))('%s parses and round-trips through JSON', (file) => {
    const spec = parseAppSpec(read('v1', file));
    expect(parseAppSpec(JSON.parse(JSON.stringify(spec)))).toEqual(spec);
  });
});

interface NegativeFixture {
  spec: unknown;
  expected: { path: string; message: string };
}

describe('spec fixtures negative (refused with a sentence naming the path)', () => {
  it.each(files('negative'))('%s is refused', (file) => {
    const { spec, expected } = read('negative', file) as NegativeFixture;
    let error: unknown;
    try {
      parseAppSpec(spec);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SpecValidationError);
    const issues = (error as SpecValidationError).issues;
    expect(issues.map((i) => i.path)).toContain(expected.path);
    const issue = issues.find((i) => i.path === expected.path)!;
    expect(issue.message).toContain(expected.message);
    expect((error as Error).message).toContain(`${expected.path}: ${issue.message}`);
    expect((error as Error).message).toMatch(/try again\.$/);
  });
});
