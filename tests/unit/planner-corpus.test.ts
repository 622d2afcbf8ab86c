import { describe, expect, it } from 'vitest';
import { corpusSplit, loadCorpus } from '../eval/planner/corpus';
import { lockProblems, readLock } from '../eval/planner/test-split-lock';

describe('planner corpus', () => {
  const items = loadCorpus();

  it('holds at least 300 sourced items, at least 120 of them in the test split', () => {
    expect(items.length).toBeGreaterThanOrEqual(300);
    expect(corpusSplit('test').length).toBeGreaterThanOrEqual(120);
    for (const item of items) expect(item.source, item.id).toMatch(/^https?:\/\//);
  });

  it('keeps the frozen test split unchanged (it only grows)', () => {
    expect(lockProblems(items, readLock())).toEqual([]);
  });
});
