/**
 * With no name, job or template to go by, an app's name still says what kind of tool it is:
 * one that reads values out of a photo or sorts messages is not a "Writing assistant".
 * Wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import { appName } from '../../agent/planner/app-name';
import { understandDescription } from '../../agent/planner/description';

const named = (text: string) => appName(understandDescription(text), null);

describe('the fallback name follows what the tool hands back', () => {
  it('names a tool that reads values out of a photo an extractor', () => {
    expect(named('need something where my techs snap a picture of a boiler nameplate and it pulls the make, model, serial and year')).toBe(
      'Data extractor',
    );
  });

  it('names a tool that sorts into groups a classifier', () => {
    const d = understandDescription('bucket each message that reaches us into billing, bugs or praise');
    expect(d.labels).not.toBeNull();
    expect(appName(d, null)).toBe('Classifier');
  });

  it('still names a writing tool a writing assistant', () => {
    expect(named('help me say no politely to people who ask me for favours')).toBe('Writing assistant');
  });
});

describe('names the person gave the tool', () => {
  it('takes the tool noun a description opens with', () => {
    expect(named('Used van deal checker. Inputs: asking price, mileage, year. Verdict: buy or walk away.')).toBe('Used van deal checker');
  });

  it('leaves "every" out of a name made from the job', () => {
    expect(named('At the farm shop I want to log every egg delivery: farm, trays, date.')).toBe('Egg delivery log');
  });
});

describe('a sentence is no name', () => {
  it('does not take "I want to log" for the tool noun', () => {
    expect(named('I want to log every egg delivery: farm, trays, date.')).toBe('Egg delivery log');
  });
});

describe('a tool word used as a verb is no name', () => {
  it('does not take "a place to log" for the tool noun', () => {
    expect(named('a place to log customer complaints: customer, product, what went wrong, date')).toBe('Customer complaint log');
  });

  it('leaves the person it is for out of a name made from the job', () => {
    expect(named('make me a logo for my bakery from the name and two colours')).toBe('Logo maker');
  });
});

describe('the deliverable handed back names the tool', () => {
  it('names a tool from what it gives back', () => {
    expect(named('upload a photo of a teapot and get a product description')).toBe('Product description writer');
  });
});

describe('an opening sentence is no tool name', () => {
  it.each(['I need a bot.', 'Make me a tracker', 'Build a dashboard!'])('%s', (text) => {
    expect(named(text).toLowerCase()).not.toBe(text.replace(/[.!]$/, '').toLowerCase());
  });
});
