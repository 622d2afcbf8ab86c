/**
 * A finished run as an MCP tool result: `structuredContent` with status, cost and each step's
 * output (dry-run steps include what would be sent and what it would cost), readable text
 * (the run's summary, then the outputs), and each image a step made as image content.
 */
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { FileStore, StoredFile } from '../files/file-store';
import { runSummary } from '../routes/runs';
import type { RunRow } from '../store/records';

export interface RunStructuredContent {
  [key: string]: unknown;
  runId: string;
  appVersion: number;
  status: RunRow['status'];
  summary: string;
  costUsd: number;
  error: string | null;
  steps: Array<{ id: string; kind: string; status: string; model: string | null; output: unknown; error: string | null }>;
}

function imageFileOf(output: unknown): StoredFile | null {
  const file = (output as { file?: StoredFile } | null)?.file;
  return file && typeof file.id === 'string' ? file : null;
}

export async function toRunResult(run: RunRow, files: Pick<FileStore, 'readImage'>): Promise<CallToolResult> {
  const summary = runSummary(run);
  const structuredContent: RunStructuredContent = {
    runId: run.id,
    appVersion: run.appVersion,
    status: run.status,
    summary,
    costUsd: run.costUsd,
    error: run.error,
    steps: run.steps.map((s) => ({ id: s.stepId, kind: s.kind, status: s.status, model: s.model, output: s.output, error: s.error })),
  };
  const images: CallToolResult['content'] = [];
  for (const step of run.steps) {
    const file = imageFileOf(step.output);
    const stored = file ? await files.readImage(file.id) : null;
    if (stored) images.push({ type: 'image', data: stored.bytes.toString('base64'), mimeType: stored.file.mimeType });
  }
  const outputs = Object.fromEntries(run.steps.map((s) => [s.stepId, s.output]));
  return {
    content: [{ type: 'text', text: `${summary}\n\n${JSON.stringify(outputs, null, 2)}` }, ...images],
    structuredContent,
    isError: run.status === 'error',
  };
}
