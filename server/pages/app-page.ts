/** /apps/:slug: the app's own page, rendered by server/runtime/render-app.ts from the parsed spec. */
import { findModel } from '../../agent/catalog';
import { parseAppSpec } from '../../agent/spec/validate-spec';
import { html, type SafeHtml } from '../html/html';
import { layout } from '../html/layout';
import { notFound } from '../http/http-error';
import { renderApp } from '../runtime/render-app';
import type { Store } from '../store/store';
import { renderVersionsCard } from './versions-card';
import { renderManageCard, renderShareCard } from './share-card';

export async function renderAppPage(store: Store, slug: string): Promise<SafeHtml> {
  const app = await store.getApp(slug);
  if (!app) throw notFound(`There is no app "${slug}". Pick one from the apps list or build it in the builder.`);
  const spec = parseAppSpec(app.spec);
  const versions = await store.listAppVersions(slug);
  const body = html`<nav class="crumbs small muted"><a href="/apps">Apps</a> / ${spec.slug}<span class="crumb-edit"> · <a href="/?app=${spec.slug}">Change it in the builder</a></span></nav>
${renderApp(spec, { version: app.version, modelName: (id) => findModel(id)?.displayName ?? null })}
${renderShareCard(spec)}
${renderVersionsCard(versions, app.version)}
${renderManageCard(spec)}`;
  return layout({ title: spec.name, section: 'apps', body, scripts: ['app'], width: 'wide' });
}
