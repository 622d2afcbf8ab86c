/**
 * Pictures made or only read, from the grammar around the picture word: a picture something is
 * done to is not made, "one" standing alone is the last thing named with "a", what a verb puts
 * things into is what it makes, writing joined after the picture comes with it, and a person's
 * writing after "can" or "will" is still theirs. Descriptions written for this test.
 */
import { describe, expect, it } from 'vitest';
import { describeByRules } from '../../agent/planner/description';
import { makesImages, writingBesideImage } from '../../agent/planner/image-output';
import { deliversProse } from '../../agent/planner/result-shape';

describe('pictures made or read', () => {
  it.each([
    'Members post a snapshot of the shelf and I want the picture checked for empty spots.',
    'Tenants need the photo looked at by someone before the repair is booked.',
    'Create one invoice per order, and email it to the buyer.',
  ])('reads no picture made in %s', (text) => {
    expect(makesImages(text)).toBe(false);
  });

  it.each([
    'Each recipe that comes in without a picture should get one: use its title as the prompt to render one.',
    'When a product has no image, generate one from its name.',
    'The app arranges the three shots into a single collage poster for the shop window.',
    'I want a banner generated for each sale.',
  ])('reads a picture made in %s', (text) => {
    expect(makesImages(text)).toBe(true);
  });

  it('makes a flyer a picture', () => {
    expect(describeByRules('Design a flyer for every gig we book.').outputKind).toBe('image');
  });
});

describe('writing handed back beside a picture', () => {
  it('joins a caption after the picture', () => {
    const text = 'It combines the garden photos into one seasonal image with our logo in the corner, plus a short caption.';
    expect(writingBesideImage(text)).toBe(true);
    expect(describeByRules(text).outputKind).toBe('text+image');
  });

  it('leaves a picture alone that has no writing joined to it', () => {
    expect(writingBesideImage('Render an image of the room and save it to the folder.')).toBe(false);
  });
});

describe('the speaker writing, past a helper verb', () => {
  it('reads what a person can or will write as given, not written by the tool', () => {
    expect(deliversProse('Customers will write a short note, and people can tell which table it came from.')).toBe(false);
  });

  it('still reads the tool writing after a helper verb', () => {
    expect(deliversProse('The assistant will write a polite reply to each guest.')).toBe(true);
  });
});
