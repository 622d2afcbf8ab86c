/**
 * What every store's knowledge (server/knowledge/knowledge-base.ts) must do, run inside the
 * store contract against lowdb (MiniSearch) and PostgreSQL (tsvector + GIN): documents and
 * their passages are added and listed, a search ranks the passage that shares most of the
 * question's words first, deleting a document removes its passages, apps never see each
 * other's knowledge, and it all survives a reopen.
 */
import { describe, expect, it } from 'vitest';
import type { KnowledgeDocument, Passage } from '../../server/knowledge/knowledge-base';
import type { Store } from '../../server/store/store';
import { specFor } from './store.contract';

let seq = 0;

function documentFor(appId: string, filename: string, passages: readonly Passage[], createdAt: string): KnowledgeDocument {
  seq += 1;
  return {
    id: `doc-00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    appId,
    filename,
    format: 'pdf',
    bytes: 1000,
    pages: Math.max(...passages.map((p) => p.page)),
    pagesEstimated: false,
    tokens: passages.reduce((sum, p) => sum + p.tokens, 0),
    passageCount: passages.length,
    uploadedBy: 'u1',
    createdAt,
  };
}

const passage = (index: number, page: number, text: string): Passage => ({ index, page, text, tokens: text.split(' ').length });

const HANDBOOK = [
  passage(0, 1, 'Welcome to the company. This handbook describes how we work together.'),
  passage(1, 2, 'Every employee gets twenty-five vacation days per year; unused vacation days carry over until March.'),
  passage(2, 3, 'Parental leave lasts sixteen weeks on full pay.'),
];
const EXPENSES = [
  passage(0, 1, 'Travel expenses are reimbursed within thirty days of the receipt.'),
  passage(1, 4, 'Book flights in economy; a vacation extension on a business trip is paid by the employee.'),
];

export function runKnowledgeContract(current: () => Store, reopen: () => Promise<Store>, swap: (store: Store) => void): void {
  describe('knowledge', () => {
    async function twoApps() {
      const store = current();
      const hr = await store.createApp({ workspaceId: 'default', spec: specFor('hr-answers'), createdBy: null });
      const other = await store.createApp({ workspaceId: 'default', spec: specFor('other-app'), createdBy: null });
      const handbook = documentFor(hr.id, 'handbook.pdf', HANDBOOK, '2026-03-01T10:00:00.000Z');
      const expenses = documentFor(hr.id, 'expenses.pdf', EXPENSES, '2026-03-02T10:00:00.000Z');
      await store.knowledge.add(handbook, HANDBOOK);
      await store.knowledge.add(expenses, EXPENSES);
      return { hr, other, handbook, expenses };
    }

    it('adds documents and lists them newest first, as stored', async () => {
      const { hr, handbook, expenses } = await twoApps();
      expect(await current().knowledge.list(hr.id)).toEqual([expenses, handbook]);
    });

    it('ranks the passage sharing most of the question first, with its document and page', async () => {
      const { hr, handbook, expenses } = await twoApps();
      const hits = await current().knowledge.search(hr.id, 'How many vacation days does an employee get per year?', 5);
      expect(hits[0]).toMatchObject({ documentId: handbook.id, filename: 'handbook.pdf', index: 1, page: 2, text: HANDBOOK[1]!.text });
      // The expenses passage shares only "vacation" and "employee": found, ranked below.
      expect(hits.map((h) => `${h.filename}#${h.index}`)).toContain('expenses.pdf#1');
      expect(hits.findIndex((h) => h.documentId === expenses.id)).toBeGreaterThan(0);
      const scores = hits.map((h) => h.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      // Passages sharing no word are not returned; the limit holds.
      expect(hits.map((h) => h.text)).not.toContain(HANDBOOK[2]!.text);
      expect(await current().knowledge.search(hr.id, 'vacation', 1)).toHaveLength(1);
      expect(await current().knowledge.search(hr.id, 'submarine', 5)).toEqual([]);
      expect(await current().knowledge.search(hr.id, '?!', 5)).toEqual([]);
    });

    it('finds another form of a word (PostgreSQL stems English; MiniSearch matches prefixes and one edit)', async () => {
      const { hr, handbook } = await twoApps();
      expect((await current().knowledge.search(hr.id, 'leaves', 5))[0]).toMatchObject({ documentId: handbook.id, page: 3 });
      expect((await current().knowledge.search(hr.id, 'employees', 5)).map((h) => h.page)).toContain(2);
    });

    it('deleting a document removes it and every passage of it', async () => {
      const { hr, handbook, expenses } = await twoApps();
      expect(await current().knowledge.remove(hr.id, handbook.id)).toBe(true);
      expect(await current().knowledge.list(hr.id)).toEqual([expenses]);
      const hits = await current().knowledge.search(hr.id, 'vacation days parental leave welcome', 10);
      expect(new Set(hits.map((h) => h.documentId))).toEqual(new Set([expenses.id]));
      expect(await current().knowledge.remove(hr.id, handbook.id)).toBe(false);
    });

    it("keeps each app's knowledge to itself", async () => {
      const { hr, other, handbook } = await twoApps();
      expect(await current().knowledge.list(other.id)).toEqual([]);
      expect(await current().knowledge.search(other.id, 'vacation days', 5)).toEqual([]);
      // Another app cannot delete it either.
      expect(await current().knowledge.remove(other.id, handbook.id)).toBe(false);
      expect((await current().knowledge.search(hr.id, 'vacation days', 5))[0]?.documentId).toBe(handbook.id);
    });

    it('survives a reopen (lowdb rebuilds its index from the file)', async () => {
      const { hr, handbook, expenses } = await twoApps();
      await current().close();
      swap(await reopen());
      expect(await current().knowledge.list(hr.id)).toEqual([expenses, handbook]);
      expect((await current().knowledge.search(hr.id, 'parental leave', 5))[0]).toMatchObject({ documentId: handbook.id, page: 3 });
    });

    it('deleting the app deletes its knowledge', async () => {
      const { hr } = await twoApps();
      await current().deleteApp('hr-answers');
      expect(await current().knowledge.list(hr.id)).toEqual([]);
      expect(await current().knowledge.search(hr.id, 'vacation', 5)).toEqual([]);
    });
  });
}
