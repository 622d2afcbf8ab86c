/**
 * The planner says what it is (PLANNER_NOTE) once per conversation: a reply after one that
 * already carried the note leaves it out, so the disclaimer does not follow every answer.
 */
import type { ChatMessage } from '../providers/messages';
import { PLANNER_NOTE } from './replies';

export function noteOnce(text: string, history: readonly ChatMessage[]): string {
  const said = history.some((m) => m.role === 'assistant' && m.content.includes(PLANNER_NOTE));
  return said ? text.replace(`\n\n${PLANNER_NOTE}`, '').replace(PLANNER_NOTE, '').trim() : text;
}
