import { afterEach, describe, expect, it, vi } from 'vitest';
import { mcpCommand } from '../../server/cli/mcp-command';

describe('toolwright mcp arguments', () => {
  afterEach(() => vi.restoreAllMocks());

  function stderr(): () => string {
    let text = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      text += String(chunk);
      return true;
    });
    return () => text;
  }

  it('refuses an unknown flag with exit code 2 and the usage', async () => {
    const out = stderr();
    expect(await mcpCommand(['--port', '3000'])).toBe(2);
    expect(out()).toMatch(/Unknown option '--port'/);
    expect(out()).toContain('Usage: toolwright mcp [--data-dir <folder>]');
  });

  it('refuses an empty --data-dir, naming the flag', async () => {
    const out = stderr();
    expect(await mcpCommand(['--data-dir', ' '])).toBe(2);
    expect(out()).toMatch(/^--data-dir needs a folder path\./);
  });

  it('prints the usage for --help', async () => {
    const out = stderr();
    expect(await mcpCommand(['--help'])).toBe(0);
    expect(out()).toContain('over MCP (stdio)');
  });
});
