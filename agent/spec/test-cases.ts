/**
 * Test cases: saved inputs of an app with optional checks on what a run gives back. They live
 * in the spec (`AppSpec.tests`), so every version carries its own test set and restoring a
 * version restores it; a change to the set is a version like any other change.
 *
 * The shapes are strict-mode compatible (every property present, null for "not set"), so the
 * same schemas are the spec's and the tools' (save_test_case, try_models).
 */
import safeRegex from 'safe-regex2';
import { z } from 'zod';
import { IdentifierSchema, NamedValueSchema } from './spec-names';

/** Longest pattern a `matches` check takes (the codebase's own limit on regexes). */
export const MAX_PATTERN_LENGTH = 200;

const step = IdentifierSchema.nullable().describe(
  'Step whose output is checked; null = the last AI step (for field-equals the last extract step, for label-in the last classify step).',
);
const text = z.string().min(1).max(2000);

/** A pattern that compiles and cannot backtrack catastrophically (safe-regex2's star-height check). */
export function patternProblem(pattern: string): string | null {
  try {
    new RegExp(pattern, 'iu');
  } catch (error) {
    return `The pattern /${pattern}/ does not compile: ${(error as Error).message}.`;
  }
  if (!safeRegex(pattern)) {
    return `The pattern /${pattern}/ could take exponential time on some texts (nested repetition such as (a+)+); write it without repeating a repetition.`;
  }
  return null;
}

export const TestCheckSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('contains'), step, text: text.describe('Text the output must contain (case-insensitive).') }),
    z.object({ kind: z.literal('not-contains'), step, text: text.describe('Text the output must not contain (case-insensitive).') }),
    z.object({
      kind: z.literal('matches'),
      step,
      pattern: z
        .string()
        .min(1)
        .max(MAX_PATTERN_LENGTH)
        .describe('JavaScript regular expression the output must match (case-insensitive); nested repetition is refused.')
        .superRefine((pattern, ctx) => {
          const problem = patternProblem(pattern);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        }),
    }),
    z.object({
      kind: z.literal('field-equals'),
      step,
      field: IdentifierSchema.describe('Extracted field name.'),
      value: z.string().max(2000).describe('Expected value, compared as text (numbers and booleans as written, e.g. "42", "true").'),
    }),
    z.object({
      kind: z.literal('label-in'),
      step,
      labels: z.array(z.string().min(1).max(80)).min(1).max(50).describe('The label the run picks must be one of these.'),
    }),
    z.object({ kind: z.literal('max-cost'), usd: z.number().min(0).max(1000).describe('Highest cost of one run, in USD.') }),
    z.object({ kind: z.literal('max-latency'), ms: z.number().int().min(1).max(3_600_000).describe('Longest a run may take, in ms.') }),
  ])
  .meta({ id: 'TestCheck' });
export type TestCheck = z.infer<typeof TestCheckSchema>;

export const TestCaseSchema = z.object({
  /** Short id, unique in the app ("t1", "t2"…). */
  id: IdentifierSchema,
  name: z.string().min(1).max(120),
  /** Input values as a form sends them (text); uploads hold their stored file or document id. */
  inputs: z.array(NamedValueSchema).max(50),
  checks: z.array(TestCheckSchema).max(20),
  /** The run the inputs came from, if any. */
  fromRun: z.string().max(64).nullable(),
});
export type TestCase = z.infer<typeof TestCaseSchema>;

/** How many test cases one app keeps (each trial runs all of them on every binding). */
export const MAX_TEST_CASES = 20;

export const TestSetSchema = z.array(TestCaseSchema).max(MAX_TEST_CASES);

/** A check in a few words, for the app page and trial results ("contains “refund”"). */
export function describeCheck(check: TestCheck): string {
  const on = 'step' in check && check.step ? ` (${check.step})` : '';
  switch (check.kind) {
    case 'contains':
      return `contains “${check.text}”${on}`;
    case 'not-contains':
      return `does not contain “${check.text}”${on}`;
    case 'matches':
      return `matches /${check.pattern}/${on}`;
    case 'field-equals':
      return `${check.field} is “${check.value}”${on}`;
    case 'label-in':
      return `label is ${check.labels.join(' or ')}${on}`;
    case 'max-cost':
      return `costs at most $${check.usd}`;
    case 'max-latency':
      return `takes at most ${check.ms} ms`;
  }
}

/** The next free id ("t1", "t2"…) for a new case. */
export function nextTestId(tests: readonly TestCase[]): string {
  const used = new Set(tests.map((t) => t.id));
  let n = tests.length + 1;
  while (used.has(`t${n}`)) n += 1;
  return `t${n}`;
}
