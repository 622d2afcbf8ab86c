/**
 * The app's view inside an MCP Apps host (a sandboxed iframe): the app's form and its result.
 * It talks to the host only through the ext-apps App (postMessage): submitting calls the
 * app's run_<slug> tool through the host, and a run the host started itself (the model
 * called the tool) arrives as its tool input and result. No outside scripts or requests.
 */
import { App } from '@modelcontextprotocol/ext-apps/app-with-deps';
import { h, readIsland, replaceChildren, type Child } from '../dom';
import { MCP_APP_ISLAND, type McpAppField, type McpAppPageData } from '../../agent/mcp/app-page-data';

interface ToolResultLike {
  content?: Array<{ type: string; text?: string; data?: string; mimeType?: string }>;
  /** A run's structured content (server/mcp/run-result.ts), read defensively. */
  structuredContent?: unknown;
  isError?: boolean;
}

interface RunData {
  summary?: string;
  steps?: Array<{ id: string; status: string; output: unknown }>;
}

const page = readIsland<McpAppPageData>(MCP_APP_ISLAND);
const app = new App({ name: 'Toolwright app', version: '1.0.0' }, {}, { autoResize: true });

function input(field: McpAppField): HTMLElement {
  const attrs = { name: field.name, id: `f-${field.name}`, required: field.required };
  switch (field.type) {
    case 'longText':
      return h('textarea', { attrs: { ...attrs, rows: 4 } });
    case 'boolean':
      return h('input', { attrs: { ...attrs, type: 'checkbox', required: false } });
    case 'number':
      return h('input', { attrs: { ...attrs, type: 'number', step: 'any' } });
    case 'date':
      return h('input', { attrs: { ...attrs, type: 'date' } });
    case 'select':
      return h(
        'select',
        { attrs },
        h('option', { attrs: { value: '' } }, field.required ? 'Choose…' : '(none)'),
        field.options.map((o) => h('option', { attrs: { value: o } }, o)),
      );
    case 'email':
      return h('input', { attrs: { ...attrs, type: 'email' } });
    case 'url':
      return h('input', { attrs: { ...attrs, type: 'url' } });
    default:
      return h('input', { attrs: { ...attrs, type: 'text' } });
  }
}

/** The form's values as the tool takes them: typed, and null for an empty optional field. */
function values(form: HTMLFormElement): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of page.fields) {
    const el = form.elements.namedItem(field.name) as HTMLInputElement | null;
    if (!el) continue;
    if (field.type === 'boolean') out[field.name] = el.checked;
    else if (el.value === '') out[field.name] = null;
    else out[field.name] = field.type === 'number' ? Number(el.value) : el.value;
  }
  return out;
}

function fill(form: HTMLFormElement, args: Record<string, unknown> | undefined): void {
  for (const [name, value] of Object.entries(args ?? {})) {
    const el = form.elements.namedItem(name) as HTMLInputElement | null;
    if (!el) continue;
    if (el.type === 'checkbox') el.checked = value === true;
    else el.value = value === null || value === undefined ? '' : String(value);
  }
}

function outputText(output: unknown): string {
  if (output && typeof output === 'object') {
    const { text } = output as { text?: unknown };
    if (typeof text === 'string') return text;
  }
  return JSON.stringify(output, null, 2);
}

function showResult(target: HTMLElement, result: ToolResultLike): void {
  const data = (result.structuredContent ?? undefined) as RunData | undefined;
  const text = result.content?.find((c) => c.type === 'text')?.text ?? '';
  const summary = data?.summary ?? text.split('\n')[0] ?? '';
  const images = (result.content ?? []).filter((c) => c.type === 'image' && c.data);
  const steps: Child[] = (data?.steps ?? []).map((s) =>
    h('section', { class: 'step' }, h('h3', null, `${s.id} · ${s.status}`), h('pre', null, outputText(s.output))),
  );
  replaceChildren(
    target,
    h('p', { class: result.isError ? 'summary error' : 'summary', attrs: { role: 'status' } }, summary),
    steps,
    images.map((img) => h('img', { attrs: { src: `data:${img.mimeType};base64,${img.data}`, alt: 'Image made by the run' } })),
  );
}

function render(): void {
  const result = h('div', { class: 'result', attrs: { 'aria-live': 'polite' } });
  // Not a submit button: hosts may sandbox the frame without allow-forms, which blocks submission.
  const button = h('button', { attrs: { type: 'button' } }, 'Run');
  const form = h(
    'form',
    null,
    page.fields.map((f) =>
      h(
        'div',
        { class: 'field' },
        h('label', { attrs: { for: `f-${f.name}` } }, f.label, f.required ? ' *' : ''),
        input(f),
        f.help ? h('small', null, f.help) : null,
      ),
    ),
    button,
  );
  const run = () => {
    if (!form.reportValidity()) return;
    button.disabled = true;
    replaceChildren(result, h('p', { class: 'summary' }, 'Running…'));
    app
      .callServerTool({ name: page.tool, arguments: values(form) })
      .then((answer: ToolResultLike) => showResult(result, answer))
      .catch((error: unknown) =>
        showResult(result, { isError: true, content: [{ type: 'text', text: error instanceof Error ? error.message : String(error) }] }),
      )
      .finally(() => (button.disabled = false));
  };
  button.addEventListener('click', run);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  app.ontoolinput = (params: { arguments?: Record<string, unknown> }) => fill(form, params.arguments);
  app.ontoolresult = (params: ToolResultLike) => showResult(result, params);
  replaceChildren(
    document.body,
    h('main', null, h('h1', null, page.name), page.description ? h('p', { class: 'description' }, page.description) : null, form, result),
  );
}

render();
void app.connect();
