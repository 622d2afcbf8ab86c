/** Records CRUD per collection over real HTTP: typed values, search, sort, paging, 404s. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { supportSpec } from '../fixtures/server-specs';

const base = '/api/apps/support-reply/collections/replies/records';

describe('records', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
    // Fail here if the app cannot be created, not later in every test that needs it.
    expect((await t.api('POST', '/api/apps', { spec: supportSpec() })).status).toBe(201);
  });
  afterAll(() => t.close());

  it('adds, reads, changes and deletes a record', async () => {
    const created = await t.api('POST', base, { values: { ticket: 'Printer on fire', score: 3, done: false } });
    expect(created.status).toBe(201);
    const id = created.body.record.id;
    expect((await t.api('GET', `${base}/${id}`)).body.record.values).toEqual({ ticket: 'Printer on fire', score: 3, done: false });
    const patched = await t.api('PATCH', `${base}/${id}`, { values: { done: true } });
    expect(patched.status).toBe(200);
    expect(patched.body.record.values).toEqual({ ticket: 'Printer on fire', score: 3, done: true });
    expect((await t.api('DELETE', `${base}/${id}`)).status).toBe(204);
    const gone = await t.api('GET', `${base}/${id}`);
    expect(gone.status).toBe(404);
    expect(gone.body.error.message).toMatch(/no record/);
  });

  it('keeps markup as data (escaping is the page renderer’s job)', async () => {
    const created = await t.api('POST', base, { values: { ticket: '<script>alert(1)</script>' } });
    expect((await t.api('GET', `${base}/${created.body.record.id}`)).body.record.values.ticket).toBe('<script>alert(1)</script>');
    await t.api('DELETE', `${base}/${created.body.record.id}`);
  });

  it('searches, sorts and pages', async () => {
    for (const [ticket, score] of [
      ['alpha', 3],
      ['beta', 1],
      ['gamma', 2],
      ['alphabet', 5],
    ] as const) {
      expect((await t.api('POST', base, { values: { ticket, score } })).status).toBe(201);
    }
    const search = await t.api('GET', `${base}?search=ALPHA`);
    expect(search.body.total).toBe(2);
    const sorted = await t.api('GET', `${base}?sort=score&direction=desc`);
    expect(sorted.body.items.map((r: any) => r.values.score)).toEqual([5, 3, 2, 1]);
    const page = await t.api('GET', `${base}?sort=score&offset=1&limit=2`);
    expect(page.body).toMatchObject({ total: 4, offset: 1, limit: 2 });
    expect(page.body.items.map((r: any) => r.values.ticket)).toEqual(['gamma', 'alpha']);
  });

  it('refuses values of the wrong type, unknown fields and missing required ones, naming the field', async () => {
    const wrongType = await t.api('POST', base, { values: { ticket: 'x', score: 'many' } });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.message).toMatch(/body\.values\.score/);
    const unknown = await t.api('POST', base, { values: { ticket: 'x', colour: 'red' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/colour/);
    const missing = await t.api('POST', base, { values: { score: 1 } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/ticket/);
    const unknownCollection = await t.api('GET', '/api/apps/support-reply/collections/nope/records');
    expect(unknownCollection.status).toBe(404);
    expect(unknownCollection.body.error.message).toMatch(/collections: replies/);
  });
});
