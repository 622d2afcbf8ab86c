/** Candidate.finishReason (or a blocked prompt) → FinishReason. */
import type { FinishReason } from '../messages';

const CONTENT_FILTER = new Set([
  'SAFETY',
  'RECITATION',
  'BLOCKLIST',
  'PROHIBITED_CONTENT',
  'SPII',
  'IMAGE_SAFETY',
  'IMAGE_PROHIBITED_CONTENT',
  'IMAGE_RECITATION',
]);

export function mapFinishReason(raw: string | undefined, hasToolCalls: boolean, blockReason: string | undefined): FinishReason {
  if (raw === undefined && blockReason) return { unified: 'content-filter', raw: blockReason };
  if (raw === 'STOP' || raw === undefined) return { unified: hasToolCalls ? 'tool-calls' : 'stop', raw };
  if (raw === 'MAX_TOKENS') return { unified: 'length', raw };
  if (CONTENT_FILTER.has(raw)) return { unified: 'content-filter', raw };
  if (raw === 'MALFORMED_FUNCTION_CALL' || raw === 'UNEXPECTED_TOOL_CALL') return { unified: 'error', raw };
  return { unified: 'other', raw };
}
