/**
 * Provider keys and base URLs (and SMTP): the environment first, then data/settings.json
 * (written with mode 0600). Nothing here ever hands a stored secret to a caller outside the
 * server: `describe()` says where each value comes from and at most its last 4 characters.
 * Stored values are per workspace (file keys "name" for 'default', "<workspace>/name" for the
 * others) and secrets are sealed with the secret box (AES-256-GCM, server/auth/secret-box.ts).
 */
import { randomUUID } from 'node:crypto';
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_WORKSPACE } from '../../agent/access/actor';
import { isSealed, lazySecretBox, type SecretBox } from '../auth/secret-box';
import { ToolwrightError } from '../../agent/errors/toolwright-error';

interface SettingDef {
  /** Environment variables, first match wins. */
  env: readonly string[];
  secret: boolean;
  /** A URL: sealed at rest too (a `?key=` can carry a secret), shown as scheme, host and port only. */
  url?: true;
  label: string;
}

export const SETTINGS = {
  openaiApiKey: { env: ['OPENAI_API_KEY'], secret: true, label: 'OpenAI API key' },
  openaiBaseUrl: { url: true, env: ['OPENAI_BASE_URL'], secret: false, label: 'OpenAI base URL' },
  geminiApiKey: { env: ['GEMINI_API_KEY', 'GOOGLE_API_KEY'], secret: true, label: 'Gemini API key' },
  geminiBaseUrl: { url: true, env: ['GEMINI_BASE_URL'], secret: false, label: 'Gemini base URL' },
  openaiCompatibleBaseUrl: { url: true, env: ['OPENAI_COMPATIBLE_BASE_URL'], secret: false, label: 'OpenAI-compatible base URL' },
  openaiCompatibleApiKey: { env: ['OPENAI_COMPATIBLE_API_KEY'], secret: true, label: 'OpenAI-compatible API key' },
  smtpUrl: { env: ['SMTP_URL'], secret: true, label: 'SMTP URL (smtp://user:pass@host:587)' },
  smtpFrom: { env: ['SMTP_FROM'], secret: false, label: 'Sender address for email notifications' },
} as const satisfies Record<string, SettingDef>;

export type SettingName = keyof typeof SETTINGS;
export type SettingValues = Partial<Record<SettingName, string>>;

const secretValue = z.string().trim().min(1).max(1000).regex(/^\S+$/, 'must not contain spaces');
const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(2000);

/** What PUT /api/settings accepts: a string sets a value, null clears it, omitted leaves it. */
export const SettingsPatchSchema = z.strictObject({
  openaiApiKey: secretValue.nullable().optional(),
  openaiBaseUrl: httpUrl.nullable().optional(),
  geminiApiKey: secretValue.nullable().optional(),
  geminiBaseUrl: httpUrl.nullable().optional(),
  openaiCompatibleBaseUrl: httpUrl.nullable().optional(),
  openaiCompatibleApiKey: secretValue.nullable().optional(),
  smtpUrl: z
    .url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' })
    .max(2000)
    .nullable()
    .optional(),
  smtpFrom: z.email().max(320).nullable().optional(),
});
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

const FileSchema = z.record(z.string(), z.string());

export interface SettingView {
  label: string;
  configured: boolean;
  /** Where the effective value comes from; env wins over the settings file. */
  source: 'env' | 'settings' | null;
  /** The environment variable that would set it. */
  envVar: string;
  /** Secrets: "…" + last 4 characters at most. Base URLs: scheme, host and port only. Others: the value. */
  hint: string | null;
  secret: boolean;
}

export class SettingsError extends ToolwrightError<'runtime'> {
  readonly family = 'runtime';
  readonly kind = 'settings-unreadable';
}

export interface Settings {
  /** Effective values for a workspace (default 'default'), env first; for the server's own use, never for responses. */
  values(workspaceId?: string): SettingValues;
  describe(workspaceId?: string): Record<SettingName, SettingView>;
  update(patch: SettingsPatch, workspaceId?: string): Promise<Record<SettingName, SettingView>>;
  /** Path of the settings file, for messages. */
  readonly file: string;
}

const NAMES = Object.keys(SETTINGS) as SettingName[];

function fromEnv(name: SettingName, env: NodeJS.ProcessEnv): { value: string; envVar: string } | null {
  for (const envVar of SETTINGS[name].env) {
    const value = env[envVar]?.trim();
    if (value) return { value, envVar };
  }
  return null;
}

function hintFor(name: SettingName, value: string): string {
  const def: SettingDef = SETTINGS[name];
  if (def.secret) return value.length > 8 ? `…${value.slice(-4)}` : '…';
  if (!def.url) return value;
  try {
    const url = new URL(value);
    return `${url.protocol}//${url.host}`;
  } catch {
    return '…';
  }
}

const sealedAtRest = (name: SettingName): boolean => {
  const def: SettingDef = SETTINGS[name];
  return def.secret || def.url === true;
};
const fileKey = (workspaceId: string, name: string) => (workspaceId === DEFAULT_WORKSPACE ? name : `${workspaceId}/${name}`);

/** Reads the settings file once, synchronously (it is small, and this runs at start-up). */
export function loadSettings(options: { dataDir: string; env?: NodeJS.ProcessEnv; box?: SecretBox }): Settings {
  const env = options.env ?? process.env;
  const file = path.join(options.dataDir, 'settings.json');
  // The master key is read (or created) only once a secret is stored or read.
  const box = options.box ?? lazySecretBox(options.dataDir, env);
  const byWorkspace = new Map<string, SettingValues>();
  const storedFor = (workspaceId: string): SettingValues => byWorkspace.get(workspaceId) ?? {};
  try {
    const parsed = FileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) throw new SettingsError(`${file} is not a JSON object of strings. Fix or delete it.`);
    for (const [key, raw] of Object.entries(parsed.data)) {
      const slash = key.lastIndexOf('/');
      const workspaceId = slash < 0 ? DEFAULT_WORKSPACE : key.slice(0, slash);
      const name = slash < 0 ? key : key.slice(slash + 1);
      if (!(name in SETTINGS)) continue;
      const value = isSealed(raw) ? box.open(raw) : raw;
      byWorkspace.set(workspaceId, { ...storedFor(workspaceId), [name]: value });
    }
  } catch (error) {
    if (error instanceof SettingsError) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new SettingsError(`Could not read ${file}: ${(error as Error).message}. Fix or delete it.`, { cause: error });
    }
  }

  const values = (workspaceId = DEFAULT_WORKSPACE): SettingValues => {
    const stored = storedFor(workspaceId);
    const out: SettingValues = {};
    for (const name of NAMES) {
      const value = fromEnv(name, env)?.value ?? stored[name];
      if (value) out[name] = value;
    }
    return out;
  };

  const describe = (workspaceId = DEFAULT_WORKSPACE): Record<SettingName, SettingView> => {
    const stored = storedFor(workspaceId);
    const out = {} as Record<SettingName, SettingView>;
    for (const name of NAMES) {
      const def = SETTINGS[name];
      const e = fromEnv(name, env);
      const value = e?.value ?? stored[name];
      out[name] = {
        label: def.label,
        configured: Boolean(value),
        source: e ? 'env' : stored[name] ? 'settings' : null,
        envVar: e?.envVar ?? def.env[0],
        hint: value ? hintFor(name, value) : null,
        secret: def.secret,
      };
    }
    return out;
  };

  const update = async (patch: SettingsPatch, workspaceId = DEFAULT_WORKSPACE) => {
    const next: SettingValues = { ...storedFor(workspaceId) };
    for (const name of NAMES) {
      const v = patch[name];
      if (v === null) delete next[name];
      else if (v !== undefined) next[name] = v;
    }
    await fs.mkdir(options.dataDir, { recursive: true });
    // Write-then-rename so a crash never leaves half a file; 0600 because it may hold keys.
    const tmp = `${file}.${randomUUID()}.tmp`;
    const all = new Map(byWorkspace).set(workspaceId, next);
    const content: Record<string, string> = {};
    for (const [ws, stored] of all) {
      for (const name of NAMES) {
        const value = stored[name];
        if (value) content[fileKey(ws, name)] = sealedAtRest(name) ? box.seal(value) : value;
      }
    }
    try {
      await fs.writeFile(tmp, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600 });
      await fs.chmod(tmp, 0o600);
      await fs.rename(tmp, file);
    } catch (error) {
      // A full disk leaves a short temp file; settings.json itself is untouched.
      await fs.rm(tmp, { force: true }).catch(() => undefined);
      throw error;
    }
    byWorkspace.set(workspaceId, next);
    return describe(workspaceId);
  };

  return { values, describe, update, file };
}
