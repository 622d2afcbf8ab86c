/**
 * The banner an app shows while one of its AI steps is bound to a shut-down model (with the
 * one-step "Move to <successor>" button web/move-to-successor.ts wires) or a deprecated one
 * (with its shutdown date). App page and apps list; the builder preview draws the same in web/.
 */
import { describeLifecycle, findModel, lifecycleStatus } from '../../agent/catalog';
import type { AppSpec } from '../../agent/spec/app-spec';
import { boundModelIds } from '../../agent/spec/bindings';
import { retiredBindings, retiredSentence } from '../../agent/spec/retired-bindings';
import { html, type SafeHtml } from '../html/html';

function deprecatedSentence(spec: AppSpec, now: Date): string | null {
  const deprecated = boundModelIds(spec)
    .map((id) => findModel(id))
    .filter((m) => m !== null && lifecycleStatus(m, now) === 'deprecated');
  if (deprecated.length === 0) return null;
  return deprecated.map((m) => `${m!.displayName} is ${describeLifecycle(m!, now)}.`).join(' ');
}

export function appLifecycleBanner(spec: AppSpec, now: Date): SafeHtml {
  const retired = retiredBindings(spec, now);
  const sentence = retiredSentence(retired);
  if (sentence) {
    const successor = retired.find((r) => r.successor)?.successor ?? null;
    const movable = retired.every((r) => r.successor !== null);
    return html`<div class="banner banner-danger" data-role="lifecycle-banner" data-app="${spec.slug}"><p>${sentence} Runs of this app fail until it moves.</p>${
      movable && successor
        ? html`<p class="row gap-top"><button type="button" class="btn btn-primary btn-small" data-move-successor="${spec.slug}">Move to ${successor.displayName}</button><span class="small" data-role="move-status" role="status"></span></p>`
        : ''
    }</div>`;
  }
  const deprecated = deprecatedSentence(spec, now);
  return deprecated
    ? html`<div class="banner banner-warn" data-role="lifecycle-banner" data-app="${spec.slug}"><p>${deprecated}</p></div>`
    : html``;
}
