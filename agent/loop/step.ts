/**
 * What one provider turn means for the loop. The loop switches on `type` exhaustively, so a
 * new kind of step cannot be forgotten (compare openai-agents-js `NextStep`).
 */
import type { ToolCallPart } from '../providers/messages';
import type { ProviderResult } from '../providers/provider';

export type NextStep =
  /** The model answered; the run is over. */
  | { type: 'final'; text: string }
  /** The model wants these tools run (in parallel) and their results back. */
  | { type: 'run-tools'; text: string; calls: ToolCallPart[] }
  /** The model asked the person something; the run ends and waits for their reply. */
  | { type: 'ask-user'; text: string };

function textOf(result: ProviderResult): string {
  return result.content
    .filter((part) => part.type === 'text')
    .map((part) => part.text)
    .join('');
}

export function nextStep(result: ProviderResult): NextStep {
  const text = textOf(result);
  const calls = result.content.filter((part): part is ToolCallPart => part.type === 'tool-call');
  if (calls.length > 0) return { type: 'run-tools', text, calls };
  // A reply whose last sentence is a question hands the turn to the person.
  if (/\?\s*$/.test(text)) return { type: 'ask-user', text };
  return { type: 'final', text };
}
