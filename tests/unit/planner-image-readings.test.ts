/**
 * Pictures made or only read, from the grammar around the picture word: a picture something is
 * done to is not made, "one" standing alone is the last thing named with "a", what a verb puts
 * things into is what it makes, writing joined after the picture comes with it, and a chart an
 * answer comes with is handed back beside it. Descriptions written for this test.
 */
import { describe, expect, it } from 'vitest';
import { describeByRules } from '../../agent/planner/description';
import { makesImages, writingBesideImage } from '../../agent/planner/image-output';

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

  it('reads a prompt written for the picture as no writing handed back', () => {
    const text =
      "Our shop posts each order's product name to a webhook; write an image prompt from it, generate a banner and return the banner in the response.";
    expect(describeByRules(text).outputKind).toBe('image');
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

  it.each([
    'upload our content calendar csv (publish date, platform, post type) and generate every image + caption',
    'while i write a post, generate an image for it along with a caption and credit line',
  ])('joins writing by "+" or "along with": "%s"', (text) => {
    expect(writingBesideImage(text)).toBe(true);
  });

  it('leaves a picture alone that has no writing joined to it', () => {
    expect(writingBesideImage('Render an image of the room and save it to the folder.')).toBe(false);
  });
});

describe('a chart an answer comes with', () => {
  it('hands back the chart beside the answer', () => {
    expect(makesImages('Staff ask about stock levels and it replies with the figure and a small chart.')).toBe(true);
  });

  it('reads a chart kept in a dashboard as no picture made', () => {
    expect(makesImages('A dashboard of open orders, with a chart of sales by week.')).toBe(false);
  });
});

describe('wording inside the picture and pictures implied', () => {
  it.each([
    'Make a header image for the weekly mail that says Club Notes in bold letters.',
    'I want a sale banner with a big headline on it for the shop front.',
    'Generate a poster for each open day with the school name as the title.',
  ])('reads the lettering as part of the picture in %s', (text) => {
    expect(describeByRules(text).outputKind).toBe('image');
  });

  it.each([
    'Visualise a patio layout from the plants a customer picks.',
    'Mock up a menu board for the café.',
    'From the listing photos, show buyers what the renovated loft would look like.',
    'Give me four mug design options for the fundraiser.',
  ])('reads a picture made in %s', (text) => {
    expect(describeByRules(text).outputKind).toBe('image');
  });

  it.each([
    'a logo for my bakery',
    'A poster for every event we run.',
    'Icons for our app in a flat style',
    'memes about our product for social',
  ])('reads a picture asked by its title, with no verb, in %s', (text) => {
    expect(describeByRules(text).outputKind).toBe('image');
  });

  it.each([
    'Image alt text for our blog',
    'Thumbnail tracker for our videos',
    'Every image our authors upload to the media library should get alt text.',
    'Photos of receipts: read the total and date.',
  ])('reads no picture asked where the title names something else or what comes in: %s', (text) => {
    expect(describeByRules(text).outputKind).toBe('text');
  });

  it('edits a photo handed over to stage it', () => {
    expect(describeByRules('Agents upload a photo of a bare bedroom and get it furnished for the listing.').outputKind).toBe('image-edit');
  });

  it('keeps a caption written beside the picture', () => {
    expect(describeByRules('Write a product caption and make an image that says New In.').outputKind).toBe('text+image');
  });
});
