/**
 * The conversation as it is sent to a provider. A run that ended while tools were running
 * (the store went down, the server stopped) leaves tool calls without results; every provider
 * refuses such a history, so each missing result is filled with an error the model can read.
 */
import type { ChatMessage } from '../providers/messages';

const INTERRUPTED = {
  error: 'This tool call was interrupted before it finished, so its effect is unknown. Check with get_app before repeating it.',
};

export function repairHistory(messages: readonly ChatMessage[]): ChatMessage[] {
  const repaired: ChatMessage[] = [];
  let i = 0;
  while (i < messages.length) {
    const message = messages[i]!;
    repaired.push(message);
    i += 1;
    if (message.role !== 'assistant' || !message.toolCalls?.length) continue;
    // The results that follow this assistant message, then fillers for the missing ones.
    const answered = new Set<string>();
    for (let next = messages[i]; next?.role === 'tool'; next = messages[i]) {
      repaired.push(next);
      answered.add(next.toolCallId);
      i += 1;
    }
    for (const call of message.toolCalls) {
      if (answered.has(call.id)) continue;
      repaired.push({ role: 'tool', toolCallId: call.id, toolName: call.name, result: INTERRUPTED, isError: true });
    }
  }
  return repaired;
}
