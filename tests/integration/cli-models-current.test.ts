/** Issue 14 from the CLI's models command, with its clock on 2026-12-01 (gpt-image-1-mini's shutdown day). */
import { describe, expect, it } from 'vitest';
import { modelsCommand } from '../../server/cli/models-command';

const DAY = new Date('2026-12-01T12:00:00Z');

/** `toolwright models …` in-process on DAY, as piped (no colour); the binary's wiring is proven in cli-models.test.ts. */
async function toolwright(_command: 'models', ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = {
    out: (text: string) => {
      stdout += text;
    },
    err: (text: string) => {
      stderr += text;
    },
    color: false,
    width: 100,
  };
  const code = await modelsCommand(args, io, DAY);
  return { code, stdout, stderr };
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
    const answer = JSON.parse(stdout) as {
      fits: boolean;
      requirement: string;
      message: string;
      closest: Array<{ id: string }>;
      recommendations: unknown[];
    };
    expect(answer.fits).toBe(false);
    expect(answer.requirement).toBe('maxCostPerRequest');
    expect(answer.message).toMatch(/^No model costs at most \$0\.000001 per request/);
    expect(answer.closest.length).toBeGreaterThan(0);
    expect(answer.recommendations).toEqual([]);
  });

  it('recommend --json for an image question answers with an image model that is not shut down', async () => {
    const { code, stdout } = await toolwright(
      'models',
      'recommend',
      'which image model is several times cheaper than gpt-image-1.5',
      '--json',
    );
    expect(code).toBe(0);
    const answer = JSON.parse(stdout) as { fits: boolean; recommendations: Array<{ modelId: string; kind: string }> };
    expect(answer.fits).toBe(true);
    expect(answer.recommendations[0]).toMatchObject({ kind: 'image', modelId: 'gpt-image-2' });
  });
});
