/**
 * findNamedModels looks each run of words up by a key built from the words' own keys; it must find
 * exactly what normalising the run as a whole (findModel) finds.
 */
import { describe, expect, it } from 'vitest';
import { findModel, type ModelFacts } from '../../agent/catalog';
import { findNamedModels } from '../../agent/planner/model-wishes';

/** The lookup by whole runs, as findNamedModels did it before. */
function byWholeRuns(text: string): Array<{ id: string; at: number; end: number }> {
  const tokens = [...text.matchAll(/[A-Za-z0-9][A-Za-z0-9.\-_/]*/g)].map((m) => ({ word: m[0].replace(/[.\-_/]+$/, ''), at: m.index }));
  const found: Array<{ id: string; at: number; end: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    for (let n = Math.min(5, tokens.length - i); n >= 1; n--) {
      const slice = tokens.slice(i, i + n);
      const candidate = slice.map((t) => t.word).join(' ');
      if (n === 1 && !/\d/.test(candidate)) continue;
      if (/^\d+(?:[.,]\d+)?$/.test(candidate)) continue;
      const model: ModelFacts | null = findModel(candidate);
      if (!model) continue;
      const last = slice[slice.length - 1]!;
      found.push({ id: model.id, at: slice[0]!.at, end: last.at + last.word.length });
      i += n - 1;
      break;
    }
  }
  return found;
}

describe('model names looked up by key', () => {
  it.each([
    'Use GPT-5 mini for the text and gemini-2.5-flash-image for the pictures.',
    'Switch to openai/gpt-5 please, or models/gemini-2.5-pro, or Gemini 2.5 Flash.',
    'Every Monday at 9, 3 posts with GPT 5 Mini; 2.5 pages; o4-mini; gpt-image-1.',
    'Draft replies with Gemini 3.1 Pro. Images: Imagen 4.',
  ])('find what whole runs find: %s', (text) => {
    const found = findNamedModels(text).map((m) => ({ id: m.model.id, at: m.at, end: m.end }));
    expect(found).toEqual(byWholeRuns(text));
    expect(found.length).toBeGreaterThan(0);
  });
});
