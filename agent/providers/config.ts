/**
 * Provider settings: keys and base URLs from the environment, merged with the settings the
 * server stores (same field names as server/config/settings.ts `SettingValues`, so its
 * `values()` can be passed as is). Also says, per provider, which setting is missing for a
 * real call — the sentence a dry run shows. Values are never logged or put in messages.
 */
import { PROVIDER_LABEL } from './errors';
import type { ProviderConfig, ProviderId } from './provider';

export interface ProviderSettings {
  openaiApiKey?: string;
  openaiBaseUrl?: string;
  geminiApiKey?: string;
  geminiBaseUrl?: string;
  openaiCompatibleBaseUrl?: string;
  openaiCompatibleApiKey?: string;
}

export type ProviderSettingName = keyof ProviderSettings;

/** Environment variables per setting, first match wins (GOOGLE_API_KEY is the SDK's other name). */
export const PROVIDER_ENV: Record<ProviderSettingName, readonly string[]> = {
  openaiApiKey: ['OPENAI_API_KEY'],
  openaiBaseUrl: ['OPENAI_BASE_URL'],
  geminiApiKey: ['GEMINI_API_KEY', 'GOOGLE_API_KEY'],
  geminiBaseUrl: ['GEMINI_BASE_URL'],
  openaiCompatibleBaseUrl: ['OPENAI_COMPATIBLE_BASE_URL'],
  openaiCompatibleApiKey: ['OPENAI_COMPATIBLE_API_KEY'],
};

/** The setting without which a provider cannot make a real call. */
export type MissingSetting = 'OPENAI_API_KEY' | 'GEMINI_API_KEY' | 'OPENAI_COMPATIBLE_BASE_URL';

/**
 * Settings from `env`, then `stored` for whatever the environment leaves unset (the same
 * precedence as the server's settings: env wins). Blank values count as unset.
 */
export function readProviderSettings(stored: ProviderSettings = {}, env: NodeJS.ProcessEnv = process.env): ProviderSettings {
  const settings: ProviderSettings = {};
  for (const name of Object.keys(PROVIDER_ENV) as ProviderSettingName[]) {
    const fromEnv = PROVIDER_ENV[name].map((key) => env[key]?.trim()).find((value) => value);
    const value = fromEnv || stored[name]?.trim();
    if (value) settings[name] = value;
  }
  return settings;
}

/** Key and base URL for one provider, from the settings. */
export function providerConfig(id: ProviderId, settings: ProviderSettings): ProviderConfig {
  switch (id) {
    case 'openai':
      return defined({ apiKey: settings.openaiApiKey, baseURL: settings.openaiBaseUrl });
    case 'google':
      return defined({ apiKey: settings.geminiApiKey, baseURL: settings.geminiBaseUrl });
    case 'openai-compatible':
      return defined({ apiKey: settings.openaiCompatibleApiKey, baseURL: settings.openaiCompatibleBaseUrl });
    case 'planner':
      return {};
  }
}

/** What is missing for a real call to this provider, with the sentence to show; null when nothing is. */
export function missingSetting(id: ProviderId, settings: ProviderSettings): { missing: MissingSetting; message: string } | null {
  switch (id) {
    case 'openai':
      return settings.openaiApiKey ? null : missingKey('OPENAI_API_KEY', PROVIDER_LABEL.openai);
    case 'google':
      return settings.geminiApiKey ? null : missingKey('GEMINI_API_KEY', 'Gemini');
    case 'openai-compatible':
      return settings.openaiCompatibleBaseUrl
        ? null
        : {
            missing: 'OPENAI_COMPATIBLE_BASE_URL',
            message:
              'No OpenAI-compatible server is set, so this is a dry run. Set OPENAI_COMPATIBLE_BASE_URL in Settings (for Ollama: http://localhost:11434/v1) to run it for real.',
          };
    case 'planner':
      return null;
  }
}

function missingKey(missing: 'OPENAI_API_KEY' | 'GEMINI_API_KEY', label: string) {
  return { missing, message: `No ${label} API key is set, so this is a dry run. Set ${missing} in Settings to run it for real.` };
}

function defined(config: { apiKey: string | undefined; baseURL: string | undefined }): ProviderConfig {
  return { ...(config.apiKey ? { apiKey: config.apiKey } : {}), ...(config.baseURL ? { baseURL: config.baseURL } : {}) };
}
