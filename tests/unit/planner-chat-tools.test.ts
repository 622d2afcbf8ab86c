/**
 * A tool that is itself a bot is talked with through its own page: people asking or ordering in
 * it fill the form. It is called from elsewhere only when it lives in another service or a
 * webhook is said.
 */
import { describe, expect, it } from 'vitest';
import { detectEventTrigger } from '../../agent/planner/triggers';

const kind = (text: string) => detectEventTrigger(text)?.kind ?? null;

describe('a tool that is a bot', () => {
  it.each([
    'A booking assistant for our salon site: clients ask for a slot on our website and it offers free times.',
    'Menu chatbot: guests order dishes through our website and it confirms the order.',
  ])('is talked with through its own page: "%s"', (text) => {
    expect(kind(text)).toBeNull();
  });

  it.each([
    'A helpdesk bot in Slack: when someone asks a question in our Slack channel, answer it from the wiki.',
    'A support bot for our site chat; messages come in via webhook and it answers from our docs.',
  ])('is called from elsewhere when it lives in a service or a webhook is said: "%s"', (text) => {
    expect(kind(text)).toBe('webhook');
  });
});
