import { describe, expect, it } from 'vitest';
import { missingSetting, providerConfig, readProviderSettings } from '../../agent/providers/config';

describe('provider settings', () => {
  it('reads the environment, with GOOGLE_API_KEY as the other name for the Gemini key', () => {
    const settings = readProviderSettings(
      {},
      {
        OPENAI_API_KEY: 'sk-env',
        OPENAI_BASE_URL: 'http://127.0.0.1:9/v1',
        GOOGLE_API_KEY: 'g-env',
        GEMINI_BASE_URL: 'http://127.0.0.1:8',
        OPENAI_COMPATIBLE_BASE_URL: 'http://localhost:11434/v1',
        OPENAI_COMPATIBLE_API_KEY: 'ollama',
      },
    );
    expect(settings).toEqual({
      openaiApiKey: 'sk-env',
      openaiBaseUrl: 'http://127.0.0.1:9/v1',
      geminiApiKey: 'g-env',
      geminiBaseUrl: 'http://127.0.0.1:8',
      openaiCompatibleBaseUrl: 'http://localhost:11434/v1',
      openaiCompatibleApiKey: 'ollama',
    });
    expect(readProviderSettings({}, { GEMINI_API_KEY: 'a', GOOGLE_API_KEY: 'b' }).geminiApiKey).toBe('a');
  });

  it('fills what the environment leaves unset from stored settings; env wins; blanks are unset', () => {
    const settings = readProviderSettings(
      { openaiApiKey: 'sk-stored', geminiApiKey: 'g-stored', openaiCompatibleBaseUrl: '  ' },
      { OPENAI_API_KEY: 'sk-env', GEMINI_API_KEY: '' },
    );
    expect(settings).toEqual({ openaiApiKey: 'sk-env', geminiApiKey: 'g-stored' });
  });

  it('gives each provider its own key and base URL', () => {
    const settings = { openaiApiKey: 'a', geminiApiKey: 'b', geminiBaseUrl: 'http://g', openaiCompatibleBaseUrl: 'http://c' };
    expect(providerConfig('openai', settings)).toEqual({ apiKey: 'a' });
    expect(providerConfig('google', settings)).toEqual({ apiKey: 'b', baseURL: 'http://g' });
    expect(providerConfig('openai-compatible', settings)).toEqual({ baseURL: 'http://c' });
    expect(providerConfig('planner', settings)).toEqual({});
  });

  it('names the missing setting in a sentence', () => {
    expect(missingSetting('openai', {})).toEqual({
      missing: 'OPENAI_API_KEY',
      message: 'No OpenAI API key is set, so this is a dry run. Set OPENAI_API_KEY in Settings to run it for real.',
    });
    expect(missingSetting('google', {})?.missing).toBe('GEMINI_API_KEY');
    expect(missingSetting('openai-compatible', { openaiCompatibleApiKey: 'k' })?.missing).toBe('OPENAI_COMPATIBLE_BASE_URL');
    expect(missingSetting('openai-compatible', { openaiCompatibleBaseUrl: 'http://localhost:11434/v1' })).toBeNull();
    expect(missingSetting('planner', {})).toBeNull();
  });
});
