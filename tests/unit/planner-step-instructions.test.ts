/**
 * How the app's writing should change, read from a follow-up as an instruction for the prompt of
 * the step that writes (step-instructions.ts), and the words that are some other change.
 */
import { describe, expect, it } from 'vitest';
import { parseFollowUp } from '../../agent/planner/follow-ups';
import { stepInstruction } from '../../agent/planner/step-instructions';

const fields = [
  { name: 'customerName', label: 'Customer name' },
  { name: 'email', label: 'Email' },
  { name: 'dealSize', label: 'Deal size' },
  { name: 'notes', label: 'Notes' },
];

describe('instructions for the writing step', () => {
  it.each([
    ['make the replies more formal', 'replies', 'Make the replies more formal.'],
    ['please keep them under 100 words', null, 'Keep them under 100 words.'],
    ['the summary should be a bit shorter', 'summary', 'The summary should be a bit shorter.'],
    ['write the replies in Spanish from now on', 'replies', 'Write the replies in Spanish.'],
    ['answer in German', null, 'Answer in German.'],
    ['use a friendlier tone', null, 'Use a friendlier tone.'],
    ["always sign off with 'The Acme team'", null, "Always sign off with 'The Acme team'."],
    ['never promise refunds', null, 'Never promise refunds.'],
    ["don't use emojis", null, "Don't use emojis."],
    ['tell it to mention our returns policy when it fits', null, 'Mention our returns policy when it fits.'],
    ['add to the prompt: greet the customer by first name', null, 'Greet the customer by first name.'],
    ['make the pictures brighter', 'pictures', 'Make the pictures brighter.'],
  ])('"%s" → step for %s: %s', (text, words, instruction) => {
    expect(stepInstruction(text)).toEqual({ op: 'instruct-step', words, instruction });
  });

  it('stops the instruction at the next order ("… and make it public")', () => {
    const edits = parseFollowUp('make the replies more formal and make it public', { fields });
    expect(edits).toEqual([
      { op: 'access', level: 'public-link' },
      { op: 'instruct-step', words: 'replies', instruction: 'Make the replies more formal.' },
    ]);
  });

  it.each([
    'make it public',
    'keep it private',
    'make email required',
    'the notes field should be optional',
    'make deal size a number',
    'make it cheaper',
    'run it more often',
    'keep the tickets in a table',
    'make the title field longer',
    "don't include the phone number",
    'add a notes field',
    'run it every Friday at 4pm',
  ])('"%s" is some other change, no instruction', (text) => {
    expect(parseFollowUp(text, { fields }).filter((e) => e.op === 'instruct-step')).toEqual([]);
  });
});
