/** The tool named as a subject ("it reads the total", "the bot saves them"): what it does is the tool's work, not a person's. */
import type { Token } from './language';

/** Words that name the tool itself, or its kind, as a subject. */
const TOOL_SUBJECTS = new Set(['it', 'tool', 'app', 'ai', 'bot', 'agent', 'assistant', 'model', 'system', 'workflow', 'automation']);

/** The word names the tool (the lemmatiser reads "app" as "application"). */
export function isTool(t: Token | undefined): boolean {
  return !!t && (TOOL_SUBJECTS.has(t.lower) || TOOL_SUBJECTS.has(t.lemma));
}
