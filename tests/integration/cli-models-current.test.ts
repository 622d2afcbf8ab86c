/** Issue 14 from the real binary, with the child's clock on 2026-12-01 (gpt-image-1-mini's shutdown day). */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/toolwright.js', import.meta.url));
const pinDay = fileURLToPath(new URL('../fixtures/pin-day.mjs', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));
const env = { ...process.env, NO_COLOR: '1', COLUMNS: '120', PIN_DAY: '2026-12-01T12:00:00Z' };

function toolwright(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', pinDay, bin, ...args], { cwd: root, env }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

describe('toolwright models on 2026-12-01', () => {
  it('show gpt-image-2 prints its prices and the price data with its date', async () => {
    const { code, stdout } = await toolwright('models', 'show', 'gpt-image-2');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Input, per 1M tokens\s+\$5 text, \$8 image/);
    expect(stdout).toMatch(/Output, per 1M tokens\s+\$30 image tokens/);
    expect(stdout).toMatch(/token prices from @pydantic\/genai-prices \d+\.\d+\.\d+ \(data of \d{4}-\d{2}-\d{2}\)/);
  });

  it('list --kind image includes a usable OpenAI image model and hides the shut-down ones', async () => {
    const { code, stdout } = await toolwright('models', 'list', '--kind', 'image', '--json');
    expect(code).toBe(0);
    const { models } = JSON.parse(stdout) as { models: Array<{ id: string; provider: string; statusToday: string }> };
    const openai = models.filter((m) => m.provider === 'openai');
    expect(openai.map((m) => m.id)).toContain('gpt-image-2');
    expect(openai.every((m) => m.statusToday !== 'shutdown')).toBe(true);
  });

  it('recommend --json answers "nothing fits" as JSON with the closest models, exit 2', async () => {
    const { code, stdout, stderr } = await toolwright('models', 'recommend', 'classify emails for $0.000001 per request', '--json');
    expect(code).toBe(2);
    expect(stderr).toBe('');
    const answer = JSON.parse(stdout) as { fits: boolean; requirement: string; message: string; closest: Array<{ id: string }>; recommendations: unknown[] };
    expect(answer.fits).toBe(false);
    expect(answer.requirement).toBe('maxCostPerRequest');
    expect(answer.message).toMatch(/^No model costs at most \$0\.000001 per request/);
    expect(answer.closest.length).toBeGreaterThan(0);
    expect(answer.recommendations).toEqual([]);
  });

  it('recommend --json for an image question answers with an image model that is not shut down', async () => {
    const { code, stdout } = await toolwright('models', 'recommend', 'which image model is several times cheaper than gpt-image-1.5', '--json');
    expect(code).toBe(0);
    const answer = JSON.parse(stdout) as { fits: boolean; recommendations: Array<{ modelId: string; kind: string }> };
    expect(answer.fits).toBe(true);
    expect(answer.recommendations[0]).toMatchObject({ kind: 'image', modelId: 'gpt-image-2' });
  });
});
