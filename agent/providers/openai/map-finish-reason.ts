/** OpenAI's ways of saying why it stopped → FinishReason. */
import type { Response } from 'openai/resources/responses/responses';
import type { FinishReason } from '../messages';

/** Responses API: `status` plus `incomplete_details.reason`; tool calls are read from the output items. */
export function mapResponsesFinishReason(response: Pick<Response, 'status' | 'incomplete_details'>, hasToolCalls: boolean): FinishReason {
  const reason = response.incomplete_details?.reason;
  const raw = reason ?? response.status ?? undefined;
  if (response.status === 'incomplete') {
    return { unified: reason === 'max_output_tokens' ? 'length' : reason === 'content_filter' ? 'content-filter' : 'other', raw };
  }
  if (response.status === 'failed') return { unified: 'error', raw };
  if (response.status === 'completed' || response.status === undefined) return { unified: hasToolCalls ? 'tool-calls' : 'stop', raw };
  return { unified: 'other', raw };
}

/** Chat Completions `finish_reason`. */
export function mapChatFinishReason(reason: string | null | undefined): FinishReason {
  const raw = reason ?? undefined;
  switch (reason) {
    case 'stop':
      return { unified: 'stop', raw };
    case 'length':
      return { unified: 'length', raw };
    case 'tool_calls':
    case 'function_call':
      return { unified: 'tool-calls', raw };
    case 'content_filter':
      return { unified: 'content-filter', raw };
    default:
      return { unified: 'other', raw };
  }
}
