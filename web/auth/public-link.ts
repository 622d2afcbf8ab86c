/** The public-link page: sends the form to /api/public/<token>/runs and shows each step's output as text. */
import { api } from '../api';
import { h, replaceChildren } from '../dom';

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

const show = (output: unknown) => (typeof output === 'string' ? output : JSON.stringify(output, null, 2));

export function startPublicLinkPage(send: (id: string, run: (form: HTMLFormElement) => Promise<void>) => void): void {
  send('public-run-form', async (form) => {
    const { run } = await api<{ run: PublicRun }>('POST', `/api/public/${encodeURIComponent(form.dataset.token ?? '')}/runs`, {
      inputs: valuesOf(form),
    });
    const status = form.querySelector<HTMLElement>('[data-role="status"]');
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
