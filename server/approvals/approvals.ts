/**
 * The approvals service: every door (run page, signed link, API, chat tool, MCP) decides
 * through `decide`, deadlines through `sweep`. Deciding is one conditional write
 * (store.waiting.replace: still waiting, same pending approval → running, with the decision)
 * followed by the runtime's resume on the instance that won it. So a link used twice, two
 * approvers at once, or two instances of a PostgreSQL cluster each resume the run exactly once.
 * That write is the resume-once guarantee on its own; pg-boss would add a job whose dedup
 * ends when the job does, and the row's status would still have to be checked.
 */
import { aRole } from '../../agent/spec/approval-step';
import { canSeeApp } from '../../agent/access/can-see-app';
import type { Actor } from '../../agent/access/actor';
import { atLeast } from '../../agent/access/roles';
import { ApprovalError } from '../../agent/spec/approval-error';
import type { ApprovalServices, DecidedRun, DecisionInput, PendingApprovalView } from '../../agent/tools/approval-services';
import type { Logger } from '../logger';
import type { Runtime } from '../runtime/run-app';
import type { RunRow, StoredApp } from '../store/records';
import type { Store } from '../store/store';
import type { ApprovalLinks, LinkTarget } from './approval-link';
import { appRunPath } from './approval-words';
import type { ApprovalDecision, PendingApproval } from './pending-approval';

export interface ApprovalsDeps {
  store: Store;
  runtime: Pick<Runtime, 'resume'>;
  links: ApprovalLinks;
  logger: Logger;
  /** Link expiry is judged on it (tests pin it). */
  clock: () => Date;
  /** Tells the approvers (approval-notice.ts); reminders after a deadline go through it too. */
  notify(app: StoredApp, run: RunRow, reminder: boolean): Promise<void>;
}

export interface Approvals extends ApprovalServices {
  /** The app and waiting run a signed link names (for its page); throws ApprovalError with a sentence. */
  readLink(token: string): Promise<{ app: StoredApp; run: RunRow; view: PendingApprovalView }>;
  /** Decides as the holder of a signed link: the link stands for the approvers it was sent to. */
  decideByLink(token: string, input: DecisionInput): Promise<DecidedRun>;
  /** Handles every deadline passed by `now`; resolves with how many runs it moved on. */
  sweep(now?: Date): Promise<number>;
}

type Waiting = RunRow & { approval: PendingApproval };

function view(app: StoredApp, run: Waiting): PendingApprovalView {
  const a = run.approval;
  return {
    runId: run.id,
    appSlug: app.slug,
    appName: app.spec.name,
    stepId: a.stepId,
    gates: a.gates,
    role: a.role,
    message: a.message,
    pending: a.pending,
    editable: a.field !== null && a.pending !== null,
    inputs: run.inputs,
    askedAt: a.askedAt,
    deadlineAt: a.deadlineAt,
    otherwise: a.otherwise,
    runPath: appRunPath(app.slug, run.id),
  };
}

const isWaiting = (run: RunRow | null): run is Waiting => run?.status === 'waiting' && run.approval !== undefined;

export function checkDecision(input: DecisionInput, approval: PendingApproval): void {
  if (input.decision === 'edit') {
    if (approval.field === null || approval.pending === null) {
      throw new ApprovalError(
        'invalid',
        `The output of step "${approval.gates}" is not text, so it cannot be edited; approve or reject it.`,
      );
    }
    if (input.text === null || input.text.trim() === '') {
      throw new ApprovalError('invalid', 'An edit needs the new text ("text"); send it, or approve the output as it stands.');
    }
  } else if (input.text !== null) {
    throw new ApprovalError('invalid', `"text" is only for decision "edit"; leave it out to ${input.decision}.`);
  }
}

export function createApprovals(deps: ApprovalsDeps): Approvals {
  const { store, links } = deps;

  async function appAtRunVersion(app: StoredApp, run: RunRow): Promise<StoredApp> {
    if (app.version === run.appVersion) return app;
    const version = await store.getAppVersion(app.slug, run.appVersion);
    if (!version) throw new ApprovalError('not-found', `Version ${run.appVersion} of ${app.slug}, which this run started on, is gone.`);
    return { ...app, version: run.appVersion, spec: version.spec };
  }

  async function waitingRun(actor: Actor, appSlug: string, runId: string): Promise<{ app: StoredApp; run: Waiting }> {
    const found = await store.getApp(appSlug);
    const app = found && canSeeApp(actor, found) ? found : null;
    const run = app ? await store.getRun(runId) : null;
    if (!app || !run || run.appId !== app.id) throw new ApprovalError('not-found', `There is no run "${runId}" of app "${appSlug}".`);
    if (!isWaiting(run)) {
      const what = run.approval?.decision ? `was already ${run.approval.decision} by ${run.approval.decision.by}` : `is ${run.status}`;
      throw new ApprovalError('decided', `This run is not waiting for a decision: it ${what}.`);
    }
    return { app, run };
  }

  /** The one conditional write, then the rest of the run on this instance. */
  async function settle(app: StoredApp, run: Waiting, decision: ApprovalDecision, actor: Actor): Promise<DecidedRun> {
    const next: RunRow = { ...run, status: 'running', approval: { ...run.approval, decision } };
    if (!(await store.waiting.replace(run, next))) {
      throw new ApprovalError('decided', 'Someone decided this run a moment ago; only the first decision counts.');
    }
    const resumed = await deps.runtime.resume({ app: await appAtRunVersion(app, run), run: next, actor });
    return { runId: resumed.id, appSlug: app.slug, status: resumed.status, error: resumed.error };
  }

  function decisionOf(run: Waiting, input: DecisionInput, by: string, at: Date): ApprovalDecision {
    checkDecision(input, run.approval);
    return {
      decision: input.decision === 'reject' ? 'rejected' : 'approved',
      text: input.decision === 'edit' ? input.text : run.approval.pending,
      edited: input.decision === 'edit',
      by,
      note: input.note,
      at: at.toISOString(),
    };
  }

  async function byName(actor: Actor): Promise<string> {
    if (actor.userId === null) return 'the owner';
    return (await store.accounts.getUser(actor.userId))?.email ?? actor.userId;
  }

  const systemActor = (app: StoredApp, run: RunRow): Actor => ({ userId: run.createdBy, workspaceId: app.workspaceId, role: 'runner' });

  async function linkTarget(token: string): Promise<{ target: LinkTarget; app: StoredApp; run: Waiting }> {
    const target = links.read(token, deps.clock());
    const app = await store.getApp(target.appSlug);
    const run = app ? await store.getRun(target.runId) : null;
    if (!app || !run || run.appId !== app.id) throw new ApprovalError('not-found', 'The run this link was made for no longer exists.');
    if (!isWaiting(run) || run.approval.id !== target.approvalId) {
      const decided = run.approval?.id === target.approvalId ? run.approval.decision : undefined;
      throw new ApprovalError(
        'decided',
        decided
          ? `This link was already used: the run was ${decided.decision} by ${decided.by}. A link decides once.`
          : 'This link was already used: the run is no longer waiting for this decision. A link decides once.',
      );
    }
    return { target, app, run };
  }

  return {
    async list(actor, appSlug) {
      const apps = new Map((await store.listApps(actor.workspaceId)).filter((app) => canSeeApp(actor, app)).map((app) => [app.id, app]));
      const runs = await store.waiting.list();
      return runs.flatMap((run) => {
        const app = apps.get(run.appId);
        return app && isWaiting(run) && (appSlug === null || app.slug === appSlug) ? [view(app, run)] : [];
      });
    },

    async decide(actor, target, input) {
      const { app, run } = await waitingRun(actor, target.appSlug, target.runId);
      if (!atLeast(actor.role, run.approval.role)) {
        throw new ApprovalError(
          'forbidden',
          `Only ${aRole(run.approval.role)} or above may decide this run, and you are ${aRole(actor.role)}. Ask one of them, or the owner to change your role.`,
        );
      }
      return settle(app, run, decisionOf(run, input, await byName(actor), deps.clock()), actor);
    },

    async readLink(token) {
      const { app, run } = await linkTarget(token);
      return { app, run, view: view(app, run) };
    },

    async decideByLink(token, input) {
      const { app, run } = await linkTarget(token);
      return settle(app, run, decisionOf(run, input, 'a signed link', deps.clock()), systemActor(app, run));
    },

    async sweep(now = deps.clock()) {
      let moved = 0;
      for (const run of await store.waiting.list()) {
        const approval = run.approval;
        if (!isWaiting(run) || !approval?.deadlineAt || Date.parse(approval.deadlineAt) > now.getTime() || approval.overdueNotifiedAt)
          continue;
        const app = (await store.listApps()).find((a) => a.id === run.appId);
        if (!app) continue;
        try {
          if (approval.otherwise === 'notify') {
            const next: RunRow = { ...run, approval: { ...approval, overdueNotifiedAt: now.toISOString() } };
            if (await store.waiting.replace(run, next)) await deps.notify(app, next, true);
          } else {
            const input: DecisionInput = {
              decision: approval.otherwise === 'approve' ? 'approve' : 'reject',
              text: null,
              note: 'the deadline passed',
            };
            await settle(app, run, decisionOf(run, input, 'the deadline', now), systemActor(app, run));
          }
          moved += 1;
        } catch (error) {
          // Another instance (or a person) got there first; anything else is logged and tried on the next sweep.
          if (!(error instanceof ApprovalError && error.kind === 'decided'))
            deps.logger.warn('approval deadline failed', { runId: run.id, error });
        }
      }
      return moved;
    },
  };
}
