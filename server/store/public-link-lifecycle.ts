/**
 * A public link lives only as long as its app shares by link: deleting the app, or saving a
 * version whose access is no longer "public-link", revokes its links. Done here, around the
 * store's own writes, so every door that changes an app (HTTP, chat tools, MCP, version
 * restore) is covered. Links also carry the app's id (see resolvePublicLink), so a new app
 * that reuses a slug never inherits an old link.
 */
import type { Store } from './store';

export function revokeLinksWithApp<S extends Store>(store: S): S {
  return {
    ...store,
    async deleteApp(slug) {
      const app = await store.getApp(slug);
      await store.deleteApp(slug);
      if (app) await store.accounts.revokePublicLinks(app.workspaceId, app.slug);
    },
    async saveAppVersion(input) {
      const saved = await store.saveAppVersion(input);
      if (saved.spec.access.level !== 'public-link') await store.accounts.revokePublicLinks(saved.workspaceId, saved.slug);
      return saved;
    },
  };
}
