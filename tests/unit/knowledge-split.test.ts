import { describe, expect, it } from 'vitest';
import { countTextTokens } from '../../agent/catalog/index';
import { WORDS_PER_PAGE } from '../../server/documents/extract-document';
import { citedSources, formatPassages, toSources } from '../../server/knowledge/retrieved-passages';
import { splitPassages } from '../../server/knowledge/split-passages';
import type { PassageHit } from '../../server/knowledge/knowledge-base';

const words = (n: number, word: string) => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

describe('splitPassages', () => {
  it('keeps each passage on one PDF page, within the token budget, covering all the text in order', () => {
    const pages = [`Intro.\n\n${words(40, 'a')}`, `${words(500, 'b')}.\n\nShort.`, 'Last page.'];
    const text = pages.join('\n\n');
    const pageStarts = [0, pages[0]!.length + 2, pages[0]!.length + pages[1]!.length + 4];
    const passages = splitPassages({ text, pageStarts }, 100);
    expect(passages.map((p) => p.index)).toEqual(passages.map((_, i) => i));
    for (const p of passages) {
      expect(p.tokens).toBeLessThanOrEqual(100);
      expect(p.tokens).toBe(countTextTokens(p.text));
      expect(pages[p.page - 1]).toContain(p.text.split('\n\n')[0]!.trim().slice(0, 20));
    }
    expect(passages[0]).toMatchObject({ page: 1 });
    expect(passages.at(-1)).toMatchObject({ page: 3, text: 'Last page.' });
    expect(new Set(passages.map((p) => p.page))).toEqual(new Set([1, 2, 3]));
    // Nothing lost: every word comes back once, in order.
    expect(
      passages
        .map((p) => p.text)
        .join(' ')
        .split(/\s+/),
    ).toEqual(text.split(/\s+/).filter(Boolean));
  });

  it('counts pages of text without pages at about 500 words a page', () => {
    const paragraphs = Array.from({ length: 12 }, (_, i) => words(100, `p${i}w`));
    const passages = splitPassages({ text: paragraphs.join('\n\n') });
    const last = passages.at(-1)!;
    expect(last.page).toBe(Math.floor((11 * 100) / WORDS_PER_PAGE) + 1);
    expect(passages[0]!.page).toBe(1);
  });
});

describe('retrieved passages and citations', () => {
  const hit = (documentId: string, filename: string, page: number, text: string, pagesEstimated = false): PassageHit => ({
    documentId,
    filename,
    page,
    text,
    pagesEstimated,
    index: 0,
    tokens: 3,
    score: 1,
  });
  const hits = [hit('doc-a', 'handbook.pdf', 2, 'Twenty-five days.'), hit('doc-b', 'policy.docx', 1, 'Sixteen weeks.', true)];

  it('numbers passages and labels them with document and page', () => {
    expect(formatPassages(hits)).toBe('[1] handbook.pdf, page 2\nTwenty-five days.\n\n[2] policy.docx, about page 1\nSixteen weeks.');
  });

  it('cites only numbers that were retrieved, each once', () => {
    const sources = toSources(hits);
    expect(citedSources('Twenty-five days [1]. Also [2][1] and [1, 2] but not [7].', sources)).toEqual([sources[0], sources[1]]);
    expect(citedSources('Nothing cited.', sources)).toEqual([]);
  });
});
