/** The answers of an ask_user question as buttons: a click sends that answer as the person's reply. */
import { h } from '../dom';

/** The options in an ask_user result's data, or none. */
export function optionsOf(data: unknown): string[] {
  const options = (data as { options?: unknown } | null)?.options;
  return Array.isArray(options) ? options.filter((o): o is string => typeof o === 'string') : [];
}

export function renderChoices(options: readonly string[], onPick: (answer: string) => void): HTMLElement {
  const group = h('div', { class: 'choices', attrs: { role: 'group', 'aria-label': 'Answers' } });
  const buttons = options.map((option, i) =>
    h(
      'button',
      {
        class: 'choice',
        attrs: { type: 'button' },
        dataset: { choice: String(i + 1) },
        on: {
          click: () => {
            // One answer per question: the rest go quiet once one is picked.
            for (const b of buttons) b.setAttribute('disabled', '');
            buttons[i]!.classList.add('choice-picked');
            onPick(option);
          },
        },
      },
      option,
    ),
  );
  group.append(...buttons);
  return group;
}
