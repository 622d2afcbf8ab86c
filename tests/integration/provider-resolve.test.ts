/**
 * resolveProvider: the right adapter per model, a named missing setting for dry runs, and a
 * resolved provider that really calls the configured base URL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readProviderSettings, resolveProvider } from '../../agent/providers/index';
import { json, responsesBody, startOpenAIEmulator, type OpenAIEmulator } from '../fixtures/openai-emulator';
import { generateContentBody, startGeminiEmulator, type GeminiEmulator } from '../fixtures/gemini-emulator';

let openai: OpenAIEmulator;
let gemini: GeminiEmulator;

beforeAll(async () => {
  [openai, gemini] = await Promise.all([startOpenAIEmulator(), startGeminiEmulator()]);
});
afterAll(async () => {
  await Promise.all([openai.close(), gemini.close()]);
});

describe('resolveProvider', () => {
  it('says which key would make an OpenAI or Gemini model real, and still previews the request', () => {
    const openaiModel = resolveProvider({ provider: 'openai' }, {});
    expect(openaiModel).toMatchObject({ ok: false, missing: 'OPENAI_API_KEY' });
    expect(openaiModel.ok ? '' : openaiModel.message).toBe(
      'No OpenAI API key is set, so this is a dry run. Set OPENAI_API_KEY in Settings to run it for real.',
    );
    expect(openaiModel.provider.id).toBe('openai');
    expect(openaiModel.provider.preview({ kind: 'text', model: 'gpt-5-mini', prompt: 'hi' })).toEqual({
      method: 'POST',
      path: '/responses',
      body: { model: 'gpt-5-mini', input: 'hi', store: false },
    });
    expect(resolveProvider({ provider: 'google' }, {})).toMatchObject({ ok: false, missing: 'GEMINI_API_KEY' });
    expect(resolveProvider({ provider: 'openai-compatible' }, { openaiCompatibleApiKey: 'k' })).toMatchObject({
      ok: false,
      missing: 'OPENAI_COMPATIBLE_BASE_URL',
    });
  });

  it('the planner needs nothing', () => {
    const planner = resolveProvider({ provider: 'planner' }, {});
    expect(planner.ok).toBe(true);
    expect(planner.provider.id).toBe('planner');
  });

  it('with settings from the environment, the resolved providers call the configured base URLs', async () => {
    const settings = readProviderSettings(
      {},
      { OPENAI_API_KEY: 'sk-x', OPENAI_BASE_URL: openai.url, GOOGLE_API_KEY: 'g-x', GEMINI_BASE_URL: gemini.url },
    );
    openai.script(json(responsesBody({ text: 'from openai' })));
    gemini.script(json(generateContentBody({ text: 'from gemini' })));
    const a = resolveProvider({ provider: 'openai' }, settings);
    const g = resolveProvider({ provider: 'google' }, settings);
    expect(a.ok && g.ok).toBe(true);
    expect((await a.provider.generate({ kind: 'text', model: 'gpt-5-mini', prompt: 'hi' })).content).toEqual([
      { type: 'text', text: 'from openai' },
    ]);
    expect((await g.provider.generate({ kind: 'text', model: 'gemini-2.5-flash', prompt: 'hi' })).content).toEqual([
      { type: 'text', text: 'from gemini' },
    ]);
  });
});
