import { describe, expect, it } from 'vitest';
import { repairHistory } from '../../agent/loop/history';
import { nextStep } from '../../agent/loop/step';
import type { ChatMessage } from '../../agent/providers/messages';
import { callTools, replyText } from '../fixtures/scripted-provider';

describe('nextStep', () => {
  it('runs tools whenever the turn has tool calls, keeping any text', () => {
    const step = nextStep(callTools([{ name: 'get_app', args: { slug: 'x' } }], 'Let me look.'));
    expect(step).toMatchObject({ type: 'run-tools', text: 'Let me look.', calls: [{ name: 'get_app', args: { slug: 'x' } }] });
  });

  it('is final for a statement and ask-user for a closing question', () => {
    expect(nextStep(replyText('Your app is ready.'))).toEqual({ type: 'final', text: 'Your app is ready.' });
    expect(nextStep(replyText('Should it run on weekdays? '))).toEqual({ type: 'ask-user', text: 'Should it run on weekdays? ' });
  });
});

describe('repairHistory', () => {
  it('fills results for tool calls a broken run left unanswered, after the ones that exist', () => {
    const history: ChatMessage[] = [
      { role: 'user', content: 'go' },
      {
        role: 'assistant',
        content: '',
        toolCalls: [
          { type: 'tool-call', id: 'a', name: 'get_app', args: {} },
          { type: 'tool-call', id: 'b', name: 'list_apps', args: {} },
        ],
      },
      { role: 'tool', toolCallId: 'a', toolName: 'get_app', result: { summary: 'ok' } },
      { role: 'user', content: 'again' },
    ];
    const repaired = repairHistory(history);
    expect(repaired.map((m) => (m.role === 'tool' ? `tool:${m.toolCallId}` : m.role))).toEqual([
      'user',
      'assistant',
      'tool:a',
      'tool:b',
      'user',
    ]);
    expect(repaired[3]).toMatchObject({ isError: true, toolName: 'list_apps' });
  });

  it('leaves a complete history untouched', () => {
    const history: ChatMessage[] = [
      { role: 'user', content: 'hi' },
      { role: 'assistant', content: 'hello' },
    ];
    expect(repairHistory(history)).toEqual(history);
  });
});
