/**
 * Building a new app: ask recommend_model for any model wished for but not named, then call
 * create_app (from the closest template or composed from scratch), then summarise the
 * result. Each turn looks at what has already happened since the person spoke.
 */
import type { LoadedTemplate } from '../spec/app-template';
import type { SetAccessInput } from '../tools/set-access';
import { call, reply, type PlannerAction } from './action';
import { composeApp } from './compose';
import { specIn, type ConversationState } from './conversation';
import { customiseTemplate } from './customise-template';
import type { Description } from './description';
import { pickFrom, type RecommendableWish, recommendArgs, recommendOutcomes } from './model-picks';
import type { ModelChoice } from './model-choice';
import { builtReply, failedReply, notifyQuestion } from './replies';
import { CONFIDENT, matchTemplate } from './template-match';
import { templateFits } from './template-fit';
import { needsZone, zoneButtons, zoneQuestionText } from './zone-question';
import { intervalNote } from './interval-note';
import { boundFor, replacedNote } from './retired-wishes';

export function buildTurn(
  state: ConversationState,
  d: Description,
  templates: readonly LoadedTemplate[],
  now: Date,
  browserZone: string | null = null,
): PlannerAction {
  const ranked = matchTemplate(d.purpose, d.outputKind, templates, d.schedule !== null);
  // A template is used only when it is a confident match that can be this app; else compose.
  const match = ranked && ranked.confidence >= CONFIDENT && templateFits(d, ranked.template.spec) ? ranked : null;
  const created = state.sinceUser.find((o) => o.name === 'create_app');
  if (created) {
    if (!created.ok) return reply(failedReply(created, []));
    const spec = specIn(created.data);
    // create_app starts from the template's access; who may use it is a second call.
    const shared = state.sinceUser.find((o) => o.name === 'set_access');
    if (d.access && spec && spec.access.level !== d.access && !shared) {
      return call({ name: 'set_access', args: { slug: spec.slug, level: d.access } satisfies SetAccessInput });
    }
    if (shared && !shared.ok) return reply(failedReply(shared, [created]));
    const notify = d.notify && !d.notify.target ? notifyQuestion(d.notify.channel) : null;
    // One question per reply: a schedule with no zone said asks which, the browser's offered (zone-question.ts).
    const zoneless = spec !== null && !notify && needsZone(d);
    const buttons = zoneless ? zoneButtons(browserZone) : null;
    if (buttons && !state.sinceUser.some((o) => o.name === 'ask_user')) return call({ name: 'ask_user', args: buttons });
    const question = notify ?? (zoneless ? zoneQuestionText(buttons) : null);
    const built = (shared && specIn(shared.data)) ?? spec;
    const said = [replacedNote(d.models, now), intervalNote(state.lastUser, built), question].filter((s) => s !== null).join(' ') || null;
    return reply(builtReply(created, built, match?.template.title ?? null, said));
  }

  // A model the directory lacks ("with Claude") leaves the app on its defaults, which the reply names.
  const unnamed = d.models.filter((w): w is RecommendableWish => w.kind !== 'named' && w.kind !== 'unlisted');
  const recs = recommendOutcomes(state.sinceUser);
  if (unnamed.length > 0 && recs.length === 0) {
    return call(...unnamed.map((w) => ({ name: 'recommend_model', args: recommendArgs(w, d.text) })));
  }
  const choice: ModelChoice = { text: null, image: null };
  for (const w of d.models) {
    if (w.kind === 'named') choice[w.role] ??= boundFor(w.model, now).id;
  }
  unnamed.forEach((w, i) => {
    choice[w.role] ??= pickFrom(recs[i], w.role);
  });
  const args = match ? customiseTemplate(d, match.template, choice) : composeApp(d, choice);
  return call({ name: 'create_app', args });
}
