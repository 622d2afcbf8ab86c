/** Loaded on every page: the narrow-screen menu, and keyboard access to scrolling tables. */
import { markScrollRegions } from './scroll-regions';
import './topbar-menu';

markScrollRegions();
window.addEventListener('resize', () => markScrollRegions());
// Tables filled after load (records, run history) are checked as they change.
new MutationObserver(() => markScrollRegions()).observe(document.querySelector('main') ?? document.body, {
  childList: true,
  subtree: true,
});
