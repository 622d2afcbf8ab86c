/**
 * Where a list of fields may start and go on: at the very start of a sentence (unless the
 * list is the subject of the sentence's verb), and past "plus" after a list already read.
 */
import { describe, expect, it } from 'vitest';
import { saidFields } from '../../agent/planner/said-fields';

const words = (text: string) => saidFields(text).map((f) => f.words);

describe('lists that open a sentence or go on after it', () => {
  it('reads a list that opens a sentence', () => {
    expect(words('Title, author and publisher for every book we lend.')).toEqual(['Title', 'author', 'publisher']);
  });

  it('takes a list before its verb for the subject, not fields', () => {
    expect(words('Refunds, exchanges and warranty claims arrive by mail.')).toEqual([]);
  });

  it('adds what follows "plus" to the list read before it', () => {
    expect(words('Keep the size, colour and price of each item, plus the supplier code.')).toEqual([
      'size',
      'colour',
      'price of item',
      'supplier code',
    ]);
  });

  it('reads a list after "headers" and drops the word for a column after a name', () => {
    expect(words('A sheet with headers Driver, Route, Stops.')).toEqual(['Driver', 'Route', 'Stops']);
    expect(words('A board with Title, Owner and Stage properties.')).toEqual(['Title', 'Owner', 'Stage']);
  });
});
