/**
 * The second labeller's labels (tests/eval/planner/agreement/): each parses as corpus labels and
 * names a dev item, never a test one; and the agreement count is the scorer's own reading (the
 * corpus agrees with itself fully, and a table named in other words is still found).
 */
import { describe, expect, it } from 'vitest';
import { corpusSplit } from '../eval/planner/corpus';
import { agreement, agreementSummary, secondLabels } from '../eval/planner/label-agreement';
import { CORPUS_PROPERTIES } from '../eval/planner/score-corpus';

describe('the second labeller’s labels', () => {
  it('parse and name dev items only, each once', () => {
    const dev = new Set(corpusSplit('dev').map((i) => i.id));
    const ids = secondLabels().map((s) => s.id);
    expect(ids.length).toBeGreaterThanOrEqual(300);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !dev.has(id))).toEqual([]);
  });

  it('are counted as the scorer counts the planner', () => {
    const [item] = corpusSplit('dev').filter((i) => i.labels.collections.length > 0 && i.labels.fields.length > 0);
    const self = agreement(item!.labels, item!.labels);
    for (const p of CORPUS_PROPERTIES) expect(self[p].agreed, p).toBe(self[p].total);
    const other = agreement({ ...item!.labels, collections: ['tickets'] }, { ...item!.labels, collections: ['customers'] });
    expect(other.collections.agreed).toBe(0);
    // As the scorer reads a table's name: narrower or wider words for the same rows are found.
    const wider = agreement({ ...item!.labels, collections: ['tickets'] }, { ...item!.labels, collections: ['support tickets'] });
    expect(wider.collections.agreed).toBe(1);
  });

  it('give a rate for every property', () => {
    const { items, rates } = agreementSummary();
    expect(items).toBe(secondLabels().length);
    for (const p of CORPUS_PROPERTIES) expect(rates[p].total, p).toBeGreaterThan(0);
  });
});
