/**
 * Files handed over in other words: the tool as the receiver right after the verb ("give it a
 * deck"), verbs of handing and bringing, the builders' "X in, Y out", a scan kept as a PDF
 * (a document, not a photo), and a chart shown in an image (a photo, not a document); files
 * that come attached to mail or are read are given, files the tool makes or posts are not.
 */
import { describe, expect, it } from 'vitest';
import { givenInputs } from '../../agent/planner/given-inputs';

describe('files handed over', () => {
  it.each([
    'Give it a slide deck and it drafts the speaker notes.',
    'Hand the tool a research paper and get a plain summary.',
    'Bring a resume and the job ad; get interview questions.',
    'Feed it our staff handbook and quiz new hires on it.',
    'Contract in, list of risks out.',
    'Suppliers send statements (PDF scans) and we need the balances.',
    'Upload a scanned lease and list the tenant duties.',
  ])('reads a document given in "%s"', (text) => {
    const given = givenInputs(text);
    expect(given.document).toBe(true);
    expect(given.photo).toBe(false);
  });

  it.each([
    'Screenshot in, bug report out.',
    'Give it a photo of a rash and it lists questions for the doctor.',
    'Drop in an image of a chart and get the numbers back as a table.',
  ])('reads a photo given in "%s"', (text) => {
    const given = givenInputs(text);
    expect(given.photo).toBe(true);
    expect(given.document).toBe(false);
  });

  it.each([
    'Vendor emails arrive with contracts and signed forms; check what each one is.',
    'Go through the files and photos each claim comes with: read the documents and rate the risk.',
    'Applicants give us their resume and a cover note; score the fit.',
  ])('reads documents that come in with mail or from others in "%s"', (text) => {
    expect(givenInputs(text).document).toBe(true);
  });

  it.each([
    'Each Monday send every store manager a one-page PDF summary of last week.',
    'Build a branded PDF quote from the items picked and email it to the buyer.',
    'Write the result into the team’s running notes doc.',
    'Post a revenue report in Slack on the first of the month.',
  ])('reads a file the tool makes or sends on, not one handed over, in "%s"', (text) => {
    expect(givenInputs(text).document).toBe(false);
  });

  it.each(['Give me a summary of the quarter in two paragraphs.', 'Plug in a topic and get a blog outline.'])(
    'reads nothing handed over in "%s"',
    (text) => {
      expect(givenInputs(text)).toMatchObject({ photo: false, document: false });
    },
  );
});
