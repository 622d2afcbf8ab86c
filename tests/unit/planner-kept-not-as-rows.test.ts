import { describe, expect, it } from 'vitest';
import { understandDescription } from '../../agent/planner/description';
import { readTokens } from '../../agent/planner/language';
import { keepStores, logsIn } from '../../agent/planner/keep-sense';

const keeps = (text: string) => understandDescription(text).keepsRecords;

describe('a file saved where files are kept is no row', () => {
  it.each([
    'Write the weekly newsletter from my bullet points and save it to the shared Drive folder.',
    'Turn the interview recording I upload into a transcript and store it as a Google Doc.',
    'Blur faces in the photos I upload and save each one in our Dropbox.',
  ])('%s', (text) => {
    expect(keeps(text)).toBe(false);
  });

  it('a table in the same place still keeps rows', () => {
    expect(keeps('Read each receipt I upload and save it to the expenses sheet in our Drive folder.')).toBe(true);
  });
});

describe('"keep" with a limit is about the writing', () => {
  const at = (text: string) => {
    const tokens = readTokens(text);
    return keepStores(
      tokens,
      tokens.findIndex((t) => t.lemma === 'keep'),
    );
  };
  it.each(['Summarise each chapter; keep every summary to one paragraph.', 'Keep all answers under 80 words.'])('%s', (text) => {
    expect(at(text)).toBe(false);
  });

  it('without a limit, "keep all" stores', () => {
    expect(at('Keep all answers with the question and the date.')).toBe(true);
  });
});

describe('"log into" a place is getting in', () => {
  const at = (text: string) => {
    const tokens = readTokens(text);
    return logsIn(
      tokens,
      tokens.findIndex((t) => t.lemma === 'log'),
    );
  };
  it('into a portal', () => {
    expect(at('Log into the carrier portal every morning and download the new manifests.')).toBe(true);
  });

  it('into a sheet it is logging rows', () => {
    expect(at('Log into the returns sheet each parcel we send back.')).toBe(false);
  });
});

describe('a subject that denies the keeping', () => {
  it('"nothing is saved until …" keeps no rows', () => {
    const tokens = readTokens('Show the draft to the nurse; nothing is saved to the record until she approves.');
    expect(
      keepStores(
        tokens,
        tokens.findIndex((t) => t.lemma === 'save'),
      ),
    ).toBe(false);
  });
});

describe('a title before a colon', () => {
  it('a schedule after the colon opens a clause, not a list of columns', () => {
    expect(keeps('Garden club: every Sunday, remind members whose plots need watering, with plot number and crop.')).toBe(false);
  });
});

describe('what the answer holds, or a file handed over, is no table', () => {
  it('"Return: …" after a sentence lists what comes back', () => {
    const d = understandDescription(
      'Staff upload a lease and it checks it against our house rules. return: landlord, rent, deposit, notice period and break clause.',
    );
    expect(d.keepsRecords).toBe(false);
    expect(d.tables).toEqual([]);
  });

  it('a plural heading still names rows', () => {
    expect(understandDescription('Returns: order number, reason, condition and refund amount.').keepsRecords).toBe(true);
  });

  it('a completed form uploaded is handed over, not the app', () => {
    const d = understandDescription("Staff upload a tenant's completed intake form and it lists what is missing.");
    expect(d.recordsApp).toBe(false);
  });
});
