/**
 * Values the tool makes for each thing it handles: the object of a verb of writing or judging
 * comes back as a value, unless a person is the one writing or judging.
 */
import { describe, expect, it } from 'vitest';
import { saidFields } from '../../agent/planner/said-fields';

const returned = (text: string) =>
  saidFields(text)
    .filter((f) => f.returned)
    .map((f) => f.words);

describe('values the tool writes or judges', () => {
  it('reads what it writes or suggests for each thing as values handed back', () => {
    expect(returned('For every support ticket, draft a polite answer and suggest a tag.')).toEqual(['polite answer', 'tag']);
  });

  it('reads a bare noun after a judging verb as the value judged by', () => {
    expect(returned('The assistant reads each bug report, rates urgency, then files it.')).toEqual(['urgency']);
    expect(returned('Estimate effort for every task.')).toEqual(['effort']);
  });

  it('takes the thing judged for no value', () => {
    expect(returned('Score each applicant and rank the shortlist.')).toEqual([]);
  });

  it('leaves what a person writes to them', () => {
    expect(returned('After each site visit I write a short note.')).toEqual([]);
  });

  it('keeps a word hyphened to the next in the name', () => {
    expect(returned('Write a two-sentence abstract for every paper.')).toEqual(['two-sentence abstract']);
  });

  it('reads on past a bracketed remark', () => {
    expect(returned('Suggest a label (the team usually agrees, but not always) and a brief comment.')).toEqual(['label', 'brief comment']);
  });

  it('leaves out whom or what the value is for', () => {
    expect(returned('Write a friendly opening line for a sales email.')).toEqual(['friendly opening line']);
  });

  it('reads a describing word the tagger calls an adverb as part of the name', () => {
    expect(returned('Generate a short catchy headline.')).toEqual(['short catchy headline']);
  });
});

describe('values the tool finds out', () => {
  it('reads the object of a verb of finding out as values handed back', () => {
    expect(returned('When a supplier signs up, look up their country and tax number.')).toEqual(['country', 'tax number']);
    expect(returned('Identify the language and the tone of each message.')).toEqual(['language', 'tone of message']);
  });

  it('takes a pronoun standing alone for no value', () => {
    expect(returned('Work out them all.')).toEqual([]);
  });
});

describe('values looked for, worked out or told', () => {
  it('reads what a search looks for as values handed back', () => {
    expect(returned('Scan every lease for the break clause and the notice period.')).toEqual(['break clause', 'notice period']);
  });

  it('reads what it calculates or pulls out as values handed back', () => {
    expect(returned('Calculate the net weight of each crate.')).toEqual(['net weight of crate']);
    expect(returned('Read the minutes and pull out the decisions.')).toEqual(['decisions']);
    expect(returned('When a job closes, pull the billed hours.')).toEqual(['billed hours']);
  });

  it('reads what it tells or shows the person as values handed back', () => {
    expect(returned('Tell me the mood and the main request.')).toEqual(['mood', 'main request']);
    expect(returned('Show us the top seller.')).toEqual(['top seller']);
  });
});

describe('values each thing is marked with or given', () => {
  it('reads what each thing is labelled or tagged with as values handed back', () => {
    expect(returned('Tag every recipe with its cuisine.')).toEqual(['cuisine']);
  });

  it('reads what the tool gives each thing as values, not the thing', () => {
    expect(returned('Give every applicant a fit rating and a short reason.')).toEqual(['fit rating', 'short reason']);
  });
});

describe('names the tagger splits', () => {
  it('reads a verb-tagged word after a verb as describing the noun', () => {
    expect(returned('Predict churn risk for each account.')).toEqual(['churn risk']);
  });
});

describe('values the tool reads off', () => {
  it('reads what the tool itself reads as values handed back, not what it goes through one by one', () => {
    expect(returned('I photograph the meter and the app reads the meter number and the reading.')).toEqual(['meter number', 'reading']);
    expect(returned('The assistant reads every page.')).toEqual([]);
  });
});
