/**
 * What a `retrieve` step hands on, and how an answer's citations are read back. Passages are
 * numbered `[1]`, `[2]`… and labelled with their document and page; a later prompt asks the
 * model to cite them by number. The answer's citations are the retrieved sources whose numbers
 * it uses — a number that was not retrieved cites nothing.
 */
import type { Step } from '../../agent/spec/app-spec';
import { sourceLabel } from '../../agent/spec/retrieved-passage';
import { stepTexts } from '../../agent/spec/step-texts';
import { templateReferences } from '../runtime/template-render';
import type { PassageHit } from './knowledge-base';

/** One retrieved passage as a run keeps it (`{{steps.<id>.sources}}`) and a citation names it. */
export interface RetrievedSource {
  /** The number the passage has in the prompt: `[n]`. */
  n: number;
  documentId: string;
  /** The document's file name. */
  document: string;
  page: number;
  /** The page is counted at about 500 words a page (DOCX, TXT, Markdown), not read from the file. */
  pageEstimated: boolean;
  /** The passage's position in its document. */
  passage: number;
}

/** Said in place of passages when nothing matched, so the answer can say the documents do not cover it. */
export const NO_PASSAGES = "(No passage of the app's knowledge documents matches this question.)";

export function toSources(hits: readonly PassageHit[]): RetrievedSource[] {
  return hits.map((h, i) => ({
    n: i + 1,
    documentId: h.documentId,
    document: h.filename,
    page: h.page,
    pageEstimated: h.pagesEstimated,
    passage: h.index,
  }));
}

/** The passages as a prompt reads them: `[n] file, page p` then the text. */
export function formatPassages(hits: readonly PassageHit[]): string {
  if (hits.length === 0) return NO_PASSAGES;
  return toSources(hits)
    .map((s, i) => `[${s.n}] ${sourceLabel(s)}\n${hits[i]!.text}`)
    .join('\n\n');
}

/** Ids of the retrieve steps whose passages the step's texts reference. */
export function retrieveStepsUsedBy(step: Step, steps: readonly Step[]): string[] {
  const retrieves = new Set(steps.filter((s) => s.kind === 'retrieve').map((s) => s.id));
  const used = stepTexts(step)
    .flatMap((t) => templateReferences(t.text))
    .flatMap((ref) => {
      const [root, id] = ref.split('.');
      return root === 'steps' && id !== undefined && retrieves.has(id) ? [id] : [];
    });
  return [...new Set(used)];
}

/** The sources an answer cites as `[n]` (each once, in order of first mention), among those retrieved. */
export function citedSources(answer: string, retrieved: readonly RetrievedSource[]): RetrievedSource[] {
  const byNumber = new Map(retrieved.map((s) => [s.n, s]));
  const cited = new Map<number, RetrievedSource>();
  // "[2]", "[1, 3]" and "[1][3]" all cite.
  for (const group of answer.matchAll(/\[(\d+(?:\s*,\s*\d+)*)\]/g)) {
    for (const n of group[1]!.split(',').map((x) => Number(x.trim()))) {
      const source = byNumber.get(n);
      if (source && !cited.has(n)) cited.set(n, source);
    }
  }
  return [...cited.values()];
}
