/**
 * The public-link page: sends the form to /api/public/<token>/runs and shows each step's output
 * as text. Required and malformed fields are marked at the field before sending, and a refusal
 * naming a field goes under it (shared/field-errors.ts), as on the app page.
 */
import type { Field } from '../../agent/spec/app-spec';
import { api, ApiError } from '../api';
import { h, replaceChildren } from '../dom';
import { checkFields, clearFieldErrors, showRefusal } from '../shared/field-errors';

interface PublicRun {
  status: string;
  error: string | null;
  steps: Array<{ stepId: string; status: string; output: unknown; error: string | null }>;
}

function valuesOf(form: HTMLFormElement): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const el of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('[data-type]')) {
    const type = el.dataset.type;
    if (type === 'boolean') out[el.name] = (el as HTMLInputElement).checked;
    else if (type === 'number') out[el.name] = el.value === '' ? null : Number(el.value);
    else if (el.value !== '') out[el.name] = el.value;
  }
  return out;
}

/** The form's fields as the page rendered them: name, label, type and whether required. */
function fieldsOf(form: HTMLFormElement): Array<Pick<Field, 'name' | 'label' | 'type' | 'required'>> {
  return [...form.querySelectorAll<HTMLElement>('.field')].flatMap((wrap) => {
    const control = wrap.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('[data-type]');
    const label = wrap.querySelector('label')?.textContent?.trim();
    if (!control || !label) return [];
    return [{ name: control.name, label, type: control.dataset.type as Field['type'], required: control.hasAttribute('required') }];
  });
}

const show = (output: unknown) => (typeof output === 'string' ? output : JSON.stringify(output, null, 2));

export function startPublicLinkPage(send: (id: string, run: (form: HTMLFormElement) => Promise<void>) => void): void {
  send('public-run-form', async (form) => {
    const status = form.querySelector<HTMLElement>('[data-role="status"]');
    const fields = fieldsOf(form);
    const problems = checkFields(form, fields);
    if (problems > 0) {
      if (status)
        status.textContent =
          problems === 1 ? 'One field needs a change (marked above).' : `${problems} fields need a change (marked above).`;
      return;
    }
    let run: PublicRun;
    try {
      ({ run } = await api<{ run: PublicRun }>('POST', `/api/public/${encodeURIComponent(form.dataset.token ?? '')}/runs`, {
        inputs: valuesOf(form),
      }));
    } catch (error) {
      // A refusal that names a field goes under that field; anything else is the status line's.
      if (!(error instanceof ApiError && error.status < 500 && showRefusal(form, fields, error.message, error.issues))) throw error;
      if (status) status.textContent = 'The server refused a value (marked above).';
      return;
    }
    clearFieldErrors(form);
    if (status)
      status.textContent =
        run.status === 'dry-run'
          ? 'Dry run: nothing was sent to a model yet.'
          : run.status === 'error'
            ? (run.error ?? 'The run failed.')
            : 'Done.';
    replaceChildren(
      document.getElementById('public-result')!,
      run.steps.map((s) => h('div', null, h('h3', null, s.stepId), h('pre', { class: 'small' }, s.error ?? show(s.output)))),
    );
  });
}
