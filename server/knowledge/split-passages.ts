/**
 * A document's text → passages of at most PASSAGE_TOKENS tokens, each on one page. Pages come
 * from the PDF (where each page begins); for DOCX, TXT and Markdown they are counted at about
 * WORDS_PER_PAGE words a page, as the document's own page estimate is. Paragraphs (blank-line
 * separated) are packed together up to the budget; a longer paragraph is cut at sentence ends
 * (Intl.Segmenter), and a longer sentence at word boundaries.
 */
import { countTextTokens } from '../../agent/catalog/index';
import { PASSAGE_TOKENS } from '../../agent/spec/retrieved-passage';
import type { ExtractedDocument } from '../documents/extract-document';
import { WORDS_PER_PAGE } from '../documents/extract-document';
import type { Passage } from './knowledge-base';

interface PageText {
  page: number;
  text: string;
}

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

function pagesOf(doc: Pick<ExtractedDocument, 'text' | 'pageStarts'>): PageText[] {
  const starts = doc.pageStarts;
  if (!starts) return [{ page: 1, text: doc.text }];
  return starts.map((start, i) => ({ page: i + 1, text: doc.text.slice(start, starts[i + 1] ?? doc.text.length) }));
}

/**
 * Pieces of `text` of at most `budget` tokens: whole sentences where they fit, else runs of
 * words. Token counts add up piece by piece (a text's tokens are at most the sum of its parts'
 * plus the separators'), so a long paragraph costs one count per sentence, not per prefix.
 */
function cut(text: string, budget: number): string[] {
  const pieces: string[] = [];
  let current = '';
  let tokens = 0;
  const push = (unit: string) => {
    const unitTokens = countTextTokens(unit);
    if (current && tokens + unitTokens > budget) {
      pieces.push(current.trim());
      current = '';
      tokens = 0;
    }
    current += unit;
    tokens += unitTokens;
  };
  for (const { segment } of sentences.segment(text)) {
    if (countTextTokens(segment) <= budget) push(segment);
    else for (const word of segment.split(/(?<=\s)/)) push(word);
  }
  if (current.trim()) pieces.push(current.trim());
  return pieces;
}

/** Each paragraph (or cut piece of one) with the page it is on. */
function piecesOf(doc: Pick<ExtractedDocument, 'text' | 'pageStarts'>, budget: number): (PageText & { tokens: number })[] {
  const estimated = !doc.pageStarts;
  const pieces: (PageText & { tokens: number })[] = [];
  let wordsBefore = 0;
  for (const { page, text } of pagesOf(doc)) {
    for (const paragraph of text.split(/\n\s*\n/)) {
      const trimmed = paragraph.trim();
      if (!trimmed) continue;
      for (const piece of countTextTokens(trimmed) <= budget ? [trimmed] : cut(trimmed, budget)) {
        pieces.push({ page: estimated ? Math.floor(wordsBefore / WORDS_PER_PAGE) + 1 : page, text: piece, tokens: countTextTokens(piece) });
        wordsBefore += piece.split(/\s+/).length;
      }
    }
  }
  return pieces;
}

export function splitPassages(doc: Pick<ExtractedDocument, 'text' | 'pageStarts'>, budget: number = PASSAGE_TOKENS): Passage[] {
  const passages: Passage[] = [];
  // Counted here, not at import: the first count builds the tokenizer (~0.5 s), which a process that never splits a document should not pay.
  const separatorTokens = countTextTokens('\n\n');
  for (const piece of piecesOf(doc, budget)) {
    const last = passages.at(-1);
    // Pieces on the same page join the last passage while the budget allows; a passage never spans two pages.
    if (last && last.page === piece.page && last.tokens + separatorTokens + piece.tokens <= budget) {
      passages[passages.length - 1] = {
        ...last,
        text: `${last.text}\n\n${piece.text}`,
        tokens: last.tokens + separatorTokens + piece.tokens,
      };
      continue;
    }
    passages.push({ index: passages.length, ...piece });
  }
  // The sums above bound each passage; its stored count is its own.
  return passages.map((p) => ({ ...p, tokens: countTextTokens(p.text) }));
}
