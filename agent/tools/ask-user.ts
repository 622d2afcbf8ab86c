/**
 * ask_user: one question for the person with 2–4 concrete answers, as data. The builder shows
 * the answers as buttons; text and MCP clients see them numbered. The model (or the built-in
 * planner) then ends its turn with the question, and the person's answer is the next message.
 */
import { z } from 'zod';
import type { Tool } from './tool';

export const AskUserInputSchema = z.object({
  question: z.string().min(1).max(300).describe('One question, e.g. "Should it make images, or read photos you upload?"'),
  options: z
    .array(z.string().min(1).max(120))
    .min(2)
    .max(4)
    .describe('2–4 concrete answers the person can pick, each a phrase that works as their reply (e.g. "It makes new images").'),
});
export type AskUserInput = z.infer<typeof AskUserInputSchema>;

export interface AskUserData {
  question: string;
  options: string[];
}

/** The question with its answers numbered, for text and MCP. */
export function numberedQuestion(input: AskUserData): string {
  return [input.question, ...input.options.map((o, i) => `${i + 1}. ${o}`)].join('\n');
}

export const askUserTool: Tool<typeof AskUserInputSchema, AskUserData> = {
  name: 'ask_user',
  description:
    'Asks the person one question with 2–4 concrete answers instead of guessing (e.g. whether a tool should make images or read uploaded photos). Returns the question and answers; end the turn with the question and wait for the reply.',
  input: AskUserInputSchema,
  minRole: 'viewer',
  async run(_ctx, input) {
    const options = [...new Set(input.options.map((o) => o.trim()))];
    const data = { question: input.question.trim(), options };
    return { summary: numberedQuestion(data), data };
  },
};
