/** A read-only text (a link, a command, a snippet) with a Copy button that says when it copied. */
import { h } from '../dom';

export function copyField(label: string, value: string, options: { multiline?: boolean; role?: string } = {}): HTMLElement {
  const id = `copy-${Math.random().toString(36).slice(2, 10)}`;
  const control = options.multiline
    ? h(
        'textarea',
        { class: 'copy-value', attrs: { id, readonly: true, rows: Math.min(8, value.split('\n').length + 1), spellcheck: 'false' } },
        value,
      )
    : h('input', { class: 'copy-value', attrs: { id, readonly: true, type: 'text', value } });
  const done = h('span', { class: 'muted small', attrs: { role: 'status' } });
  const button = h(
    'button',
    {
      class: 'btn btn-small',
      attrs: { type: 'button' },
      on: {
        click: async () => {
          try {
            await navigator.clipboard.writeText(value);
            done.textContent = 'Copied.';
          } catch {
            // Without clipboard permission, select the text so Ctrl+C copies it.
            control.focus();
            control.select();
            done.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
          }
        },
      },
    },
    'Copy',
  );
  return h(
    'div',
    { class: 'copy-field', dataset: options.role ? { role: options.role } : {} },
    h('label', { attrs: { for: id } }, label),
    h('div', { class: 'copy-row' }, control, button),
    done,
  );
}
