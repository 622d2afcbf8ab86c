/**
 * "Describe X": what the person hands over is a description of X, named so ("Venue description"),
 * without the manner it is given in; a clause described stays as said.
 */
import { describe, expect, it } from 'vitest';
import { saidFields } from '../../agent/planner/said-fields';

const words = (text: string) => saidFields(text).map((f) => f.words);

describe('described things', () => {
  it('names the thing described as its description', () => {
    expect(words('I describe the venue and the tool writes an event page.')).toContain('venue description');
  });

  it('leaves out how it is described', () => {
    expect(words('Describe your product in a few words and get ten taglines.')).toContain('product description');
  });

  it('keeps a name that already is a description', () => {
    expect(words('Paste the job description and get interview questions.')).toContain('job description');
  });
});
