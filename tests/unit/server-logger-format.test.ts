import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config/config';
import { createLogger } from '../../server/logger';

describe('log format', () => {
  it('writes one readable, redacted line per entry in pretty format', () => {
    const lines: string[] = [];
    const logger = createLogger({ format: 'pretty', write: (line) => lines.push(line) });
    logger.info('Toolwright is running at http://127.0.0.1:3000', { store: 'lowdb', apiKey: 'sk-live-abcdefghijkl', n: 2 });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^\d\d:\d\d:\d\d info {2}Toolwright is running at http:\/\/127\.0\.0\.1:3000 {2}store=lowdb apiKey=\[redacted\] n=2$/,
    );
  });

  it('writes JSON lines by default', () => {
    const lines: string[] = [];
    createLogger({ write: (line) => lines.push(line) }).warn('careful', { token: 'twk_secret' });
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'warn', msg: 'careful', token: '[redacted]' });
  });

  it('LOG_FORMAT chooses; anything else is refused with a sentence', () => {
    expect(loadConfig({ LOG_FORMAT: 'json' }).logFormat).toBe('json');
    expect(loadConfig({ LOG_FORMAT: 'pretty' }).logFormat).toBe('pretty');
    expect(() => loadConfig({ LOG_FORMAT: 'xml' })).toThrow(/LOG_FORMAT is invalid/);
  });
});
