/** The one error table: each typed error reaches every door (HTTP, tool, chat) through its family and kind. */
import { describe, expect, it } from 'vitest';
import { RequirementsInputError, UnknownModelError } from '../../agent/catalog';
import { errorOutcome } from '../../agent/errors/outcomes';
import { ToolwrightError } from '../../agent/errors/toolwright-error';
import { StoreError } from '../../agent/ports/store-error';
import { ProviderError } from '../../agent/providers/errors';
import { CapabilityError, ModelBindingError } from '../../agent/spec/binding-errors';
import { TemplateError } from '../../agent/templates/catalogue';
import { mapError } from '../../server/http/error-middleware';

describe('error outcomes', () => {
  it('marks every typed error, so recognition does not depend on class names', () => {
    const errors = [
      new StoreError('conflict', 'x'),
      new UnknownModelError('gpt-9', []),
      new TemplateError('x'),
      new ModelBindingError('x'),
    ];
    for (const e of errors) expect(ToolwrightError.isInstance(e)).toBe(true);
    expect(ToolwrightError.isInstance(Object.assign(new Error('x'), { name: 'StoreError', kind: 'conflict' }))).toBe(false);
  });

  it('gives the HTTP status, the tool outcome and the chat kind from one row', () => {
    expect(errorOutcome(new StoreError('not-found', 'x'))).toMatchObject({
      status: 404,
      tool: 'not-found',
      fault: false,
      run: 'not-found',
    });
    expect(errorOutcome(new StoreError('unavailable', 'x'))).toMatchObject({ status: 503, tool: null, fault: true, run: 'store' });
    expect(errorOutcome(new ProviderError({ kind: 'rate-limit', provider: 'openai', status: 429 }))).toMatchObject({
      status: 429,
      fault: true,
      run: 'rate-limit',
    });
    expect(errorOutcome(new CapabilityError('m', 's', [], [], 'x'))).toMatchObject({
      status: 422,
      code: 'capability_mismatch',
      tool: 'refused',
    });
    expect(errorOutcome(new Error('x'))).toBeNull();
  });

  it('answers 4xx over HTTP for refusals that the name-keyed table used to miss (a 500 before)', () => {
    expect(mapError(new TemplateError('There is no template "x".'))).toMatchObject({ status: 404, code: 'unknown_template' });
    expect(mapError(new RequirementsInputError('minContextTokens', 'Bad.'))).toMatchObject({ status: 400, code: 'invalid_requirements' });
  });
});
