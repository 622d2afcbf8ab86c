/** A photo the tool looks at or takes from, said with a preposition, is handed to it; one it makes is not. */
import { describe, expect, it } from 'vitest';
import { givenInputs } from '../../agent/planner/given-inputs';

describe('a photo as the source', () => {
  it.each([
    'From a screenshot of a chart, list the numbers it shows.',
    'Look at the picture of a dish and estimate the calories.',
    'Erase the watermark from a stock photo.',
    'Count the people in each photo.',
  ])('is given: "%s"', (text) => {
    expect(givenInputs(text).photo).toBe(true);
  });

  it.each([
    'Generate three banner images from a product description.',
    'Keep the result in the image gallery table.',
    'Write alt text guidelines for images on our blog.',
  ])('is not: "%s"', (text) => {
    expect(givenInputs(text).photo).toBe(false);
  });
});
