import { describe, expect, it } from 'vitest';
import { detectEventTrigger } from '../../agent/planner/triggers';

describe('anyone filing a new record of the tool starts a run on it', () => {
  it.each([
    ['When someone files a new leave request, notify their manager', 'request'],
    ['when someone files a new expense, email the members the details', 'expense'],
  ])('%s → a new %s', (text, noun) => {
    expect(detectEventTrigger(text)).toEqual({ kind: 'record-created', noun });
  });

  it('someone submitting something is not read as filing a record', () => {
    expect(detectEventTrigger('when someone submits a new request, email them')?.kind).not.toBe('record-created');
  });
});
