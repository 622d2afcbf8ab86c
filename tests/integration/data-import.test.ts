/**
 * Importing CSV into a collection over real HTTP, on both stores (lowdb in a temp folder and
 * PostgreSQL on the test cluster): a file with three bad rows is refused whole, the report
 * naming exactly those rows and why, and nothing stored; with "import the valid rows" the rest
 * is stored, typed. Bad requests (wrong type, too big, unknown field, empty file) answer 4xx
 * with a sentence.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAutomationHarness, type AutomationHarness } from '../fixtures/automation-harness';
import { csvWithThreeBadRows, ordersBase, ordersSpec, upload } from '../fixtures/dataio';
import { createTestDatabase } from '../setup/test-database';

const stores = [
  { name: 'lowdb', databaseUrl: async () => null },
  { name: 'PostgreSQL', databaseUrl: async () => createTestDatabase('dataio') },
] as const;

describe.each(stores)('CSV import on $name', ({ databaseUrl }) => {
  let t: AutomationHarness;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const db = await databaseUrl();
    drop = db?.drop;
    t = await startAutomationHarness(db ? { databaseUrl: db.url } : {});
    await t.createApp(ordersSpec());
  });
  afterAll(async () => {
    await t?.close();
    await drop?.();
  });
  const count = async () => (await t.api('GET', `${ordersBase}/records?limit=1`)).body.total as number;
  const importCsv = (csv: string, fields: Record<string, string> = {}) =>
    upload(`${t.url}${ordersBase}/import`, { name: 'orders.csv', bytes: csv }, fields);

  it('reports exactly the three bad rows, with reasons, and stores nothing', async () => {
    const { csv, bad } = csvWithThreeBadRows(7);
    const { status, body } = await importCsv(csv);
    expect(status).toBe(422);
    expect(body.error.message).toBe(
      '3 rows were rejected, so nothing was imported. Fix them and import again, or import the valid rows only.',
    );
    expect(body.report).toMatchObject({ format: 'csv', rows: 10, imported: 0, rejectedCount: 3, stored: false });
    expect(body.report.rejected.map((r: { row: number }) => r.row)).toEqual(bad.map((b) => b.row));
    for (const [i, expected] of bad.entries()) expect(body.report.rejected[i].reason).toMatch(expected.reason);
    expect(body.report.mapping).toEqual({
      Customer: 'customer',
      Amount: 'amount',
      Paid: 'paid',
      'Due Date': 'due',
      'E-mail': 'email',
      Status: 'status',
    });
    expect(await count()).toBe(0);
  });

  it('with "import the valid rows" stores the other rows, typed, and reports the three', async () => {
    const { csv, bad } = csvWithThreeBadRows(7);
    const { status, body } = await importCsv(csv, { mode: 'valid-rows' });
    expect(status).toBe(201);
    expect(body.report).toMatchObject({ rows: 10, imported: 7, rejectedCount: 3, stored: true });
    expect(body.report.rejected.map((r: { row: number }) => r.row)).toEqual(bad.map((b) => b.row));
    expect(await count()).toBe(7);
    const { body: page } = await t.api('GET', `${ordersBase}/records?sort=amount&direction=asc&limit=2`);
    expect(page.items[0].values).toEqual({
      customer: 'Customer 1',
      amount: 10.5,
      paid: false,
      due: '2026-01-01',
      email: 'c1@example.com',
      status: 'open',
    });
    expect(page.items[1].values.paid).toBe(true);
  });

  it('imports a clean file whole, in batches, with an edited mapping', async () => {
    const before = await count();
    const rows = Array.from({ length: 1234 }, (_, i) => `${i},Batch ${i},ignored`);
    const csv = `Sum;Who;Notes\n${rows.join('\n').replaceAll(',', ';')}\n`;
    const mapping = JSON.stringify({ Sum: 'amount', Who: 'customer', Notes: null });
    const { status, body } = await importCsv(csv, { mapping });
    expect(status).toBe(201);
    expect(body.report).toMatchObject({ rows: 1234, imported: 1234, rejectedCount: 0, rejected: [], stored: true });
    expect(await count()).toBe(before + 1234);
  });

  it('previews the columns, a sample and the suggested mapping', async () => {
    const { csv } = csvWithThreeBadRows(7);
    const { status, body } = await upload(`${t.url}${ordersBase}/import/preview`, { name: 'orders.csv', bytes: csv });
    expect(status).toBe(200);
    expect(body.columns).toEqual(['Customer', 'Amount', 'Paid', 'Due Date', 'E-mail', 'Status']);
    expect(body.sample).toHaveLength(5);
    expect(body.sample[0]).toEqual(['Customer 1', '10.5', 'false', '2026-01-01', 'c1@example.com', 'open']);
    expect(body.suggested.Amount).toBe('amount');
    expect(body.fields.map((f: { name: string }) => f.name)).toContain('due');
  });
});

describe('bad import requests answer 4xx with a sentence', () => {
  let t: AutomationHarness;
  beforeAll(async () => {
    t = await startAutomationHarness();
    await t.createApp(ordersSpec());
  });
  afterAll(() => t?.close());
  const url = () => `${t.url}${ordersBase}/import`;

  it('refuses a file that is not CSV or XLSX (415)', async () => {
    const pdf = await upload(url(), { name: 'orders.csv', bytes: '%PDF-1.7\n...', type: 'text/csv' });
    expect(pdf.status).toBe(415);
    expect(pdf.body.error.message).toBe('This is a PDF, not a table. Save it as CSV (UTF-8) or Excel workbook (.xlsx) and try again.');
    const png = await upload(url(), { name: 'x.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), type: 'image/png' });
    expect(png.status).toBe(415);
    expect(png.body.error.message).toMatch(/neither CSV nor XLSX/);
    const zip = await upload(url(), { name: 'x.xlsx', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]) });
    expect(zip.status).toBe(400);
    expect(zip.body.error.message).toMatch(/XLSX file could not be read/);
    const json = await t.api('POST', `${ordersBase}/import`, { file: 'a,b' });
    expect(json.status).toBe(400);
    expect(json.body.error.message).toMatch(/multipart\/form-data/);
  });

  it('refuses an empty file, a header without rows, and a form without a file (400)', async () => {
    const empty = await upload(url(), { name: 'empty.csv', bytes: '' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toMatch(/^The file is empty\./);
    const headerOnly = await upload(url(), { name: 'h.csv', bytes: 'Customer,Amount\n' });
    expect(headerOnly.status).toBe(400);
    expect(headerOnly.body.error.message).toMatch(/no data rows/);
    const form = new FormData();
    form.append('mode', 'valid-rows');
    const none = await fetch(url(), { method: 'POST', body: form });
    expect(none.status).toBe(400);
    expect(((await none.json()) as { error: { message: string } }).error.message).toMatch(/No file arrived/);
  });

  it('refuses a mapping to an unknown field, from an unknown column, or leaving a required field out (400)', async () => {
    const csv = 'Customer,Amount,Colour\nAnn,3,red\n';
    const unknownField = await upload(
      url(),
      { name: 'a.csv', bytes: csv },
      { mapping: JSON.stringify({ Customer: 'customer', Amount: 'amount', Colour: 'colour' }) },
    );
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.error.message).toMatch(
      /sends column "Colour" to "colour", which is not a field of Orders\. Its fields: "customer"/,
    );
    const unknownColumn = await upload(
      url(),
      { name: 'a.csv', bytes: csv },
      { mapping: JSON.stringify({ Customer: 'customer', Total: 'amount' }) },
    );
    expect(unknownColumn.status).toBe(400);
    expect(unknownColumn.body.error.message).toMatch(/no column "Total"|column "Total" the file does not have/);
    const missing = await upload(url(), { name: 'a.csv', bytes: csv }, { mapping: JSON.stringify({ Customer: 'customer' }) });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toBe('"Amount" is required, but no column maps to it.');
    const notJson = await upload(url(), { name: 'a.csv', bytes: csv }, { mapping: '{oops' });
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.message).toMatch(/body\.mapping: must be a JSON object/);
    const badMode = await upload(url(), { name: 'a.csv', bytes: csv }, { mode: 'some' });
    expect(badMode.status).toBe(400);
    expect(badMode.body.error.message).toMatch(/body\.mode/);
  });

  it('refuses a file over the import limit (413)', async () => {
    const big = new Uint8Array(51 * 1024 * 1024).fill(0x61);
    const { status, body } = await upload(url(), { name: 'big.csv', bytes: big });
    expect(status).toBe(413);
    expect(body.error.message).toBe('The upload is larger than 50 MB. Send a smaller file.');
  });
});
