/**
 * The comparison page's sections around the facts (modelled on the page this product
 * follows): intro cards, "use either or both", related comparisons, FAQs and the closing
 * call to action. Every sentence is built from the two models' facts.
 */
import { compareFaqs, isShutDown, liveSuccessor, relatedComparisons, type ModelFacts } from '../../agent/catalog';
import { html, type SafeHtml } from '../html/html';
import { oneLineDescription } from './model-description';

const buildHref = (m: ModelFacts) => `/?model=${encodeURIComponent(m.id)}`;

/** What "build with" offers for `m`: itself, or its successor once it has shut down (null when none). */
function buildable(m: ModelFacts, now: Date): ModelFacts | null {
  return isShutDown(m, now) ? liveSuccessor(m, now) : m;
}

function buildButton(m: ModelFacts, now: Date): SafeHtml {
  const target = buildable(m, now);
  if (!target) return html`<span class="muted small">${m.displayName} has shut down and has no known successor.</span>`;
  const label = target === m ? `Build with ${m.displayName}` : `Build with ${target.displayName} (succeeds ${m.displayName})`;
  return html`<a class="btn btn-primary" data-build="${target.id}" href="${buildHref(target)}">${label}</a>`;
}

export function introCards(models: readonly ModelFacts[], now: Date): SafeHtml {
  return html`<section class="compare-grid" id="intro">${models.map(
    (m) =>
      html`<div class="card intro-card" data-model="${m.id}"><h2>${m.displayName}</h2><p>${oneLineDescription(m, now)}</p><a class="btn btn-small" href="/models/${m.id}">View ${m.displayName}</a></div>`,
  )}</section>`;
}

export function eitherOrBoth(a: ModelFacts, b: ModelFacts, now: Date): SafeHtml {
  return html`<section class="card" id="use-either">
  <h2>Use ${a.displayName} or ${b.displayName}, or both</h2>
  <p>Toolwright builds internal tools from a description and runs them for your team, with each AI step on the model you choose.</p>
  <div class="compare-grid">
    <div><h3>Describe it, and it's built</h3><p>Tell the builder the tool you need; it makes a working app with ${a.displayName} or ${b.displayName} on its AI steps.</p></div>
    <div><h3>Switch models without rebuilding</h3><p>Start on ${a.displayName}, try the same tool on ${b.displayName}, keep the better one: only the step's model changes, the forms and records stay.</p></div>
    <div><h3>Automated for the whole team</h3><p>Run tools on a schedule (daily digests, weekly reports) and share them with your team from one workspace.</p></div>
  </div>
  <p class="row">${buildButton(a, now)} ${buildButton(b, now)}</p>
</section>`;
}

export function relatedSection(models: readonly ModelFacts[], now: Date): SafeHtml {
  const related = relatedComparisons(models, now);
  return html`<section class="card" id="related">
  <h2>Related comparisons</h2>
  ${
    related.length
      ? html`<ul class="sentences">${related.map((r) => html`<li><a href="/models/compare?ids=${r.ids.join(',')}">${r.names[0]} vs ${r.names[1]}</a> <span class="muted small">(${r.reason})</span></li>`)}</ul>`
      : html`<p class="muted">No related comparison in the directory.</p>`
  }
</section>`;
}

export function faqSection(a: ModelFacts, b: ModelFacts, now: Date): SafeHtml {
  return html`<section class="card" id="faqs">
  <h2>FAQs</h2>
  ${compareFaqs(a, b, now).map((f) => html`<details class="faq"><summary>${f.question}</summary><p>${f.answer}</p></details>`)}
</section>`;
}

export function closingCta(a: ModelFacts, b: ModelFacts, now: Date): SafeHtml {
  const start = buildable(a, now) ?? buildable(b, now);
  return html`<section class="card cta" id="closing-cta">
  <h2>Build AI tools with ${a.displayName} or ${b.displayName}</h2>
  <p>Describe the tool your team needs and get a working app on the model you choose, with its own tables, team access and schedules.</p>
  <a class="btn btn-primary" href="${start ? buildHref(start) : '/'}">Start building</a>
</section>`;
}
