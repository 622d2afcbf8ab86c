/** /models: filters apply on change; "Compare" sends the ticked models as ?ids=a,b. */
import { byId } from '../dom';

const filters = byId<HTMLFormElement>('model-filters');
filters.addEventListener('change', () => filters.requestSubmit());

const compareForm = byId<HTMLFormElement>('compare-form');
const hint = byId('compare-hint');
const button = byId<HTMLButtonElement>('compare-button');

function ticked(): string[] {
  return [...compareForm.querySelectorAll<HTMLInputElement>('input[name="ids"]:checked')].map((box) => box.value);
}

function update(): void {
  const ids = ticked();
  button.disabled = ids.length < 2;
  hint.textContent = ids.length === 0 ? 'Tick two or more models to compare.' : `${ids.length} selected.`;
}

compareForm.addEventListener('change', update);
compareForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const ids = ticked();
  if (ids.length >= 2) window.location.href = `/models/compare?ids=${ids.map(encodeURIComponent).join(',')}`;
});
update();
