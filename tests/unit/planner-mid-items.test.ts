/**
 * Items amid a list that the tagger cannot read as noun phrases are taken as written ("…,
 * reapply (yes/no), …", "down payment %"); units after a name are no part of it ("size m²");
 * a noun before idea/result/model makes a value's name ("lesson idea"); "how urgent it is" is
 * named by the quality's noun.
 */
import { describe, expect, it } from 'vitest';
import { saidFields } from '../../agent/planner/said-fields';

const words = (text: string) => saidFields(text).map((f) => f.words);

describe('items read amid a list', () => {
  it('takes an item the tagger misreads, with its bracket as a hint, and reads on', () => {
    const said = saidFields(
      'Grant tracker: funder, amount requested, program, reapply (yes/no), date report required, and any restrictions.',
    );
    expect(said.map((f) => f.words)).toEqual(['funder', 'amount requested', 'program', 'reapply', 'date report required', 'restrictions']);
    expect(said.find((f) => f.words === 'reapply')?.hint).toBe('yes/no');
  });

  it('passes over a unit written after a name', () => {
    expect(words('Inputs: purchase price, expected rent, expenses, down payment % and loan terms.')).toEqual([
      'purchase price',
      'expected rent',
      'expenses',
      'down payment',
      'loan terms',
    ]);
    expect(words('Track properties (address, type, price, size m², bedrooms, bathrooms).')).toContain('size');
  });

  it('reads no describing words or prepositional phrases as items', () => {
    expect(words('Bold lines, distressed paper texture, always positive, no text in the image.')).not.toContain('always positive');
    expect(words('for all our animals: type, breed, dob, health status, with production history (date, quantity)')).not.toContain(
      'with production history',
    );
  });

  it('names a value by a noun before idea, result or model', () => {
    expect(words('Each issue collects: new features, a nice lesson idea, an upcoming activity, and one concrete ask.')).toContain(
      'nice lesson idea',
    );
  });

  it('names a quality asked with "how" by its noun', () => {
    expect(words('Farmers get: the disease name, a confidence score, how severe it is and an organic treatment.')).toContain('severity');
    expect(words('I want the name, how big it is and how long it is.')).toContain('how big it is');
  });
});
