import { describe, expect, it } from 'vitest';
import { understandDescription } from '../../agent/planner/description';

describe('what kind of record a description keeps', () => {
  it.each([
    ['translate customer emails into German and keep a log', null],
    ['keep the log of every ticket with its priority', 'ticket'],
    ['a bug tracker', 'bug'],
    ['keep each lead with name and email', 'lead'],
  ])('%s → %s', (text, noun) => {
    const d = understandDescription(text);
    expect(d.keepsRecords).toBe(true);
    expect(d.recordNoun).toBe(noun);
  });
});
