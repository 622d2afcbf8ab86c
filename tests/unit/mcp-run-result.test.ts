/**
 * Issue 18: a run as an app tool's result — structured content, the summary as text, and each
 * image a step made as MCP image content (read from a real file store in a temp folder).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyUsage } from '../../agent/providers/usage';
import { createFileStore, type FileStore } from '../../server/files/file-store';
import { toRunResult, type RunStructuredContent } from '../../server/mcp/run-result';
import type { RunRow, StepRun } from '../../server/store/records';
import { TINY_PNG_BASE64 } from '../fixtures/emulators/tiny-png';

let dir: string;
let files: FileStore;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mcp-run-result-'));
  files = createFileStore(dir);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const step = (stepId: string, kind: string, output: unknown): StepRun => ({
  stepId,
  kind,
  model: 'gpt-image-1-mini',
  status: 'ok',
  output,
  usage: emptyUsage(),
  costUsd: 0.01,
  request: null,
  error: null,
  startedAt: '2026-01-01T00:00:00.000Z',
  finishedAt: '2026-01-01T00:00:01.000Z',
});

const run = (steps: StepRun[], status: RunRow['status'] = 'ok'): RunRow => ({
  id: 'run-1',
  appId: 'app-1',
  appVersion: 3,
  trigger: { kind: 'api', detail: 'mcp' },
  status,
  inputs: { topic: 'spring' },
  steps,
  usage: emptyUsage(),
  costUsd: 0.02,
  error: status === 'error' ? 'Step "post" failed: the model refused.' : null,
  createdBy: null,
  startedAt: '2026-01-01T00:00:00.000Z',
  finishedAt: '2026-01-01T00:00:02.000Z',
});

describe('toRunResult', () => {
  it('returns structured content, the summary as text, and each made image as image content', async () => {
    const file = await files.saveImage(Buffer.from(TINY_PNG_BASE64, 'base64'));
    const result = await toRunResult(
      run([step('post', 'generate-text', { text: 'Spring is here.' }), step('image', 'generate-image', { image: file.url, file })]),
      files,
    );
    const data = result.structuredContent as RunStructuredContent;
    expect(data).toMatchObject({ runId: 'run-1', appVersion: 3, status: 'ok', costUsd: 0.02, error: null });
    expect(data.steps.map((s) => [s.id, s.status])).toEqual([
      ['post', 'ok'],
      ['image', 'ok'],
    ]);
    expect(result.isError).toBe(false);
    const [text, image] = result.content;
    expect(text).toMatchObject({ type: 'text', text: expect.stringMatching(/^The run finished and cost .*\n\n.*Spring is here\./s) });
    expect(image).toEqual({ type: 'image', data: TINY_PNG_BASE64, mimeType: 'image/png' });
  });

  it('marks a failed run as an error result with its reason', async () => {
    const result = await toRunResult(
      run([{ ...step('post', 'generate-text', {}), status: 'error', error: 'the model refused.' }], 'error'),
      files,
    );
    expect(result.isError).toBe(true);
    expect((result.content[0] as { text: string }).text).toMatch(/^The run failed: Step "post" failed: the model refused\./);
  });
});
