/**
 * Test-case checks: each kind judged against a run (passed, failed, or not judged in a dry run),
 * patterns that could backtrack catastrophically or do not compile refused with a sentence, and a
 * test set that no longer fits its app refused by parseAppSpec naming the field.
 */
import { describe, expect, it } from 'vitest';
import { AppSpecSchema } from '../../agent/spec/app-spec';
import { judgeChecks, type RunForChecks } from '../../agent/spec/test-checks';
import { TestCheckSchema, type TestCheck } from '../../agent/spec/test-cases';
import { parseAppSpec, SpecValidationError } from '../../agent/spec/validate-spec';

const run = (status: RunForChecks['status'] = 'ok'): RunForChecks => ({
  status,
  costUsd: 0.002,
  latencyMs: 900,
  steps: [
    { stepId: 'facts', kind: 'extract', status, output: { json: { company: 'Acme GmbH', seats: 40, paid: true } } },
    { stepId: 'kind', kind: 'classify', status, output: { label: 'hot' } },
    { stepId: 'reply', kind: 'generate-text', status, output: { text: 'Dear Ada, your invoice #42 is attached.' } },
    { stepId: 'save', kind: 'save-record', status: 'skipped', output: {} },
  ],
});

const judged = (checks: TestCheck[], r = run()) => judgeChecks(checks, r).map((c) => c.passed);

describe('judging checks', () => {
  it('reads the named step, or the last step of the kind the check needs', () => {
    expect(
      judged([
        { kind: 'contains', step: null, text: 'INVOICE' },
        { kind: 'contains', step: 'kind', text: 'hot' },
        { kind: 'not-contains', step: null, text: 'sorry' },
        { kind: 'matches', step: null, pattern: '#\\d+' },
        { kind: 'matches', step: null, pattern: '^hello' },
        { kind: 'field-equals', step: null, field: 'company', value: 'acme gmbh' },
        { kind: 'field-equals', step: 'facts', field: 'seats', value: '40' },
        { kind: 'field-equals', step: null, field: 'paid', value: 'false' },
        { kind: 'label-in', step: null, labels: ['hot', 'warm'] },
        { kind: 'label-in', step: null, labels: ['cold'] },
        { kind: 'max-cost', usd: 0.001 },
        { kind: 'max-latency', ms: 1000 },
      ]),
    ).toEqual([true, true, true, true, false, true, true, false, true, false, false, true]);
  });

  it('in a dry run judges the cost only; a failed step fails its checks', () => {
    const checks: TestCheck[] = [
      { kind: 'contains', step: null, text: 'invoice' },
      { kind: 'max-cost', usd: 0.01 },
      { kind: 'max-latency', ms: 1 },
    ];
    expect(judged(checks, run('dry-run'))).toEqual([null, true, null]);
    const failed = run('error');
    expect(judgeChecks(checks.slice(0, 1), failed)[0]).toEqual({
      check: 'contains “invoice”',
      passed: false,
      detail: 'Step "reply" did not finish (error).',
    });
  });
});

describe('check schemas', () => {
  it.each([
    ['(a+)+$', /exponential time/],
    ['(x|xx)*y{2,}(z+)*', /exponential time/],
    ['[unclosed', /does not compile/],
    ['a'.repeat(201), /200/],
  ])('refuses the pattern %s with a sentence', (pattern, sentence) => {
    const parsed = TestCheckSchema.safeParse({ kind: 'matches', step: null, pattern });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.message).toMatch(sentence);
  });

  it('a test set that no longer fits its app is refused naming the field', () => {
    const spec = AppSpecSchema.parse({
      specVersion: 1,
      name: 'Notes',
      slug: 'notes',
      model: { model: 'gpt-5-mini' },
      inputs: [{ name: 'topic', label: 'Topic', type: 'text' }],
      steps: [{ id: 'draft', title: 'Draft', kind: 'generate-text', prompt: 'About {{inputs.topic}}' }],
      tests: [
        {
          id: 't1',
          name: 'One',
          inputs: [{ name: 'subject', value: 'x' }],
          checks: [{ kind: 'label-in', step: null, labels: ['a'] }],
          fromRun: null,
        },
        { id: 't1', name: 'Two', inputs: [], checks: [{ kind: 'field-equals', step: 'draft', field: 'x', value: 'y' }], fromRun: null },
      ],
    });
    expect(() => parseAppSpec(spec)).toThrow(SpecValidationError);
    try {
      parseAppSpec(spec);
    } catch (error) {
      expect((error as SpecValidationError).issues).toEqual([
        { path: 'tests[0].inputs[0].name', message: 'Input "subject" does not exist (inputs: topic).' },
        { path: 'tests[0].checks[0]', message: 'Check "label-in" needs a step of kind classify; this app has none.' },
        { path: 'tests[1].id', message: 'Test case id "t1" is used twice; give each a unique id.' },
        {
          path: 'tests[1].checks[0].step',
          message: 'Check "field-equals" names step "draft", which is not a step of kind extract (those: none).',
        },
      ]);
    }
  });
});
