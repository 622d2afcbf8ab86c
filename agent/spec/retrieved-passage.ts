/** What a `retrieve` step hands on, as the spec's consumers (runtime, cost estimate, pages) share it. */

/** Most tokens in one passage: small enough that five fit any prompt easily, large enough to hold a clause with its context. */
export const PASSAGE_TOKENS = 300;

/** How a passage's source reads, in a prompt and on the page: "handbook.pdf, page 2" ("about page 2" when counted). */
export function sourceLabel(source: { document: string; page: number; pageEstimated: boolean }): string {
  return `${source.document}, ${source.pageEstimated ? 'about page' : 'page'} ${source.page}`;
}
