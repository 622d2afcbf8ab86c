/**
 * The app page's test cases and trials card: the app's test set (each case with its inputs
 * and checks) and the trial form — 2 to 4 models that fit the app (or one step), on the test
 * set or the Run form's inputs. web/app/trials-panel.ts runs it and shows the result side by
 * side; past trials are listed there too.
 */
import { findModel, listModels } from '../../agent/catalog';
import type { AppSpec } from '../../agent/spec/app-spec';
import { isModelStep } from '../../agent/spec/bindings';
import { checkBinding, stepsUsingDefault } from '../../agent/spec/capabilities';
import { describeCheck, type TestCase } from '../../agent/spec/test-cases';
import { html, type SafeHtml } from '../html/html';

/** How many model pickers the form offers (a trial takes 2 to 4). */
const PICKERS = 4;

/** Models that could run every step on the app default, as bind_model would accept them today. */
function fittingModels(spec: AppSpec, now: Date): Array<{ id: string; name: string }> {
  const target = { stepId: null, steps: stepsUsingDefault(spec) };
  return listModels({ status: ['current', 'preview'] }).flatMap((m) => {
    try {
      checkBinding({ model: m.id, options: {} }, target, now);
      return [{ id: m.id, name: m.displayName }];
    } catch {
      return [];
    }
  });
}

function renderCase(test: TestCase): SafeHtml {
  const inputs = test.inputs.map((v) => `${v.name}: ${v.value.length > 80 ? `${v.value.slice(0, 77)}…` : v.value}`).join(' · ');
  return html`<li class="test-case" data-test="${test.id}">
    <div class="test-case-head"><strong>${test.name}</strong> <span class="muted small">${test.id}</span>
      <button type="button" class="btn btn-small btn-link" data-remove-test="${test.id}">Remove</button></div>
    <div class="small muted">${inputs || 'No inputs.'}</div>
    ${test.checks.length > 0 ? html`<ul class="check-list small">${test.checks.map((c) => html`<li>${describeCheck(c)}</li>`)}</ul>` : html`<p class="small muted">No checks: compare the outputs by eye.</p>`}
  </li>`;
}

export function renderTrialsCard(spec: AppSpec, now: Date): SafeHtml {
  const modelSteps = spec.steps.filter(isModelStep);
  if (modelSteps.length === 0) return html``;
  const tests = spec.tests ?? [];
  const fitting = fittingModels(spec, now);
  // The app's own model is always offered, even when it has since been deprecated.
  const models = fitting.some((m) => m.id === spec.model.model)
    ? fitting
    : [{ id: spec.model.model, name: findModel(spec.model.model)?.displayName ?? spec.model.model }, ...fitting];
  const second = models.find((m) => m.id !== spec.model.model)?.id ?? '';
  const picks = [spec.model.model, second];
  return html`<section class="card trials" id="trials" aria-labelledby="trials-title">
  <div class="card-head"><h2 id="trials-title">Test cases and trials</h2><span class="badge" data-role="test-count">${tests.length} test case${tests.length === 1 ? '' : 's'}</span></div>
  ${
    tests.length > 0
      ? html`<ul class="list-plain test-set" data-role="test-set">${tests.map(renderCase)}</ul>`
      : html`<p class="muted small" data-role="test-set">No test cases yet. Save a run as a test from the run history, or ask the builder to “save the last run as a test”.</p>`
  }
  <form id="trial-form" class="trial-form" novalidate>
    <fieldset class="trial-models"><legend>Try side by side on</legend>
      ${Array.from({ length: PICKERS }, (_, i) => {
        const id = `trial-model-${i}`;
        return html`<div class="field"><label for="${id}">Model ${i + 1}${i < 2 ? '' : ' (optional)'}</label><select id="${id}" name="model">
          ${i < 2 ? '' : html`<option value="">None</option>`}
          ${models.map((m) => html`<option value="${m.id}"${m.id === picks[i] ? html` selected` : ''}>${m.name}</option>`)}
        </select></div>`;
      })}
    </fieldset>
    <div class="field"><label for="trial-step">On</label><select id="trial-step" name="step">
      <option value="">The whole app (its default model)</option>
      ${modelSteps.map((s) => html`<option value="${s.id}">Step: ${s.title}</option>`)}
    </select></div>
    <fieldset class="trial-source"><legend>With</legend>
      <label class="checkbox"><input type="radio" name="source" value="tests"${tests.length > 0 ? html` checked` : html` disabled`}> The test set (${tests.length} case${tests.length === 1 ? '' : 's'})</label>
      <label class="checkbox"><input type="radio" name="source" value="form"${tests.length === 0 ? html` checked` : ''}> The inputs in the Run form</label>
    </fieldset>
    <div class="row"><button type="submit" class="btn btn-primary" id="trial-button">Try side by side</button><span class="muted small" id="trial-status" role="status"></span></div>
  </form>
  <div id="trial-result" aria-live="polite"></div>
  <details class="trial-history"><summary>Past trials</summary><div id="trial-list"><p class="muted small">Loading…</p></div></details>
</section>`;
}
