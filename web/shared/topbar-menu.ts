/** Under 768 px the top bar's sections fold behind a Menu button (CSS); this opens and closes it. */
const toggle = document.getElementById('menu-toggle');
const topbar = toggle?.closest<HTMLElement>('.topbar');

function setOpen(open: boolean): void {
  toggle?.setAttribute('aria-expanded', String(open));
  topbar?.toggleAttribute('data-menu-open', open);
}

toggle?.addEventListener('click', () => setOpen(toggle.getAttribute('aria-expanded') !== 'true'));
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && toggle?.getAttribute('aria-expanded') === 'true') {
    setOpen(false);
    toggle.focus();
  }
});
