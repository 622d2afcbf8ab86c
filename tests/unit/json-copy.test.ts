import { describe, expect, it } from 'vitest';
import { jsonCopy } from '../../server/store/lowdb/json-copy';

describe('jsonCopy', () => {
  it('equals a JSON round trip, undefined included, and shares nothing with the original', () => {
    const row = { id: 'a1', n: 2, ok: true, none: null, gone: undefined, list: [1, undefined, { deep: ['x'] }], nested: { s: 'é' } };
    const copied = jsonCopy(row);
    expect(copied).toStrictEqual(JSON.parse(JSON.stringify(row)));
    expect('gone' in copied).toBe(false);
    expect(copied.nested).not.toBe(row.nested);
    expect(copied.list[2]).not.toBe(row.list[2]);
  });
});
