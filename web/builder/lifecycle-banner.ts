/**
 * The preview's banner for an app bound to a shut-down model (same words and button as the
 * server's app page banner, server/pages/app-lifecycle-banner.ts), or to a deprecated one.
 */
import type { AppSpec } from '../../agent/spec/app-spec';
import { boundModelIds } from '../../agent/spec/bindings';
import { h } from '../dom';
import type { ModelBrief } from '../model-names';

export function lifecycleBannerElement(spec: AppSpec, briefs: Map<string, ModelBrief>): HTMLElement | null {
  const known = boundModelIds(spec).flatMap((id) => {
    const brief = briefs.get(id);
    return brief ? [{ id, ...brief }] : [];
  });
  const name = (id: string) => briefs.get(id)?.displayName ?? id;
  const shut = known.filter((m) => m.statusToday === 'shutdown');
  if (shut.length > 0) {
    const sentence = shut
      .map(
        (m) =>
          `${m.displayName} shut down on ${m.shutdownDate}; ${m.liveSuccessor ? `move to ${name(m.liveSuccessor)}` : 'no successor is known, bind another model'}.`,
      )
      .join(' ');
    const to = shut.every((m) => m.liveSuccessor) ? shut[0]!.liveSuccessor : null;
    return h(
      'div',
      { class: 'banner banner-danger', dataset: { role: 'lifecycle-banner', app: spec.slug } },
      h('p', null, `${sentence} Runs of this app fail until it moves.`),
      to
        ? h(
            'p',
            { class: 'row gap-top' },
            h(
              'button',
              { class: 'btn btn-primary btn-small', attrs: { type: 'button', 'data-move-successor': spec.slug } },
              `Move to ${name(to)}`,
            ),
            h('span', { class: 'small', attrs: { role: 'status', 'data-role': 'move-status' } }),
          )
        : null,
    );
  }
  const deprecated = known.filter((m) => m.statusToday === 'deprecated');
  if (deprecated.length === 0) return null;
  const words = deprecated
    .map((m) => `${m.displayName} is deprecated${m.shutdownDate ? `, shuts down on ${m.shutdownDate}` : ''}.`)
    .join(' ');
  return h('div', { class: 'banner banner-warn', dataset: { role: 'lifecycle-banner', app: spec.slug } }, h('p', null, words));
}
