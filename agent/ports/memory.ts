/**
 * The agent's ports kept in memory: what loop and tool unit tests run on (no disk), and a
 * reference for what an implementation must do. Values are cloned in and out, as a real store
 * serialises them, so a caller cannot change stored state by holding on to a result.
 */
import { randomUUID } from 'node:crypto';
import type { AgentPorts } from './agent-ports';
import type { AppVersion, StoredApp } from './apps';
import type { AuditEntry } from './audit';
import { type Conversation, newConversation } from './conversations';
import { checkSaveAllowed, portRefusal } from './port-rules';
import { emptyTotal } from './spend';

export interface MemoryPorts extends AgentPorts {
  /** Every audit entry appended, oldest first (for assertions). */
  readonly audit: readonly AuditEntry[];
}

export function createMemoryPorts(clock: () => Date = () => new Date()): MemoryPorts {
  const apps = new Map<string, StoredApp>();
  const versions = new Map<string, AppVersion[]>();
  const conversations = new Map<string, Conversation>();
  const audit: AuditEntry[] = [];
  const now = () => clock().toISOString();
  const clone = <T>(value: T): T => structuredClone(value);
  const app = (slug: string) =>
    apps.get(slug) ??
    (() => {
      throw portRefusal.appNotFound(slug);
    })();
  const conversation = (id: string) =>
    conversations.get(id) ??
    (() => {
      throw portRefusal.conversationNotFound(id);
    })();

  return {
    // Nothing is priced in memory: totals are empty and there are no budgets.
    spend: {
      async total() {
        return emptyTotal(null);
      },
      async totals() {
        return [];
      },
      async listBudgets() {
        return [];
      },
    },
    audit,
    async createApp({ workspaceId, spec, createdBy, note }) {
      if (apps.has(spec.slug)) throw portRefusal.slugTaken(spec.slug);
      const at = now();
      const created: StoredApp = {
        id: randomUUID(),
        workspaceId,
        slug: spec.slug,
        version: 1,
        spec: clone(spec),
        createdAt: at,
        updatedAt: at,
      };
      apps.set(spec.slug, created);
      versions.set(spec.slug, [{ appId: created.id, version: 1, spec: clone(spec), note: note ?? 'created', createdBy, createdAt: at }]);
      return clone(created);
    },
    async getApp(slug) {
      const found = apps.get(slug);
      return found ? clone(found) : null;
    },
    async listApps(workspaceId) {
      return [...apps.values()].filter((a) => workspaceId === undefined || a.workspaceId === workspaceId).map(clone);
    },
    async saveAppVersion({ slug, spec, note, createdBy, expectedVersion }) {
      const current = app(slug);
      checkSaveAllowed(current, spec, expectedVersion);
      const at = now();
      const saved: StoredApp = { ...current, version: current.version + 1, spec: clone(spec), updatedAt: at };
      apps.set(slug, saved);
      versions.get(slug)?.push({ appId: saved.id, version: saved.version, spec: clone(spec), note, createdBy, createdAt: at });
      return clone(saved);
    },
    async listAppVersions(slug) {
      app(slug);
      return (versions.get(slug) ?? []).map(clone);
    },
    async getAppVersion(slug, version) {
      const found = versions.get(slug)?.find((v) => v.version === version);
      return found ? clone(found) : null;
    },
    async deleteApp(slug) {
      app(slug);
      apps.delete(slug);
      versions.delete(slug);
    },
    async createConversation(input) {
      if (input.id !== undefined && conversations.has(input.id)) throw portRefusal.conversationIdTaken(input.id);
      const created = newConversation(input, now());
      conversations.set(created.id, created);
      return clone(created);
    },
    async getConversation(id) {
      const found = conversations.get(id);
      return found ? clone(found) : null;
    },
    async appendMessages(id, messages) {
      const current = conversation(id);
      const updated: Conversation = { ...current, messages: [...current.messages, ...clone(messages)], updatedAt: now() };
      conversations.set(id, updated);
      return clone(updated);
    },
    async setConversationApp(id, appSlug) {
      conversations.set(id, { ...conversation(id), appSlug, updatedAt: now() });
    },
    async appendAudit(entry) {
      const appended: AuditEntry = { ...clone(entry), id: randomUUID(), at: now() };
      audit.push(appended);
      return clone(appended);
    },
  };
}
