/**
 * `toolwright spend`: the workspace's spend for a month from the store (lowdb data folder, or
 * PostgreSQL with DATABASE_URL) through the get_spend tool — the same report as the Spend page
 * and GET /api/spend. `--json` prints the report as the API returns it.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { formatCount, formatUsd } from '../../agent/catalog/index';
import type { SpendReport } from '../../agent/spend/spend-report';
import { GetSpendInputSchema } from '../../agent/tools/get-spend';
import { createToolRegistry } from '../../agent/tools/registry';
import { loadConfig } from '../config/config';
import { openStore } from '../store/open-store';
import { bold, processIo, type CliIo } from './cli-io';
import { renderTable } from './table';

const SPEND_USAGE = `Usage: toolwright spend [--month YYYY-MM] [--workspace <id>] [--json] [--data-dir <folder>]

What the workspace spent on models (app runs, trials, the builder agent): the month's total and
last month's, per app, per model and per day, the projection to month's end, and the budgets.
  --month <YYYY-MM>     a calendar month in UTC (default: this month)
  --workspace <id>      the workspace (default: "default", the single-user workspace)
  --json                the report as JSON, as GET /api/spend answers
  --data-dir <folder>   where the data is (default: $DATA_DIR or ./data; PostgreSQL when DATABASE_URL is set)`;

const FlagsSchema = z.object({
  month: GetSpendInputSchema.shape.month.unwrap().optional(),
  workspace: z.string().trim().min(1, 'needs a workspace id').max(200).optional(),
  json: z.boolean().optional(),
  'data-dir': z.string().trim().min(1, 'needs a folder path').optional(),
  help: z.boolean().optional(),
});

function render(report: SpendReport, io: CliIo): string {
  const usd = (n: number) => formatUsd(n);
  const lines = [bold(io, `Spend, ${report.month.label}`), report.summary, ''];
  const table = (title: string, header: string[], rows: string[][]) => {
    if (rows.length === 0) return;
    lines.push(bold(io, title), ...renderTable(header, rows, { maxWidth: io.width, alignRight: [1, 2, 3] }), '');
  };
  table(
    'Per app',
    ['App', 'Spent', 'Runs', 'Calls'],
    report.byApp.map((a) => [a.slug ?? a.name, usd(a.costUsd), String(a.runs), String(a.calls)]),
  );
  table(
    'Per model',
    ['Model', 'Spent', 'Tokens in', 'Tokens out'],
    report.byModel.map((m) => [m.key ?? '', usd(m.costUsd), formatCount(m.inputTokens), formatCount(m.outputTokens)]),
  );
  table(
    'Per day',
    ['Day', 'Spent', 'Runs', 'Calls'],
    report.byDay.filter((d) => d.calls > 0).map((d) => [d.key ?? '', usd(d.costUsd), String(d.runs), String(d.calls)]),
  );
  table(
    'Budgets',
    ['Scope', 'Monthly', 'Spent', 'Left', 'Mode'],
    report.budgets.map((b) => [
      b.appSlug ?? 'workspace',
      usd(b.monthlyUsd),
      usd(b.spentUsd),
      usd(b.leftUsd),
      b.mode + (b.fallback ? ` → ${b.fallback}` : ''),
    ]),
  );
  return `${lines.join('\n').trimEnd()}\n`;
}

export async function spendCommand(args: string[], io: CliIo = processIo()): Promise<number> {
  let flags: z.infer<typeof FlagsSchema>;
  try {
    const { values } = parseArgs({
      args,
      options: {
        month: { type: 'string' },
        workspace: { type: 'string' },
        json: { type: 'boolean' },
        'data-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    });
    flags = FlagsSchema.parse(values);
  } catch (error) {
    const issue = error instanceof z.ZodError ? error.issues[0] : undefined;
    const detail = issue ? `--${String(issue.path[0])} ${issue.message}` : (error as Error).message.replace(/\.$/, '');
    io.err(`${detail}.\n\n${SPEND_USAGE}\n`);
    return 2;
  }
  if (flags.help) {
    io.out(`${SPEND_USAGE}\n`);
    return 0;
  }
  const config = loadConfig(flags['data-dir'] ? { ...process.env, DATA_DIR: flags['data-dir'] } : process.env);
  const store = await openStore(config);
  try {
    const actor = { userId: null, workspaceId: flags.workspace ?? 'default', role: 'owner' as const };
    const result = await createToolRegistry().run('get_spend', { month: flags.month ?? null }, { store, actor });
    const report = result.data as SpendReport;
    io.out(flags.json ? `${JSON.stringify(report, null, 2)}\n` : render(report, io));
    return 0;
  } finally {
    await store.close();
  }
}
