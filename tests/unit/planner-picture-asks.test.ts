import { describe, expect, it } from 'vitest';
import { understandDescription } from '../../agent/planner/description';
import { detectOutputKind } from '../../agent/planner/output-kind';

describe('a picture asked for without a making verb', () => {
  it.each([
    // A size in pixels is a picture's.
    'I type a prompt in the chat, it makes a 1024x1024 jpeg and saves it to Google Drive',
    'every new post gets a 1200x630 preview card',
    // Something turned into a picture.
    'turn a text prompt into a printable coloring page',
    // A picture handed back.
    'type a prompt + page size (letter, a4, square) and get a coloring page',
  ])('%s', (text) => {
    expect(detectOutputKind(text)).not.toBe('text');
    expect(understandDescription(text).outputKind).not.toBe('text');
  });

  it.each([
    'a room is 12 x 14 ft: work out how much paint we need',
    'turn each receipt photo into a row of values',
    'get the images from the shared folder and write alt text for each',
  ])('none is made: %s', (text) => {
    expect(detectOutputKind(text)).toBe('text');
  });
});
