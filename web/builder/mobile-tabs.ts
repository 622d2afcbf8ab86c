/**
 * Under 768 px the builder shows one pane at a time behind Chat / Preview tabs (CSS hides the
 * other); when an app is built or changed, the Preview tab comes forward so the person sees it.
 * Arrow keys move between the tabs, as a tablist should.
 */
const NARROW = window.matchMedia('(max-width: 767px)');

export function mountMobileTabs(): void {
  const builder = document.querySelector<HTMLElement>('.builder');
  const tabs = [...document.querySelectorAll<HTMLButtonElement>('.builder-tab')];
  const preview = document.getElementById('preview-body');
  if (!builder || tabs.length !== 2 || !preview) return;

  const select = (name: 'chat' | 'preview', focus = false) => {
    builder.dataset.tab = name;
    for (const tab of tabs) {
      const on = tab.id === `tab-${name}`;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      if (on && focus) tab.focus();
    }
  };
  for (const tab of tabs) {
    tab.addEventListener('click', () => select(tab.id === 'tab-preview' ? 'preview' : 'chat'));
    tab.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') select(builder.dataset.tab === 'chat' ? 'preview' : 'chat', true);
    });
  }
  // The preview marks the app it shows (data-slug, data-version) whenever one is built or changed;
  // only a change asked for in this visit brings it forward, not the app a reload shows again.
  let asked = false;
  document.getElementById('composer')?.addEventListener('submit', () => (asked = true));
  document.getElementById('messages')?.addEventListener('click', () => (asked = true));
  new MutationObserver(() => {
    if (asked && NARROW.matches && preview.dataset.version) select('preview');
  }).observe(preview, { attributes: true, attributeFilter: ['data-slug', 'data-version'] });
}
