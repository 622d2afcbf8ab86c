import { describe, expect, it } from 'vitest';
import { withWireRequest } from '../../agent/providers/wire-request';
import { emptyUsage } from '../../agent/providers/usage';

describe('withWireRequest', () => {
  it('builds the wire request only when it is read, once, and shows it like a plain field', () => {
    let builds = 0;
    const result = withWireRequest(
      { content: [], finishReason: { unified: 'stop', raw: undefined }, usage: emptyUsage(), warnings: [] },
      () => {
        builds += 1;
        return { method: 'POST', path: '/responses', body: { model: 'gpt-5-mini' } };
      },
    );
    expect(builds).toBe(0);
    expect(result.request).toEqual({ method: 'POST', path: '/responses', body: { model: 'gpt-5-mini' } });
    expect({ ...result }.request).toBe(result.request);
    expect(builds).toBe(1);
    expect(JSON.parse(JSON.stringify(result)).request.path).toBe('/responses');
  });
});
