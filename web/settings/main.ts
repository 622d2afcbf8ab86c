/** Settings: shows where each value comes from, saves only what was typed, never reads a key back. */
import type { SettingView } from '../../server/config/settings';
import { api, ApiError } from '../api';
import { byId } from '../dom';
import { clearFieldErrors, showFieldError, showRefusal } from '../shared/field-errors';

type Views = Record<string, SettingView>;

const form = byId<HTMLFormElement>('settings-form');
const status = byId('settings-status');
const pendingClears = new Set<string>();

/**
 * Shows each setting's state. After a save the typed values are gone (they are stored, and a key is
 * never shown again); on the first load a value typed before the answer came is the user's and stays.
 */
function show(views: Views, typed: 'keep' | 'clear'): void {
  for (const [name, view] of Object.entries(views)) {
    const field = form.querySelector<HTMLElement>(`[data-setting="${CSS.escape(name)}"]`);
    if (!field) continue;
    const line = field.querySelector<HTMLElement>('[data-role="status"]')!;
    const clear = field.querySelector<HTMLButtonElement>('[data-role="clear"]')!;
    const input = field.querySelector<HTMLInputElement>('input')!;
    if (typed === 'clear') input.value = '';
    if (view.configured) {
      // Base URLs are shown; of a key, not even its last characters.
      const hint = view.hint && !view.secret ? ` · ${view.hint}` : '';
      line.textContent = `Configured (from ${view.source === 'env' ? `env ${view.envVar}` : 'settings'})${hint}`;
      line.className = 'help badge badge-ok';
      line.style.justifySelf = 'start';
    } else {
      line.textContent = `Not configured. Set ${view.envVar} or enter a value here.`;
      line.className = 'help';
    }
    // Only a value saved here can be cleared here; an environment variable is changed where it is set.
    clear.hidden = view.source !== 'settings';
  }
}

async function load(): Promise<void> {
  const { settings } = await api<{ settings: Views }>('GET', '/api/settings');
  show(settings, 'keep');
}

form.addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-role="clear"]');
  if (!button) return;
  const name = button.closest<HTMLElement>('[data-setting]')!.dataset.setting!;
  pendingClears.add(name);
  button.textContent = 'Will clear on save';
});

/** Each setting's name and the label people see, for sentences under the field. */
const fields = [...form.querySelectorAll<HTMLInputElement>('input[name]')].map((input) => ({
  name: input.name,
  label: form.querySelector(`label[for="${CSS.escape(input.id)}"]`)?.textContent?.trim() ?? input.name,
}));

/** What is wrong with a typed value, in a sentence, before it is sent. */
function problemOf(name: string, label: string, value: string): string | null {
  if (/BaseUrl$/.test(name) && !/^https?:\/\/[^\s/]+/i.test(value))
    return `${label} must be an address starting with http:// or https://, like http://127.0.0.1:11434/v1.`;
  if (name === 'smtpUrl' && !/^smtps?:\/\/\S+$/i.test(value))
    return `${label} must start with smtp:// or smtps://, like smtps://user:password@mail.example.com.`;
  if (name === 'smtpFrom' && !/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(value))
    return `${label} must be an email address, like tools@example.com.`;
  return null;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearFieldErrors(form);
  const problems = fields.flatMap(({ name, label }) => {
    const value = (form.elements.namedItem(name) as HTMLInputElement).value.trim();
    const problem = value ? problemOf(name, label, value) : null;
    return problem ? [{ name, problem }] : [];
  });
  if (problems.length) {
    for (const { name, problem } of problems) showFieldError(form, name, problem);
    (form.elements.namedItem(problems[0]!.name) as HTMLInputElement).focus();
    status.textContent = 'Nothing was saved: fix the marked field first.';
    return;
  }
  const patch: Record<string, string | null> = {};
  for (const name of pendingClears) patch[name] = null;
  for (const input of form.querySelectorAll<HTMLInputElement>('input[name]')) {
    if (input.value.trim()) patch[input.name] = input.value.trim();
  }
  if (Object.keys(patch).length === 0) {
    status.textContent = 'Nothing to save: type a new value or clear one first.';
    return;
  }
  status.textContent = 'Saving…';
  try {
    const { settings } = await api<{ settings: Views }>('PUT', '/api/settings', patch);
    pendingClears.clear();
    for (const button of form.querySelectorAll<HTMLButtonElement>('[data-role="clear"]')) button.textContent = 'Clear';
    show(settings, 'clear');
    status.textContent = 'Saved.';
  } catch (error) {
    const placed = error instanceof ApiError && error.status < 500 && showRefusal(form, fields, error.message, error.issues);
    status.textContent = placed ? 'Nothing was saved: fix the marked field first.' : (error as Error).message;
  }
});

load().catch((error: unknown) => {
  status.textContent = (error as Error).message;
});
