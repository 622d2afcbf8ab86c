/**
 * The server's one logger: JSON lines on stdout/stderr (one readable line per entry when a
 * person watches a terminal). Secrets never reach the output:
 * values under secret-looking keys are replaced, and key-shaped strings anywhere are masked,
 * so a careless `logger.info('x', { config })` cannot leak an API key.
 */

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

export interface LoggerOptions {
  level?: LogLevel;
  /** Where lines go; defaults to stdout (debug/info) and stderr (warn/error). Tests capture here. */
  write?: (line: string, level: LogLevel) => void;
  /** 'json' for machines (the default), 'pretty' for a person at a terminal. */
  format?: 'json' | 'pretty';
}

/** `16:41:57 info  Toolwright is running at …  store=lowdb dataDir=/srv/data` */
export function prettyLine(entry: { time: string; level: LogLevel; msg: unknown } & LogFields): string {
  const { time, level, msg, ...fields } = entry;
  const rest = Object.entries(fields)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(' ');
  return `${time.slice(11, 19)} ${level.padEnd(5)} ${String(msg)}${rest ? `  ${rest}` : ''}`;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const SECRET_KEY = /(api[-_]?key|secret|password|passwd|token|authorization|cookie|smtp[-_]?(pass|url))/i;
// Provider key shapes (OpenAI sk-…, Google AIza…) and bearer headers, wherever they appear in text.
const SECRET_VALUE = /\b(sk-[A-Za-z0-9_-]{8,}|AIza[0-9A-Za-z_-]{20,}|Bearer\s+[A-Za-z0-9._~+/=-]{8,})/g;

// user:password@ in any URL (SMTP URLs, database URLs).
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@:]+:[^\s/@]+@/gi;

export const REDACTED = '[redacted]';

export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.replace(SECRET_VALUE, REDACTED).replace(URL_CREDENTIALS, `$1${REDACTED}@`);
  if (value instanceof Error) return { name: value.name, message: redact(value.message) };
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = SECRET_KEY.test(k) && v !== null && v !== undefined && v !== '' ? REDACTED : redact(v, depth + 1);
  }
  return out;
}

function defaultWrite(line: string, level: LogLevel): void {
  (ORDER[level] >= ORDER.warn ? process.stderr : process.stdout).write(`${line}\n`);
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const min = ORDER[options.level ?? 'info'];
  const write = options.write ?? defaultWrite;
  const format = options.format === 'pretty' ? prettyLine : JSON.stringify;
  const log = (level: LogLevel) => (message: string, fields?: LogFields) => {
    if (ORDER[level] < min) return;
    const entry = { time: new Date().toISOString(), level, msg: redact(message), ...(fields ? (redact(fields) as LogFields) : {}) };
    write(format(entry), level);
  };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

/** For tests and embedding: drops everything. */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
