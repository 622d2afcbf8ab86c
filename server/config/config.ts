/**
 * Server configuration from the environment, with embedded defaults so `npm start` works on a
 * fresh clone: 127.0.0.1:3000, data in ./data, lowdb unless DATABASE_URL is set.
 * Provider keys are not here; they live in settings.ts (env first, then the settings file).
 */
import path from 'node:path';
import { z } from 'zod';

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  /** Unset: readable lines on a terminal, JSON lines otherwise. */
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  /** Comma-separated hosts or CIDRs outbound calls may reach although private (SSRF allow-list). */
  OUTBOUND_ALLOW: z.string().default(''),
  /** `1`: fetch the newest model price data at start-up (falls back to the bundled data). */
  PRICE_DATA_REFRESH: z.enum(['0', '1']).default('0'),
});

export interface ServerConfig {
  port: number;
  host: string;
  /** Absolute path of the data folder (store file, settings.json, generated images). */
  dataDir: string;
  databaseUrl: string | undefined;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  logFormat: 'json' | 'pretty';
  /** JSON bodies above this many bytes get 413. */
  jsonLimitBytes: number;
  /** Image uploads above this many bytes get 413. */
  uploadLimitBytes: number;
  /** Private/loopback targets outbound HTTP may reach anyway (hosts or CIDRs). */
  outboundAllow: string[];
  /** Fetch fresh model price data at start-up (off by default). */
  priceDataRefresh: boolean;
}

export const JSON_LIMIT_BYTES = 1024 * 1024;
export const UPLOAD_LIMIT_BYTES = 10 * 1024 * 1024;

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ServerConfig {
  // Empty strings count as unset, as shells and .env files often leave them.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(
      `Environment variable ${String(issue?.path[0] ?? '?')} is invalid: ${issue?.message ?? 'unknown'}. Fix or unset it.`,
    );
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(cwd, e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT ?? (process.stdout.isTTY ? 'pretty' : 'json'),
    jsonLimitBytes: JSON_LIMIT_BYTES,
    uploadLimitBytes: UPLOAD_LIMIT_BYTES,
    outboundAllow: e.OUTBOUND_ALLOW.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    priceDataRefresh: e.PRICE_DATA_REFRESH === '1',
  };
}
