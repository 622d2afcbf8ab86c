/** Which files a description hands the tool, and which ones the tool makes or sends on. */
import { describe, expect, it } from 'vitest';
import { givenInputs } from '../../agent/planner/given-inputs';

describe('a document handed over', () => {
  it.each([
    'Upload the tenancy paperwork and list every date I must act on.',
    'I look over every quote before signing. I want to upload it and hear what to watch for.',
    'Let the branches upload what they collect so the office can check it.',
    'Our agency gets 200 CVs a week; sort them by seniority.',
    'Applicants mail their résumés to the jobs inbox and each one lands on the board.',
    'Each incoming CV gets a short fit note.',
    'when a supplier email arrives, save the PDF and pull out the total',
  ])('is given: "%s"', (text) => {
    expect(givenInputs(text).document).toBe(true);
  });

  it.each([
    'Gather the sprint notes into a planning doc every Thursday.',
    'Make a briefing doc for each new client from my outline.',
    'I paste a job ad and get an answer letter, downloadable as Word or PDF.',
    'Email the auditors a ledger dump every quarter, as a spreadsheet file and a CSV.',
    'I drop in the raw video file of a lecture and get chapter titles.',
    'I will upload the voice recording of the call.',
    'Work out each pupil’s average and send each family a progress report card.',
    'Every Friday at 4pm send the sales report email to the board.',
    'Plan the week (send the monthly report, chase late payers, book the van).',
  ])('is not: "%s"', (text) => {
    expect(givenInputs(text).document).toBe(false);
  });
});

describe('a photo handed over', () => {
  it('a product shot uploaded is a photo, not a document', () => {
    const given = givenInputs('upload a studio shot of the vase and give it a plain grey backdrop');
    expect(given.photo).toBe(true);
    expect(given.document).toBe(false);
  });

  it('"let me drop in" hands photos over', () => {
    expect(givenInputs('let me drop in a few room photos and describe the style').photo).toBe(true);
  });

  it.each(['supplier price sheets (PDF or scanned) into rows', 'customers attach their files (pdfs, scans, anything) and we file them'])(
    'a scan kept as a document is no photo: "%s"',
    (text) => {
      expect(givenInputs(text).photo).toBe(false);
    },
  );

  it('photo uploads named as a noun are no document', () => {
    expect(givenInputs('a signup form with name, date and profile photo uploads').document).toBe(false);
  });
});
