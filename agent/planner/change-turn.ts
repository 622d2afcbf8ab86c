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
import { pickFrom, recommendArgs, recommendOutcomes } from './model-picks';
import { changedReply, failedReply, resultRows, unclearChangeReply } from './replies';

function appSlugsIn(data: unknown): string[] {
  return resultRows(data)
    .map((r) => r.slug)
    .filter((s): s is string => typeof s === 'string');
}

export function changeTurn(state: ConversationState, edits: Edit[]): PlannerAction {
  let slug = state.currentSlug;
  if (!slug) {
    const listed = state.sinceUser.find((o) => o.name === 'list_apps');
    if (!listed) return call({ name: 'list_apps', args: { query: null } });
    const slugs = listed.ok ? appSlugsIn(listed.data) : [];
    if (slugs.length === 0) return reply("There is no app to change yet. Describe the tool you need and I'll build it first.");
    if (slugs.length > 1) return reply(`Which app should I change: ${slugs.join(', ')}? Open it in the builder, or name it.`);
    slug = slugs[0]!;
  }

  const unnamed = edits.flatMap((e) => (e.op === 'model' && e.wish.kind !== 'named' ? [e.wish] : []));
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

  const plan = planEdits(spec, edits, unnamed.map((w, i) => pickFrom(recs[i], w.role)), state.baseVersion);
  const done = state.sinceUser.filter((o) => MUTATING_TOOLS.has(o.name));
  const failed = done.find((o) => !o.ok);
  if (failed) return reply(failedReply(failed, done.filter((o) => o.ok)));
  const next = plan.calls[done.length];
  if (next) return call(next);
  const notes = plan.problems.length > 0 ? `\n\n${plan.problems.join(' ')}` : '';
  if (done.length === 0) return reply(`Nothing changed.${notes || ' '}${notes ? '' : unclearChangeReply(spec)}`.trim());
  return reply(`${changedReply(done, state.currentSpec)}${notes}`);
}
