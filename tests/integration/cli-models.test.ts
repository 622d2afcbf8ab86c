import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { modelsCommand } from '../../server/cli/models-command';
import { TEST_DAY } from '../fixtures/test-day';

type Outcome = { code: number; stdout: string; stderr: string };

/** Runs the real CLI (`node bin/toolwright.js …`) as a child process, on TEST_DAY: the binary's wiring and exit code. */
const bin = fileURLToPath(new URL('../../bin/toolwright.js', import.meta.url));
const pinDay = fileURLToPath(new URL('../fixtures/pin-day.mjs', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));
const env = { ...process.env, NO_COLOR: '1', COLUMNS: '100', PIN_DAY: TEST_DAY.toISOString() };

function binary(...args: string[]): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', pinDay, bin, ...args], { cwd: root, env }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * The same command in-process, with the io the binary gets when piped (no colour, 100 columns)
 * and TEST_DAY as its clock: a child process per case would test only the wiring again.
 */
async function toolwright(...args: string[]): Promise<Outcome> {
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
  const [command, ...rest] = args;
  if (command !== 'models') throw new Error(`toolwright() runs "models" in-process; run "${command}" through binary().`);
  const code = await modelsCommand(rest, io, TEST_DAY);
  return { code, stdout, stderr };
}

/** Acceptance: the seed pair, from the real binary. */
describe('toolwright models compare gpt-image-1-mini gemini-3.1-pro', () => {
  const run = binary('models', 'compare', 'gpt-image-1-mini', 'gemini-3.1-pro');
  const lineOf = (stdout: string, label: string) => stdout.split('\n').find((l) => l.startsWith(label)) ?? '';

  it('exits 0 and prints the at-a-glance table, the differences and the strengths', async () => {
    const { code, stdout, stderr } = await run;
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^GPT Image 1 mini {2}vs {2}Gemini 3\.1 Pro Preview/);
    expect(stdout).toContain('\nDifferences\n');
    expect(stdout).toContain('\nStrengths\n');
    expect(lineOf(stdout, 'Model id')).toMatch(/gpt-image-1-mini\s+gemini-3\.1-pro-preview/);
  });

  it('gives Gemini 3.1 Pro $2/$12 per 1M up to 200k-token prompts and $4/$18 above', async () => {
    const { stdout } = await run;
    expect(lineOf(stdout, 'Input, per 1M tokens')).toContain('$2 up to 200k-token prompts, $4 above');
    expect(stdout).toMatch(/Output, per 1M tokens .*\$12 up to 200k-token prompts, \$18/);
    expect(stdout).toMatch(/\$4 in \/ \$18 out per 1M tokens once its prompt\s+passes 200,000 tokens \(\$2 \/ \$12 below\)/);
  });

  it('gives GPT Image 1 mini text input $2, image input $2.50, $0.005 (low 1024x1024) to $0.052 (high 1536x1024)', async () => {
    const { stdout } = await run;
    expect(lineOf(stdout, 'Input, per 1M tokens')).toMatch(/^Input, per 1M tokens\s+\$2 text, \$2\.50 image\s/);
    expect(lineOf(stdout, 'Per image')).toContain('$0.005 (low 1024x1024) to $0.052');
    expect(stdout).toMatch(/Per image\s+\$0\.005 \(low 1024x1024\) to \$0\.052[^\n]*\n\s+\(high 1536x1024\)/);
    expect(stdout).toMatch(/low\s+\$0\.005\s+\$0\.006\s+\$0\.006/);
    expect(stdout).toMatch(/high\s+\$0\.036\s+\$0\.052\s+\$0\.052/);
  });

  it("states GPT Image 1 mini's shutdown date", async () => {
    const { stdout } = await run;
    expect(lineOf(stdout, 'Status')).toContain('deprecated, shuts down on 2026-12-01');
    expect(stdout).toMatch(/GPT Image 1 mini shuts down on 2026-12-01/);
  });
});

describe('toolwright models: other subcommands', () => {
  it('compare with a workload prices it per model', async () => {
    const { code, stdout } = await toolwright(
      'models',
      'compare',
      'gpt-image-1-mini',
      'gpt-image-1.5',
      '--images',
      '1000',
      '--quality',
      'medium',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('Cost of 1,000 images (medium)');
    expect(stdout).toMatch(/gpt-image-1-mini\s+\$11\s+• 1,000 images × \$0\.011 per image \(medium 1024x1024\) = \$11/);
  });

  it('--json gives machine-readable output', async () => {
    const { code, stdout } = await toolwright('models', 'compare', 'gpt image 1 mini', 'gemini 3.1 pro', '--json');
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as { models: Array<{ id: string; inputPrice: number; longContext: unknown }> };
    expect(parsed.models.map((m) => m.id)).toEqual(['gpt-image-1-mini', 'gemini-3.1-pro-preview']);
    expect(parsed.models[1]).toMatchObject({
      inputPrice: 2,
      longContext: { thresholdInputTokens: 200_000, inputPrice: 4, outputPrice: 18 },
    });
  });

  it('list --kind image shows only image models', async () => {
    const { code, stdout } = await toolwright('models', 'list', '--kind', 'image', '--json');
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as { models: Array<{ kind: string; statusToday: string }> };
    expect(parsed.models.length).toBeGreaterThan(0);
    expect(parsed.models.every((m) => m.kind === 'image' && m.statusToday !== 'shutdown')).toBe(true);
  });

  it('show prints the per-image grid and sources', async () => {
    const { code, stdout } = await toolwright('models', 'show', 'gpt-image-1-mini');
    expect(code).toBe(0);
    expect(stdout).toContain('Per-image prices (USD per generated image)');
    expect(stdout).toContain('\nSources\n');
  });

  it('cost shows the long-context tier for a 250k-token prompt', async () => {
    const { code, stdout } = await toolwright('models', 'cost', 'gemini-3.1-pro', '--input-tokens', '250000', '--output-tokens', '2000');
    expect(code).toBe(0);
    expect(stdout).toContain('Total: $1.04 for one request');
    expect(stdout).toMatch(/250,000 text input tokens × \$4 per 1M \(long-context tier/);
  });

  it('recommend reads a task in words', async () => {
    const { code, stdout } = await toolwright('models', 'recommend', 'summarise 800-page contracts');
    expect(code).toBe(0);
    expect(stdout).toContain('800 pages ≈ 520,000 tokens');
    expect(stdout).toMatch(/Ranked by best-value: \d+ models meet every requirement/);
  });
});

describe('toolwright models: errors are one sentence on stderr, exit 2', () => {
  it.each([
    [
      ['models', 'compare', 'gpt-image-1-mini', 'gemini-9-ultra'],
      /^No model called "gemini-9-ultra" in the model directory\. (Did you mean .+\?|List the directory .+)\n$/,
    ],
    [['models', 'show', 'gpt-6'], /^No model called "gpt-6" in the model directory\. Did you mean gpt-6-sol, .+\?\n$/],
    [
      ['models', 'compare', 'gpt-image-1-mini', 'gemini-3.1-pro', '--images', '-5'],
      /^--images must be a finite number of zero or more; got -5\.\n$/,
    ],
    [['models', 'cost', 'gemini-3.1-pro', '--input-tokens=-100'], /^--input-tokens must be a finite number of zero or more; got -100\.\n$/],
    [['models', 'compare', 'gpt-5', 'gpt-4.1', '--images', 'many'], /^--images must be a number; got "many"\.\n$/],
    [
      ['models', 'recommend', 'summarise 5000-page contracts'],
      /^No model in the directory takes prompts of at least 3,250,000 tokens: .+ Drop or relax the "minContextTokens" requirement\.\n$/,
    ],
    [['models', 'list', '--kind', 'video'], /^--kind must be one of text, image, embedding; got "video"\.\n$/],
    [['models', 'list', '--bogus'], /^Unknown option --bogus\. Run "toolwright models --help" for the options\.\n$/],
    [
      ['models', 'cost', 'gpt-image-1-mini', '--images', '1', '--quality', 'ultra'],
      /^gpt-image-1-mini has no "ultra" image quality; use low, medium or high\.\n$/,
    ],
    [['models', 'compare', 'gpt-5'], /^Name at least two models to compare/],
    [['models', 'nonsense'], /^Unknown subcommand "models nonsense"/],
  ])('%j', async (args, message) => {
    const { code, stdout, stderr } = await toolwright(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /); // never a stack trace
  });

  // The command table lives in the binary's entry point, so this case runs the real binary.
  it('["nonsense"] (real binary)', async () => {
    const { code, stdout, stderr } = await binary('nonsense');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Unknown command "nonsense"\. Commands: models, spend, records, mcp\.\n$/);
    expect(stderr).not.toMatch(/\n\s+at /); // never a stack trace
  });
});
