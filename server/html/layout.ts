/** The page shell every page shares: head, top bar with the four sections, main area. */
import { html, type HtmlValue, type SafeHtml } from './html';
import { accountMenu } from '../auth/account-menu';
import { currentRole } from '../auth/principal';

export type Section = 'builder' | 'apps' | 'models' | 'spend' | 'deliveries' | 'settings';

const NAV: ReadonlyArray<{ section: Section; href: string; label: string }> = [
  { section: 'builder', href: '/', label: 'Builder' },
  { section: 'apps', href: '/apps', label: 'Apps' },
  { section: 'models', href: '/models', label: 'Models' },
  { section: 'spend', href: '/spend', label: 'Spend' },
  { section: 'deliveries', href: '/deliveries', label: 'Deliveries' },
  { section: 'settings', href: '/settings', label: 'Settings' },
];

export interface LayoutOptions {
  title: string;
  section: Section | null;
  body: HtmlValue;
  /** Client bundles from web/ (served under /assets/<name>.js). */
  scripts?: readonly string[];
  /** `full`: edge to edge (the builder); `wide`: for big tables; default: reading width. */
  width?: 'full' | 'wide';
}

export function layout(options: LayoutOptions): SafeHtml {
  const nav = NAV.map(
    (item) =>
      html`<a class="nav-link" href="${item.href}"${item.section === options.section ? html` aria-current="page"` : ''}>${item.label}</a>`,
  );
  // page: the narrow-screen menu and keyboard-reachable scrolling tables, on every page.
  const scripts = ['page', ...(options.scripts ?? [])].map((name) => html`<script type="module" src="/assets/${name}.js"></script>`);
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · Toolwright</title>
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/main.css">
</head>
<body data-role="${currentRole() ?? ''}">
<header class="topbar">
  <a class="brand" href="/"><span class="brand-mark" aria-hidden="true">T</span><span>Toolwright</span></a>
  <button type="button" class="btn btn-small menu-toggle" id="menu-toggle" aria-expanded="false" aria-controls="main-nav">Menu</button>
  <nav class="nav" id="main-nav" aria-label="Main">${nav}</nav>
  ${accountMenu()}
</header>
<main class="${options.width ? `main main-${options.width}` : 'main'}">
${options.body}
</main>
${scripts}
</body>
</html>
`;
}
