/**
 * Changing the current app: find it (list_apps when the conversation never named one),
 * read it (get_app, with recommend_model alongside for unnamed model wishes), then make
 * the planned calls one per turn — each change is saved as a version guarded by the one
 * it was read at, so they must not race — and finally say what changed.
 */
import { call, reply, type PlannerAction } from './action';
import { MUTATING_TOOLS, type ConversationState } from './conversation';
import { planEdits } from './edit-calls';
import type { Edit } from './follow-ups';
import { pickFrom, type RecommendableWish, recommendArgs, recommendOutcomes } from './model-picks';
import { changedReply, failedReply, resultRows, unclearChangeReply } from './replies';
import { intervalNote } from './interval-note';
import { trialOffer } from './trial-offer';

interface ListedApp {
  slug: string;
  name: string;
}

function appsIn(data: unknown): ListedApp[] {
  return resultRows(data).flatMap((r) =>
    typeof r.slug === 'string' ? [{ slug: r.slug, name: typeof r.name === 'string' ? r.name : r.slug }] : [],
  );
}

/** The one listed app the message names ("make the lead tracker public"), longest name first. */
function namedIn(message: string, apps: ListedApp[]): ListedApp | null {
  const said = message.toLowerCase();
  const hits = apps.filter((a) => said.includes(a.slug) || said.includes(a.name.toLowerCase()));
  return hits.sort((a, b) => b.name.length - a.name.length)[0] ?? null;
}

/** The turn listed the workspace's apps and there are none: nothing a change could be about. */
export function listedNoApps(state: ConversationState): boolean {
  const listed = state.sinceUser.find((o) => o.name === 'list_apps');
  return listed?.ok === true && appsIn(listed.data).length === 0;
}

/**
 * The app a follow-up is about: the one in context, else the one app there is, else the one
 * the message names (after a list_apps call); otherwise the action that asks or looks it up.
 */

export function appToChange(state: ConversationState): { slug: string } | { action: PlannerAction } {
  if (state.currentSlug) return { slug: state.currentSlug };
  const listed = state.sinceUser.find((o) => o.name === 'list_apps');
  if (!listed) return { action: call({ name: 'list_apps', args: { query: null } }) };
  const apps = listed.ok ? appsIn(listed.data) : [];
  if (apps.length === 0) return { action: reply("There is no app to change yet. Describe the tool you need and I'll build it first.") };
  const chosen = apps.length === 1 ? apps[0]! : namedIn(state.lastUser, apps);
  if (!chosen) {
    return {
      action: reply(
        `Which app should I change: ${apps.map((a) => `${a.name} (${a.slug})`).join(', ')}? Open it in the builder, or say its name with the change.`,
      ),
    };
  }
  return { slug: chosen.slug };
}

export function changeTurn(state: ConversationState, edits: Edit[], options: { offerTrial?: boolean } = {}): PlannerAction {
  const found = appToChange(state);
  if ('action' in found) return found.action;
  const { slug } = found;

  const unnamed = edits.flatMap((e): RecommendableWish[] =>
    e.op === 'model' && e.wish.kind !== 'named' && e.wish.kind !== 'unlisted' ? [e.wish] : [],
  );
  const recs = recommendOutcomes(state.sinceUser);
  const spec = state.baseSpec;
  const fetched = state.sinceUser.some((o) => o.name === 'get_app');
  const needSpec = !spec && !fetched;
  const needRecs = unnamed.length > 0 && recs.length === 0;
  if (needSpec || needRecs) {
    return call(
      ...(needSpec ? [{ name: 'get_app', args: { slug, version: null } }] : []),
      ...(needRecs ? unnamed.map((w) => ({ name: 'recommend_model', args: recommendArgs(w, state.lastUser) })) : []),
    );
  }
  if (!spec) {
    const failed = state.sinceUser.find((o) => o.name === 'get_app' && !o.ok);
    return reply(failed ? `I couldn't open the app: ${failed.summary}` : `I couldn't read the app "${slug}".`);
  }
  if (edits.length === 0) return reply(unclearChangeReply(spec));

  const plan = planEdits(
    spec,
    edits,
    unnamed.map((w, i) => pickFrom(recs[i], w.role)),
    state.baseVersion,
  );
  const done = state.sinceUser.filter((o) => MUTATING_TOOLS.has(o.name));
  const failed = done.find((o) => !o.ok);
  if (failed)
    return reply(
      failedReply(
        failed,
        done.filter((o) => o.ok),
      ),
    );
  const next = plan.calls[done.length];
  // A model switch on an app with test cases first offers to try them (trial-turn.ts).
  const offer = done.length === 0 && options.offerTrial !== false ? trialOffer(state, spec, next) : null;
  if (offer) return offer;
  if (next) return call(next);
  const interval = intervalNote(state.lastUser, state.currentSpec);
  const problems = interval ? [...plan.problems, interval] : plan.problems;
  const notes = problems.length > 0 ? `\n\n${problems.join(' ')}` : '';
  if (done.length === 0) return reply(`Nothing changed.${notes || ' '}${notes ? '' : unclearChangeReply(spec)}`.trim());
  return reply(`${changedReply(done, state.currentSpec)}${notes}`);
}
