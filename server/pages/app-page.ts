/**
 * /apps/:slug: the app's own page, rendered by server/runtime/render-app.ts from the parsed spec.
 * The page body is a function of the app's version (its spec and the versions up to it, which
 * never change) and the day (the lifecycle banner), so it is rendered once per both and kept in
 * a small LRU; the whole page adds only who is signed in (the layout's role and account menu),
 * so it is kept per body and caller kind too: the same object each time, whose ETag the page
 * wrapper hashes once.
 */
import { LRUCache } from 'lru-cache';
import { findModel } from '../../agent/catalog';
import { parseAppSpec } from '../../agent/spec/validate-spec';
import { html, type SafeHtml } from '../html/html';
import { layout } from '../html/layout';
import { currentPrincipalKind, currentRole } from '../auth/principal';
import { notFound } from '../http/http-error';
import { renderApp } from '../runtime/render-app';
import type { Store } from '../store/store';
import { nextScheduledRun } from '../../agent/spec/schedule-words';
import { appLifecycleBanner } from './app-lifecycle-banner';
import { renderVersionsCard } from './versions-card';
import { renderManageCard, renderShareCard } from './share-card';
import { renderEmailCard } from './email-card';
import { renderTrialsCard } from './trials-card';

const bodies = new LRUCache<string, { body: SafeHtml; name: string }>({ max: 500 });
const pages = new LRUCache<string, SafeHtml>({ max: 500 });

export async function renderAppPage(store: Store, slug: string, now: Date): Promise<SafeHtml> {
  const app = await store.getApp(slug);
  if (!app) throw notFound(`There is no app "${slug}". Pick one from the apps list or build it in the builder.`);
  // The body is a function of the app's version, the day (the lifecycle banner) and the next
  // scheduled run (the schedule sentence lists the next runs).
  const key = `${app.id}@${app.version}@${now.toISOString().slice(0, 10)}@${nextScheduledRun(app.spec, now) ?? ''}`;
  const pageKey = `${key}@${currentPrincipalKind() ?? ''}@${currentRole() ?? ''}`;
  const kept = pages.get(pageKey);
  if (kept) return kept;
  let page = bodies.get(key);
  if (!page) {
    page = await renderBody(store, app.slug, app.spec, app.version, now);
    bodies.set(key, page);
  }
  const markup = layout({ title: page.name, section: 'apps', body: page.body, scripts: ['app'], width: 'wide' });
  pages.set(pageKey, markup);
  return markup;
}

async function renderBody(
  store: Store,
  slug: string,
  stored: unknown,
  version: number,
  now: Date,
): Promise<{ body: SafeHtml; name: string }> {
  const spec = parseAppSpec(stored);
  const versions = (await store.listAppVersions(slug)).filter((v) => v.version <= version);
  const body = html`<nav class="crumbs small muted"><a href="/apps">Apps</a> / ${spec.slug}<span class="crumb-edit"> · <a href="/?app=${spec.slug}">Change it in the builder</a></span></nav>
${appLifecycleBanner(spec, now)}
${renderApp(spec, { version, modelName: (id) => findModel(id)?.displayName ?? null })}
${renderTrialsCard(spec, now)}
<section class="card" aria-label="Spend"><div class="card-head"><h2>Spend</h2><a class="small" href="/spend">All spend</a></div><div class="app-spend" data-role="app-spend"><p class="muted small">Loading…</p></div></section>
${renderShareCard(spec)}
${renderEmailCard(spec)}
${renderVersionsCard(versions, version)}
${renderManageCard(spec)}`;
  return { body, name: spec.name };
}
