import { describe, expect, it } from 'vitest';
import { understandDescription } from '../../agent/planner/description';
import { makesImages } from '../../agent/planner/image-output';
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

describe('a picture a thing needs, or a title naming what rows are of, makes none', () => {
  it.each([
    'renovation photo log: before photos of every room, progress checklists that need a photo to tick off',
    'drawing transmittal: transmittal number, date, from, to, project ref',
    'a register for our architecture practice with drawing number, title, revision, author and date',
  ])('%s', (text) => {
    expect(detectOutputKind(text)).not.toMatch(/image/);
  });

  it('a person wanting a picture still asks for one', () => {
    expect(makesImages('customers want a logo for their shop')).toBe(true);
    expect(makesImages('I need a poster for the fair')).toBe(true);
  });
});
