/** How a retrieved passage's source reads, in a prompt and on the page: "handbook.pdf, page 2" ("about page 2" when counted). */
export function sourceLabel(source: { document: string; page: number; pageEstimated: boolean }): string {
  return `${source.document}, ${source.pageEstimated ? 'about page' : 'page'} ${source.page}`;
}
