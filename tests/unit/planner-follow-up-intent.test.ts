/**
 * Which messages are follow-ups on an app (delete, confirm, link, run, model status, a change
 * naming an app) and which are not: no description of a new tool in the eval set is ever
 * read as one, with or without an app open.
 */
import { describe, expect, it } from 'vitest';
import { CASES } from '../eval/planner/cases';
import { readConversation } from '../../agent/planner/conversation';
import { CONFIRM_DELETE, detectFollowUp } from '../../agent/planner/follow-up-intent';
import type { ChatMessage } from '../../agent/providers/messages';

const APP = { slug: 'reps-log', id: 'a1', name: 'Reps log', version: 3 };

function followUp(text: string, options: { app?: boolean; before?: ChatMessage[] } = {}) {
  const messages: ChatMessage[] = [...(options.before ?? []), { role: 'user', content: text }];
  return detectFollowUp(readConversation(messages, options.app === false ? null : APP), messages)?.kind ?? null;
}

describe('detectFollowUp', () => {
  it('reads the follow-ups on the app in context', () => {
    expect(followUp('delete this app')).toBe('delete');
    expect(followUp('give me the public link')).toBe('share-link');
    expect(followUp('what is the public link?')).toBe('share-link');
    expect(followUp('run it')).toBe('run');
    expect(followUp('do a dry run')).toBe('run');
    expect(followUp('is gpt-5-mini still available?')).toBe('model-status');
    expect(followUp('change Reps log to run every day at 9 in Europe/Berlin', { app: false })).toBe('edit');
  });

  it('takes yes or no as the answer only right after the delete question', () => {
    const asked: ChatMessage[] = [
      { role: 'user', content: 'delete this app' },
      { role: 'assistant', content: `This removes "Reps log" (reps-log) for good. ${CONFIRM_DELETE}` },
    ];
    expect(followUp('yes', { before: asked })).toBe('confirm-delete');
    expect(followUp('no, keep it', { before: asked })).toBe('keep');
    expect(followUp('yes')).toBeNull();
  });

  it('leaves schedules, changes of other kinds and new tools alone', () => {
    expect(followUp('run it every Friday at 4pm instead')).toBeNull();
    expect(followUp('remove the notes field')).toBeNull();
    expect(followUp('I need a new tool that shares a public link to our weekly report')).toBeNull();
    expect(followUp('is there a cheaper model?')).toBeNull();
  });

  it('reads a long message opening on a change word, with no app open, as a description', () => {
    const description =
      'stop me reading our reviews one by one. as new ones land on our store listings, sort each into bug, billing or feature request and post it to our Slack channel.';
    expect(followUp(description, { app: false })).toBeNull();
    expect(followUp('stop Reps log from running on Sundays and make it every weekday at 9', { app: false })).toBe('edit');
  });

  it('never reads a description of a new tool from the eval set as a follow-up', () => {
    for (const app of [true, false]) {
      const hijacked = CASES.filter((c) => followUp(c.description, { app }) !== null).map((c) => c.id);
      expect(hijacked, `app open: ${app}`).toEqual([]);
    }
  });
});

describe('links in a description', () => {
  it('reads a thing that comes with a link as described, not as asking for the app link', () => {
    expect(
      followUp('A reading list of every article we save: title, source, and the saved page with a link to it.', { app: false }),
    ).toBeNull();
    expect(followUp('send me a link to it', { app: true })).toBe('share-link');
  });
});
