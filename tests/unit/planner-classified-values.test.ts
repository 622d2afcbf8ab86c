/**
 * Classifying by a value: "classify mood" names the value each thing gets, as "rate severity"
 * does; classifying things ("classify each message") names what is sorted, not a value.
 */
import { describe, expect, it } from 'vitest';
import { saidFields } from '../../agent/planner/said-fields';

const said = (text: string) => saidFields(text);

describe('values a thing is classified by', () => {
  it('reads bare singular nouns after "classify" as values handed back, with their choices', () => {
    const fields = said('Classify tone (calm/neutral/angry) and topic (pricing/delivery/other), then forward the message.');
    const tone = fields.find((f) => f.words === 'tone');
    expect(tone?.returned).toBe(true);
    expect(tone?.hint).toContain('angry');
    expect(fields.map((f) => f.words)).toContain('topic');
  });

  it('reads such a value after a comma, mid-sentence', () => {
    expect(said('Read each contract, classify risk and send the worst ones to me.').map((f) => f.words)).toContain('risk');
  });

  it('names no value when what is classified is counted', () => {
    expect(said('Classify each message and forward it.').map((f) => f.words)).not.toContain('message');
  });
});
