import { describe, expect, it } from 'vitest';
import { parseFollowUp } from '../../agent/planner/follow-ups';

/** The fields a follow-up adds, as `name:type[options]`. */
function added(text: string): string[] {
  return parseFollowUp(text).flatMap((edit) =>
    edit.op === 'add-fields' ? edit.fields.map((f) => `${f.name}:${f.type}${f.options ? `[${f.options.join('|')}]` : ''}`) : [],
  );
}

describe('follow-ups that add a field with its choices', () => {
  it.each([
    ['add a priority field (low, medium, high)', 'priority:select[low|medium|high]'],
    ['add a priority dropdown (low, medium, high)', 'priority:select[low|medium|high]'],
    ['add a field priority with options low, medium and high', 'priority:select[low|medium|high]'],
    ['add a language field with options English, German', 'language:select[English|German]'],
    ['add a dropdown for language with English, German and French', 'language:select[English|German|French]'],
  ])('%s → one select field, its choices not read as fields', (text, field) => {
    expect(added(text)).toEqual([field]);
  });

  it('keeps the other instruction of the same message', () => {
    expect(parseFollowUp('add a priority field (low, medium, high) and make it public').map((e) => e.op)).toEqual(['add-fields', 'access']);
  });
});
