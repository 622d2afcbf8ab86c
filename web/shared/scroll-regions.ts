/**
 * A table wider than its box scrolls inside it; the keyboard must reach that scroll too, so
 * each such region becomes focusable, named after its table's caption or heading.
 */
function label(region: HTMLElement): string {
  const caption = region.querySelector('caption')?.textContent?.trim();
  const heading = region.closest('section, .card')?.querySelector('h2, h3')?.textContent?.trim();
  return `${caption || heading || 'Table'} (scrolls sideways)`;
}

export function markScrollRegions(root: ParentNode = document): void {
  for (const region of root.querySelectorAll<HTMLElement>('.table-wrap')) {
    if (region.scrollWidth > region.clientWidth + 1) {
      region.tabIndex = 0;
      region.setAttribute('role', 'region');
      region.setAttribute('aria-label', label(region));
    } else if (region.getAttribute('role') === 'region') {
      region.removeAttribute('tabindex');
      region.removeAttribute('role');
      region.removeAttribute('aria-label');
    }
  }
}
