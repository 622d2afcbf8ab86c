import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCatalog } from '../../agent/catalog';
import { type PagesServer, startPagesServer } from '../fixtures/pages-server';

/** The day gpt-image-1-mini shuts down. */
const DEC_1 = () => new Date('2026-12-01T12:00:00Z');

let pages: PagesServer;

beforeAll(async () => {
  pages = await startPagesServer(DEC_1);
});

afterAll(() => pages.close());

const get = (url: string) => pages.get(url);

describe('comparison page on 2026-12-01: gpt-image-1-mini vs gemini-3.1-pro', () => {
  it('has every section and a shutdown banner naming the successor', async () => {
    const page = await get('/models/compare?ids=gpt-image-1-mini,gemini-3.1-pro');
    expect(page.status).toBe(200);
    for (const id of [
      'lifecycle-banner',
      'intro',
      'at-a-glance',
      'differences',
      'strengths',
      'calculator',
      'use-either',
      'related',
      'faqs',
      'closing-cta',
    ]) {
      expect(page.text, id).toContain(`id="${id}"`);
    }
    const banner = page.text.slice(
      page.text.indexOf('id="lifecycle-banner"'),
      page.text.indexOf('</div>', page.text.indexOf('id="lifecycle-banner"')),
    );
    expect(banner).toContain('GPT Image 1 mini has shut down on 2026-12-01');
    expect(banner).toContain('href="/models/gpt-image-2"');
    expect(page.text).toContain('href="/models/gpt-image-1-mini">View GPT Image 1 mini');
    expect(page.text).toContain('Switch models without rebuilding');
    expect(page.text).toContain('href="/?model=gemini-3.1-pro-preview"');
    expect(page.text).toContain('href="/models/compare?ids=gpt-image-1-mini,gpt-image-2"');
    expect(page.text).toContain('Can I still use GPT Image 1 mini?');
    expect(page.text).toContain('No. GPT Image 1 mini has shut down on 2026-12-01');
  });
});

describe('per-model pages', () => {
  it('answers 200 for every model in the directory, with its facts, sources and a build link', async () => {
    for (const m of getCatalog().models) {
      const page = await get(`/models/${m.id}`);
      expect(page.status, m.id).toBe(200);
      expect(page.text, m.id).toContain('id="model-facts"');
      expect(page.text, m.id).toContain(`href="/?model=${encodeURIComponent(m.id)}"`);
    }
  });

  it('shows each fact with a source and date, and the shutdown banner with the successor', async () => {
    const page = await get('/models/gpt-image-1-mini');
    expect(page.text).toContain('id="lifecycle-banner"');
    expect(page.text).toMatch(
      /<th scope="row">Input, per 1M tokens<\/th><td>[^<]+<\/td><td class="small source">@pydantic\/genai-prices 0\.1\.8 \(data of 2026-09-23\): openai\/gpt-image-1-mini<\/td><td class="small nowrap">2026-09-23<\/td>/,
    );
    expect(page.text).toContain('<th scope="row">Successor</th><td><a href="/models/gpt-image-2">gpt-image-2</a>');
  });

  it('404s an unknown model with a sentence', async () => {
    const page = await get('/models/gpt-99-ultra');
    expect(page.status).toBe(404);
    expect(page.text).toContain('No model called');
  });
});

describe('directory', () => {
  it('hides shut-down models by default; the toggle shows them', async () => {
    expect((await get('/models')).text).not.toContain('data-model="gpt-image-1-mini"');
    expect((await get('/models?shutdown=1')).text).toContain('data-model="gpt-image-1-mini"');
  });

  it('lists open-weight families as "runs on your server", not priced', async () => {
    const page = (await get('/models')).text;
    expect(page).toContain('id="open-weight"');
    for (const family of ['llama', 'qwen', 'mistral', 'gemma', 'deepseek', 'gpt-oss']) expect(page).toContain(`data-family="${family}"`);
    expect(page).toContain('not priced (your server)');
  });

  it('opens the builder with a chosen model named', async () => {
    const page = await get('/?model=gpt-image-2');
    expect(page.text).toContain('Use gpt-image-2 for a tool that ');
    expect(page.text).toContain('data-role="chosen-model"');
  });
});
