/**
 * "name = where it comes from": in a list, the name before "=" is the field and what it is set
 * to, up to the next item, is its source, never a field of its own.
 */
import { describe, expect, it } from 'vitest';
import { saidFields } from '../../agent/planner/said-fields';

const words = (text: string) => saidFields(text).map((f) => f.words);

describe('a field set to its source', () => {
  it('keeps the name and passes over what it is set to', () => {
    const fields = words('Make a task for each email: title = subject line, owner = sender name, due = date in the body.');
    expect(fields).toEqual(expect.arrayContaining(['title', 'owner', 'due']));
    expect(fields).not.toContain('subject line');
    expect(fields).not.toContain('sender name');
  });
});
