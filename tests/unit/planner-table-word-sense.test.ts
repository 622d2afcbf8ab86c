import { describe, expect, it } from 'vitest';
import { composeApp } from '../../agent/planner/compose';
import { understandDescription } from '../../agent/planner/description';
import { saidTables } from '../../agent/planner/said-tables';

const noModels = { text: null, image: null };
const tablesOf = (text: string) => composeApp(understandDescription(text), noModels).collections?.map((c) => c.name) ?? [];

describe('several tables, each named by a table word', () => {
  it.each([
    ['A members sheet with name, email and join date, and a payments sheet with member, amount and month.', ['members', 'payments']],
    ['Keep a vehicles table (plate, model, mileage) and a services table with vehicle, garage and cost.', ['vehicles', 'services']],
  ])('%s', (text, names) => {
    expect(tablesOf(text)).toEqual(expect.arrayContaining(names));
  });
});

describe('tables named beside the one whose new rows start a run', () => {
  it('keeps the other table too', () => {
    const text = 'When a new row is added to our orders sheet, write a thank-you email and log it in our outreach sheet.';
    expect(tablesOf(text)).toEqual(expect.arrayContaining(['orders', 'outreaches']));
  });
});

describe('a table word that is the shape of a result, not a table kept', () => {
  it.each([
    'From a course title and level, generate a revision sheet with twelve key facts.',
    'Write a one-page cheat sheet on our refund policy for new support staff.',
    'Read the two leases I upload and list the terms that changed in a table.',
    'Compare the quotes I paste and show the prices that differ in a spreadsheet.',
    'Draft a register of hazards for the site plan I describe, with likelihood and severity.',
    'Upload a tender document and get a table of requirements with owner and deadline.',
    'Every evening, summarise the chat transcripts of the day into a table with theme, mood and follow-up.',
    'Guests send feedback through a form. I want to see the feedback matching a room or a stay date in a table and draft a reply to each.',
  ])('%s', (text) => {
    expect(understandDescription(text).keepsRecords).toBe(false);
  });

  it('a keeping verb before the table still keeps it', () => {
    expect(understandDescription('Show me the overdue invoices and save them in a sheet.').keepsRecords).toBe(true);
  });
});

describe('columns said of a tool or of a result written', () => {
  it.each([
    'Gift idea generator: budget, age, hobbies; it suggests five gifts.',
    'From the product name and launch date, produce a checklist with owner, due date and status.',
  ])('%s', (text) => {
    expect(saidTables(text)).toEqual([]);
  });
});
