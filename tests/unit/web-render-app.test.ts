import { describe, expect, it } from 'vitest';
import { AppSpecSchema, type AppSpecInput } from '../../agent/spec/app-spec';
import { renderApp } from '../../server/runtime/render-app';

const HOSTILE = '<img src=x onerror=alert(1)>';

const input: AppSpecInput = {
  specVersion: 1,
  name: HOSTILE,
  slug: 'hostile',
  description: '</p><script>alert(2)</script>',
  model: { model: 'gemini-3.1-pro-preview' },
  inputs: [
    { name: 'title', label: 'Title "quoted"', type: 'text', required: true, help: '<b>bold?</b>' },
    { name: 'body', label: 'Body', type: 'longText' },
    { name: 'count', label: 'Count', type: 'number' },
    { name: 'urgent', label: 'Urgent', type: 'boolean' },
    { name: 'due', label: 'Due', type: 'date' },
    { name: 'tier', label: 'Tier', type: 'select', options: ['gold', '"><script>x</script>'] },
    { name: 'mail', label: 'Mail', type: 'email' },
    { name: 'site', label: 'Site', type: 'url' },
    { name: 'photo', label: 'Photo', type: 'image' },
    { name: 'doc', label: 'Doc', type: 'file' },
  ],
  steps: [
    { id: 'draft', title: 'Draft', kind: 'generate-text', prompt: 'Write about {{inputs.title}}\n\nNever promise <refunds>.' },
    { id: 'pic', title: 'Picture', kind: 'generate-image', prompt: 'A picture', model: { model: 'gpt-image-1-mini' } },
  ],
  collections: [
    {
      name: 'items',
      label: 'Items <i>',
      fields: [
        { name: 'title', label: 'Title', type: 'text' },
        { name: 'photo', label: 'Photo', type: 'image' },
      ],
    },
  ],
  triggers: [{ kind: 'manual' }, { kind: 'schedule', cron: '0 9 * * 1', timezone: 'Europe/Berlin' }],
};

describe('renderApp', () => {
  const spec = AppSpecSchema.parse(input);
  const page = renderApp(spec, { version: 3, modelName: (id) => (id === 'gpt-image-1-mini' ? 'GPT Image 1 mini' : null) }).value;

  it('escapes every spec string, in text and in attributes', () => {
    expect(page).not.toContain(HOSTILE);
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).not.toMatch(/<script>alert/);
    expect(page).not.toContain('<b>bold?</b>');
    expect(page).toContain('value="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
    expect(page).toContain('Title &quot;quoted&quot;');
  });

  it('builds one control per input, by field type', () => {
    expect(page).toMatch(/<input type="text" id="input-title" name="title" data-type="text" required>/);
    expect(page).toMatch(/<textarea id="input-body" name="body" data-type="longText"><\/textarea>/);
    expect(page).toMatch(/<input type="number" step="any" id="input-count"/);
    expect(page).toMatch(/<input type="checkbox" id="input-urgent"/);
    expect(page).toMatch(/<input type="date" id="input-due"/);
    expect(page).toMatch(
      /<select id="input-tier" name="tier" data-type="select"><option value=""><\/option><option value="gold">gold<\/option>/,
    );
    expect(page).toMatch(/<input type="email" id="input-mail"/);
    expect(page).toMatch(/<input type="url" id="input-site"/);
    expect(page).toMatch(/<input type="file" accept="image\/png,image\/jpeg,image\/webp" id="input-photo"/);
    expect(page).toMatch(/<input type="file" id="input-doc"/);
    expect(page).toContain('id="run-button"');
  });

  it("shows each step's prompt, escaped, folded away under its title", () => {
    expect(page).toContain(
      '<details class="step-prompt"><summary>Prompt</summary><pre>Write about {{inputs.title}}\n\nNever promise &lt;refunds&gt;.</pre></details>',
    );
  });

  it('shows steps with their bound models, triggers, and a table per collection', () => {
    expect(page).toMatch(/data-step="draft"[\s\S]*data-model="gemini-3.1-pro-preview">gemini-3.1-pro-preview</);
    expect(page).toMatch(/data-step="pic"[\s\S]*data-model="gpt-image-1-mini">GPT Image 1 mini</);
    expect(page).toContain('Scheduled: 0 9 * * 1 (Europe/Berlin)');
    expect(page).toContain('data-collection="items"');
    expect(page).toContain('Items &lt;i&gt;');
    // Image columns are shown but not typed into the record form.
    expect(page).toContain('<th data-field="photo"');
    expect(page).not.toContain('id="rec-items-photo"');
  });

  it('hands the parsed spec to the client in a JSON island that data cannot close', () => {
    const island = /<script type="application\/json" id="app-data">([^<]*)<\/script>/.exec(page);
    expect(island).not.toBeNull();
    const data = JSON.parse(island![1]!) as { slug: string; version: number; spec: { name: string } };
    expect(data).toMatchObject({ slug: 'hostile', version: 3, spec: { name: HOSTILE } });
  });
});
