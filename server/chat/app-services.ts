/**
 * The server's side of the tools' AppServices port: runs go through the runtime (stored,
 * with progress on the run event bus), public links are minted and audited as the HTTP route
 * mints them. `origin` (e.g. http://127.0.0.1:3000) turns a link's path into its address.
 */
import type { IncomingMessage } from 'node:http';
import type { AppServices, RunReport } from '../../agent/tools/app-services';
import type { ApprovalServices } from '../../agent/tools/approval-services';
import { mintPublicLink } from '../routes/auth-public-links';
import { dryRunNote } from '../routes/runs';
import type { Runtime } from '../runtime/run-app';
import type { RunRow } from '../store/records';
import type { Store } from '../store/store';
import type { Logger } from '../logger';
import { runTrial } from '../trials/run-trial';

function report(run: RunRow): RunReport {
  const status = run.status === 'ok' || run.status === 'dry-run' || run.status === 'waiting' ? run.status : 'error';
  return {
    runId: run.id,
    status,
    costUsd: run.costUsd,
    error: run.error,
    steps: run.steps.map((s) => ({ stepId: s.stepId, status: s.status, note: s.status === 'error' ? s.error : dryRunNote(s.output) })),
  };
}

/** A stored input value as a form would send it (text); a missing value is left out. */
function formText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
}

export function appServices(deps: {
  store: Store;
  runtime: Runtime;
  approvals: ApprovalServices;
  logger: Logger;
  origin: string | null;
}): AppServices {
  return {
    approvals: deps.approvals,
    async runApp(app, inputs, actor) {
      const run = await deps.runtime.run({ app, inputs, fromForm: true, trigger: { kind: 'manual', detail: 'chat' }, actor });
      return report(run);
    },
    runTrial: (app, request, actor) => runTrial(deps, app, request, actor),
    async runInputs(app, runId) {
      const id = runId ?? (await deps.store.listRuns(app.id, { limit: 1 })).items[0]?.id;
      const run = id ? await deps.store.getRun(id) : null;
      if (!run || run.appId !== app.id) return null;
      const inputs = Object.entries(run.inputs).flatMap(([name, value]) => {
        const text = formText(value);
        return text === null ? [] : [[name, text] as const];
      });
      return { runId: run.id, inputs: Object.fromEntries(inputs) };
    },
    async createPublicLink(app, actor) {
      const { path } = await mintPublicLink(deps.store, app, actor.userId);
      return { path, url: deps.origin ? `${deps.origin}${path}` : null };
    },
  };
}

/** The address this request reached the server at; links handed out in its answers start with it. */
export function originOf(req: IncomingMessage): string | null {
  const host = req.headers.host;
  return host ? `http://${host}` : null;
}
