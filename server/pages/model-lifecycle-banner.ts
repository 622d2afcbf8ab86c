/**
 * The banner a shut-down or deprecated model puts at the top of a page: what happens when,
 * and the successor to move to. Shared by the comparison page and the model page.
 */
import { describeLifecycle, lifecycleStatus, liveSuccessor, type ModelFacts } from '../../agent/catalog';
import { html, type SafeHtml } from '../html/html';

/** One sentence for one model, or null when its lifecycle does not call for a banner. */
export function lifecycleBannerSentence(model: ModelFacts, now: Date): SafeHtml | null {
  const status = lifecycleStatus(model, now);
  if (status !== 'shutdown' && status !== 'deprecated') return null;
  const successor = liveSuccessor(model, now);
  const move = successor
    ? html` Its successor is <a href="/models/${successor.id}">${successor.displayName}</a>.`
    : html` No successor is named in the sources read.`;
  const what =
    status === 'shutdown'
      ? html`<strong>${model.displayName} has ${describeLifecycle(model, now)}</strong>: it can no longer be called.`
      : html`<strong>${model.displayName} is ${describeLifecycle(model, now)}.</strong>`;
  return html`${what}${move}`;
}

export function lifecycleBanner(models: readonly ModelFacts[], now: Date): SafeHtml {
  const sentences = models.map((m) => ({ m, s: lifecycleBannerSentence(m, now) })).filter((x) => x.s !== null);
  if (sentences.length === 0) return html``;
  const shut = sentences.some(({ m }) => lifecycleStatus(m, now) === 'shutdown');
  return html`<div class="banner ${shut ? 'banner-danger' : 'banner-warn'}" id="lifecycle-banner" role="status">${sentences.map(({ s }) => html`<p>${s}</p>`)}</div>`;
}
