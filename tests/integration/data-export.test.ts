/**
 * Exporting a filtered view of a collection as CSV, XLSX and JSON over the API and the CLI
 * (the same bytes from both doors), CSV formula defusing, and an XLSX round trip — export,
 * re-import into a twin collection, compare — that keeps numbers, booleans and dates typed.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordsCommand } from '../../server/cli/records-command';
import type { CliIo } from '../../server/cli/cli-io';
import { ordersBase, ordersSpec, upload } from '../fixtures/dataio';
import { startTestServer, type TestServer } from '../fixtures/server-harness';

const records = [
  { customer: 'Ann Lee', amount: 120.5, paid: true, due: '2026-03-01', email: 'ann@example.com', status: 'open' },
  { customer: 'Annika', amount: -40, paid: false, due: '2026-03-02T14:30:00Z', status: 'closed' },
  { customer: '=HYPERLINK("http://evil.example","click")', amount: 1, paid: false },
  { customer: '+1 555 0100', amount: 2 },
  { customer: '-2+3', amount: 3, due: '2026-12-31' },
  { customer: '@SUM(A1:A2)\nannex', amount: 4, paid: true },
  { customer: 'Bob', amount: 0 },
];

function cliIo(): CliIo & { text: { out: string; err: string } } {
  const text = { out: '', err: '' };
  return {
    text,
    out: (s) => {
      text.out += s;
    },
    err: (s) => {
      text.err += s;
    },
    color: false,
    width: 100,
  };
}

describe('export a filtered view, API and CLI', () => {
  let t: TestServer;
  let dataDir: string;
  const fromApi: Record<string, Buffer> = {};
  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tw-export-'));
    t = await startTestServer({ dataDir });
    expect((await t.api('POST', '/api/apps', { spec: ordersSpec() })).status).toBe(201);
    expect((await t.api('POST', '/api/apps', { spec: { ...ordersSpec(), name: 'Orders copy', slug: 'orders-copy' } })).status).toBe(201);
    for (const values of records) expect((await t.api('POST', `${ordersBase}/records`, { values })).status).toBe(201);
  });
  afterAll(async () => {
    await t?.close();
    await fs.rm(dataDir, { recursive: true, force: true });
  });
  const get = async (query: string) => {
    const response = await fetch(`${t.url}${ordersBase}/export?${query}`);
    return { response, bytes: Buffer.from(await response.arrayBuffer()) };
  };

  it('CSV: the view only, in its order, formulas defused, numbers left alone', async () => {
    const { response, bytes } = await get('format=csv&search=ann&sort=amount&direction=desc');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="orders-orders.csv"');
    fromApi.csv = bytes;
    const text = bytes.toString('utf8');
    expect(text.startsWith('\ufeffCustomer,Amount,Paid,Due date,Email,Status\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(rows.slice(1)).toEqual([
      ['Ann Lee', '120.5', 'true', '2026-03-01', 'ann@example.com', 'open'],
      ["'@SUM(A1:A2)\nannex", '4', 'true', '', '', ''],
      ['Annika', '-40', 'false', '2026-03-02T14:30:00Z', '', 'closed'],
    ]);
    const all = Papa.parse<string[]>((await get('format=csv&sort=amount')).bytes.toString('utf8').slice(1), { skipEmptyLines: true }).data;
    expect(all.map((r) => r[0])).toEqual([
      'Customer',
      'Annika',
      'Bob',
      '\'=HYPERLINK("http://evil.example","click")',
      "'+1 555 0100",
      "'-2+3",
      "'@SUM(A1:A2)\nannex",
      'Ann Lee',
    ]);
  });

  it('JSON: the same records as the records API answers for the view', async () => {
    const { response, bytes } = await get('format=json&search=ann&sort=amount&direction=desc');
    expect(response.status).toBe(200);
    fromApi.json = bytes;
    const listed = await t.api('GET', `${ordersBase}/records?search=ann&sort=amount&direction=desc`);
    const exported = JSON.parse(bytes.toString('utf8'));
    expect(exported).toEqual(
      listed.body.items.map((r: any) => ({ id: r.id, createdAt: r.createdAt, updatedAt: r.updatedAt, values: r.values })),
    );
    expect(exported).toHaveLength(3);
    expect(JSON.parse((await get('format=json&search=nobody')).bytes.toString('utf8'))).toEqual([]);
  });

  it('XLSX: typed cells; and a round trip through import keeps every value and type', async () => {
    const { response, bytes } = await get('format=xlsx&sort=amount');
    expect(response.status).toBe(200);
    fromApi.xlsx = bytes;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Customer', 'Amount', 'Paid', 'Due date', 'Email', 'Status']);
    const annika = sheet.getRow(2);
    expect(annika.getCell(2).value).toBe(-40);
    expect(annika.getCell(3).value).toBe(false);
    expect(annika.getCell(4).value).toEqual(new Date('2026-03-02T14:30:00Z'));
    expect(sheet.getRow(8).getCell(4).value).toEqual(new Date('2026-03-01T00:00:00Z'));
    expect(sheet.getRow(8).getCell(4).numFmt).toBe('yyyy-mm-dd');
    // A text starting with = is a text cell in XLSX, never a formula: nothing to defuse.
    const customers = sheet.getColumn(1).values.slice(2);
    expect(customers).toContain('=HYPERLINK("http://evil.example","click")');
    expect(customers.every((v) => typeof v === 'string')).toBe(true);

    const imported = await upload(`${t.url}/api/apps/orders-copy/collections/orders/import`, {
      name: 'orders.xlsx',
      bytes: new Uint8Array(bytes),
    });
    expect(imported.status).toBe(201);
    expect(imported.body.report).toMatchObject({ format: 'xlsx', rows: records.length, imported: records.length, rejectedCount: 0 });
    const values = async (slug: string) =>
      (await t.api('GET', `/api/apps/${slug}/collections/orders/records?sort=amount&limit=100`)).body.items.map((r: any) => r.values);
    const original = await values('orders');
    expect(await values('orders-copy')).toStrictEqual(original);
    expect(original.find((v: any) => v.customer === 'Annika')).toStrictEqual(records[1]);
  });

  it('refuses a bad export query with a sentence (400)', async () => {
    const format = await t.api('GET', `${ordersBase}/export?format=pdf`);
    expect(format.status).toBe(400);
    expect(format.body.error.message).toMatch(/^query\.format: must be csv, xlsx or json/);
    const sort = await t.api('GET', `${ordersBase}/export?format=csv&sort=colour`);
    expect(sort.status).toBe(400);
    expect(sort.body.error.message).toMatch(/^query\.sort:/);
  });

  it('the CLI writes the same files for the same view', async () => {
    await t.server.close();
    await t.store.close();
    const out = (name: string) => path.join(dataDir, name);
    for (const [format, query] of [
      ['csv', ['--search', 'ann', '--sort', 'amount', '--direction', 'desc']],
      ['json', ['--search', 'ann', '--sort', 'amount', '--direction', 'desc']],
    ] as const) {
      const io = cliIo();
      expect(
        await recordsCommand(
          ['export', 'orders', 'orders', '--format', format, ...query, '--out', out(`cli.${format}`), '--data-dir', dataDir],
          io,
        ),
      ).toBe(0);
      expect(await fs.readFile(out(`cli.${format}`))).toEqual(fromApi[format]);
    }
    const io = cliIo();
    expect(
      await recordsCommand(
        [
          'export',
          'orders',
          'orders',
          '--format',
          'xlsx',
          '--search',
          'ann',
          '--sort',
          'amount',
          '--direction',
          'desc',
          '--out',
          out('cli.xlsx'),
          '--data-dir',
          dataDir,
        ],
        io,
      ),
    ).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out('cli.xlsx'));
    // The same view as the CSV above: Ann Lee, the @SUM…annex row, Annika; typed cells.
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(4);
    expect([2, 3, 4].map((n) => sheet.getRow(n).getCell(2).value)).toEqual([120.5, 4, -40]);
    expect(sheet.getRow(2).getCell(3).value).toBe(true);
    expect(sheet.getRow(4).getCell(4).value).toEqual(new Date('2026-03-02T14:30:00Z'));

    const bad = cliIo();
    expect(await recordsCommand(['export', 'orders', 'orders', '--format', 'pdf', '--data-dir', dataDir], bad)).toBe(2);
    expect(bad.text.err).toMatch(/^--format must be csv, xlsx or json\./);
  });

  it('the CLI imports a CSV: all or nothing, then --valid-rows', async () => {
    const file = path.join(dataDir, 'in.csv');
    await fs.writeFile(file, 'Who,Sum\nZed,1\nYan,many\nXi,3\n');
    const refused = cliIo();
    const args = ['import', 'orders', 'orders', file, '--map', 'Who=customer', '--map', 'Sum=amount', '--data-dir', dataDir];
    expect(await recordsCommand(args, refused)).toBe(1);
    expect(refused.text.err).toBe(
      'Nothing was imported into orders/orders: 1 of 3 rows were rejected. Fix them, or run again with --valid-rows.\n  row 3: Amount: expected a number, got "many".\n',
    );
    const valid = cliIo();
    expect(await recordsCommand([...args, '--valid-rows'], valid)).toBe(0);
    expect(valid.text.out).toBe(
      'Imported 2 of 3 rows into orders/orders.\n1 row was rejected:\n  row 3: Amount: expected a number, got "many".\n',
    );
    const unknown = cliIo();
    expect(await recordsCommand(['import', 'orders', 'orders', file, '--map', 'Who=colour', '--data-dir', dataDir], unknown)).toBe(2);
    expect(unknown.text.err).toMatch(/not a field of Orders/);
  });
});
