/**
 * Spend-ledger overhead: the time writing a run's ledger rows adds to a run, against the
 * time of the dry run itself (no key: the exact request, counts and cost, and the run stored
 * with fsync, on a real lowdb store). Measured interleaved in one run on the same machine:
 *   - dry run through the bare runtime (the baseline),
 *   - the same dry run through the server's runtime (ledger rows written with the run's final
 *     save, and the budget lookup) — the overhead is the difference, target < 5%,
 *   - the ledger write alone, for scale (on lowdb a run's rows are batched into one write a
 *     second later; those batched writes happen during the rounds, so their cost is counted).
 * The overhead is the median of the rounds' paired differences (server − bare, measured back
 * to back), which the load of a shared machine blurs less than a difference of medians.
 *
 *   npx tsx bench/ledger-overhead.ts [rounds=400]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { AppSpecSchema } from '../agent/spec/app-spec';
import { loadSettings } from '../server/config/settings';
import { createDocumentStore } from '../server/documents/document-store';
import { createFileStore } from '../server/files/file-store';
import { createOutboundClient } from '../server/integrations/http';
import { silentLogger } from '../server/logger';
import { resolveStepModel } from '../server/runtime/resolve-step-model';
import { createRunEventBus } from '../server/runtime/run-events';
import { createRuntime, type RunRequest } from '../server/runtime/run-app';
import { withSpend } from '../server/spend/spend-runtime';
import { recordRunSpend } from '../server/spend/run-spend';
import { spendEntriesOfRun } from '../server/store/run-spend-entries';
import { openLowdbStore } from '../server/store/lowdb';
import type { RunRow } from '../server/store/records';
import { supportSpec } from '../tests/fixtures/server-specs';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export interface LedgerOverhead {
  dryRunMs: number;
  withSpendMs: number;
  ledgerWriteMs: number;
  /** Median over rounds of (server − bare) / bare. */
  pairedOverhead: number;
}

export async function benchLedgerOverhead(rounds = 400): Promise<LedgerOverhead> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-ledger-'));
  const store = await openLowdbStore({ dir });
  try {
    const services = {
      store,
      settings: loadSettings({ dataDir: dir, env: {} }),
      files: createFileStore(dir),
      documents: createDocumentStore(dir),
      outbound: createOutboundClient({ allow: [] }),
      logger: silentLogger,
      resolveModel: resolveStepModel,
    };
    const events = createRunEventBus(() => undefined);
    const bare = createRuntime({ ...services, events });
    // As server/app.ts builds it.
    const spending = withSpend(createRuntime({ ...services, events, recordSpend: recordRunSpend(store, silentLogger) }), services);
    const app = await store.createApp({ workspaceId: 'default', spec: AppSpecSchema.parse(supportSpec()), createdBy: null });
    const request: RunRequest = {
      app,
      inputs: { ticket: 'ACME: the export button crashes when the report has more than 10,000 rows.', priority: 2 },
      trigger: { kind: 'api' },
      actor: { userId: null, workspaceId: 'default', role: 'owner' },
    };

    let last: RunRow | null = null;
    const timed = async (work: () => Promise<unknown>) => {
      const start = performance.now();
      await work();
      return performance.now() - start;
    };
    const dryRun = () => timed(async () => (last = await bare.run(request)));
    const withSpendRun = () => timed(() => spending.run(request));
    // A fresh run id each time: the rows of one run are written once.
    const ledgerWrite = () => timed(() => store.spend.record(spendEntriesOfRun(app, { ...last!, id: `${last!.id}-${performance.now()}` })));

    for (let i = 0; i < 10; i++) {
      await dryRun();
      await withSpendRun();
      await ledgerWrite();
    }
    const samples = { dry: [] as number[], spend: [] as number[], ledger: [] as number[], paired: [] as number[] };
    for (let i = 0; i < rounds; i++) {
      // Alternate which goes first, so neither always follows the other's writes.
      const [dry, spend] = i % 2 === 0 ? [await dryRun(), await withSpendRun()] : [await withSpendRun(), await dryRun()].reverse();
      samples.dry.push(dry!);
      samples.spend.push(spend!);
      samples.paired.push((spend! - dry!) / dry!);
      samples.ledger.push(await ledgerWrite());
    }
    return {
      dryRunMs: median(samples.dry),
      withSpendMs: median(samples.spend),
      ledgerWriteMs: median(samples.ledger),
      pairedOverhead: median(samples.paired),
    };
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rounds = Number(process.argv[2] ?? 400);
  const { dryRunMs, withSpendMs, ledgerWriteMs, pairedOverhead: ratio } = await benchLedgerOverhead(rounds);
  console.log(`Ledger overhead: ${rounds} interleaved rounds of a 4-step dry run (3 AI steps) on lowdb; medians.`);
  console.log(`  dry run, bare runtime               ${dryRunMs.toFixed(2)} ms (baseline)`);
  console.log(`  dry run, server runtime (spend)     ${withSpendMs.toFixed(2)} ms (${(withSpendMs / dryRunMs).toFixed(3)}x)`);
  console.log(`  ledger write alone, for scale       ${ledgerWriteMs.toFixed(2)} ms (${(ledgerWriteMs / dryRunMs).toFixed(3)}x)`);
  console.log(
    `  overhead per run (paired median)    ${(ratio * 100).toFixed(1)}% of a dry run (target < 5%): ${ratio < 0.05 ? 'PASS' : 'FAIL'}`,
  );
  if (ratio >= 0.05) process.exitCode = 1;
}
