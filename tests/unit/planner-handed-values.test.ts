/**
 * Values handed to the tool, named as the object of a verb: what the tool uses or considers,
 * what other people send the team, and what a person enters though the tagger read a noun.
 */
import { describe, expect, it } from 'vitest';
import { saidFields } from '../../agent/planner/said-fields';

describe('values the tool draws on', () => {
  const plain = (text: string) =>
    saidFields(text)
      .filter((f) => !f.returned)
      .map((f) => f.words);

  it('reads what the tool uses or considers as values it is given', () => {
    expect(plain('The assistant considers the budget and the deadline.')).toEqual(['budget', 'deadline']);
  });

  it('leaves what a person uses alone', () => {
    expect(plain('We use a shared calendar.')).toEqual([]);
  });
});

describe('values others send or a person enters', () => {
  const given = (text: string) =>
    saidFields(text)
      .filter((f) => f.given)
      .map((f) => f.words);

  it('reads what others send the team as given', () => {
    expect(given('Tenants send us their meter reading and a photo of the meter.')).toEqual(['meter reading', 'photo of meter']);
    expect(given('Send the digest to the team channel.')).toEqual([]);
  });

  it('reads a giving verb after its subject though the tagger calls it a noun', () => {
    expect(given('The nurse types a room number and a symptom.')).toEqual(['room number', 'symptom']);
  });
});

describe('material turned into something', () => {
  const given = (text: string) =>
    saidFields(text)
      .filter((f) => f.given)
      .map((f) => f.words);

  it('reads what is turned into something as given', () => {
    expect(given('Convert my rough meeting notes into a tidy memo.')).toEqual(['rough meeting notes']);
    expect(given('Turn it into a poem.')).toEqual([]);
  });
});
