import { describe, expect, it } from 'vitest';
import { compareModels, estimateCost, findModel, getCatalog, isShutDown, liveSuccessor } from '../../agent/catalog/index';

const DEC_1 = new Date('2026-12-01T12:00:00Z');

describe('lifecycle that acts (2026-12-01, the day gpt-image-1-mini shuts down)', () => {
  it('never crowns a shut-down model in a comparison', () => {
    const c = compareModels(
      ['gpt-image-1-mini', 'gemini-3.1-pro'],
      { images: 1000, imageQuality: 'medium', requestsPerMonth: 1 },
      { now: DEC_1 },
    );
    const summary = c.costSummary.join(' ');
    expect(summary).toContain('GPT Image 1 mini cannot run this workload: it is shut down on 2026-12-01.');
    expect(summary).not.toMatch(/Only GPT Image 1 mini|GPT Image 1 mini is cheapest/);
  });

  it('never crowns a model whose input limit the prompt exceeds', () => {
    const c = compareModels(
      ['gpt-5-mini', 'gemini-3.1-pro'],
      { inputTokens: 600_000, outputTokens: 1_000 },
      { now: new Date('2026-11-25T12:00:00Z') },
    );
    const summary = c.costSummary.join(' ');
    expect(summary).toContain('cannot run this workload: its 272,000-token input limit is below the 600,000-token prompt');
    expect(summary).toMatch(/Only Gemini 3\.1 Pro/);
  });

  it('applies --batch to per-image prices at the model’s own batch ratio', () => {
    // gemini-3-pro-image: batch $1 in vs $2 standard, so images cost half.
    const standard = estimateCost('gemini-3-pro-image', { images: 100 }, { now: DEC_1 });
    const batch = estimateCost('gemini-3-pro-image', { images: 100, batch: true }, { now: DEC_1 });
    expect(batch.total).toBeCloseTo(standard.total / 2, 10);
    expect(batch.lines[0]!.explanation).toContain('batch');
  });

  it('records a live successor for the shut-down image models, following the chain', () => {
    expect(liveSuccessor(findModel('gpt-image-1-mini')!, DEC_1)?.id).toBe('gpt-image-2');
    expect(liveSuccessor(findModel('gpt-image-1')!, DEC_1)?.id).toBe('gpt-image-2');
    expect(liveSuccessor(findModel('dall-e-3')!, DEC_1)?.id).toBe('gpt-image-2');
  });

  it('names only successors that are in the directory, each with a source and read date', () => {
    for (const m of getCatalog().models) {
      const s = m.lifecycle.successor;
      if (!s) continue;
      expect(findModel(s.id), `${m.id} → ${s.id}`).not.toBeNull();
      expect(s.source).toMatch(/^https?:\/\//);
      expect(s.sourceDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('dates every lifecycle fact', () => {
    for (const m of getCatalog().models) expect(m.lifecycle.sourceDate, m.id).not.toBeNull();
  });

  it('keeps a usable OpenAI image model on 2026-12-01', () => {
    const usable = getCatalog()
      .list({ kind: 'image', provider: 'openai', now: DEC_1 })
      .filter((m) => !isShutDown(m, DEC_1));
    expect(usable.map((m) => m.id)).toContain('gpt-image-2');
  });
});
