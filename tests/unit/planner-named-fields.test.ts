/**
 * The fields and tables a description names, as the composed app holds them: what the person
 * hands over is the form, what the tool hands back is read out (never a form input), uploads
 * and reading inputs are called what the person calls them, and words that only look like
 * tables or fields (a balance sheet, "saved as PNG", examples) make none.
 */
import { describe, expect, it } from 'vitest';
import { composeApp } from '../../agent/planner/compose';
import { understandDescription } from '../../agent/planner/description';
import { keptRecords } from '../../agent/planner/record-tables';
import { saidFields } from '../../agent/planner/said-fields';
import { CreateAppInputSchema } from '../../agent/tools/create-app';

function compose(text: string) {
  const app = composeApp(understandDescription(text), { text: null, image: null });
  expect(CreateAppInputSchema.safeParse(app).success).toBe(true);
  const extracted = (app.steps ?? []).flatMap((s) => (s.kind === 'extract' ? s.fields.map((f) => f.name) : []));
  return { app, inputs: (app.inputs ?? []).map((f) => f.name), extracted, tables: (app.collections ?? []).map((c) => c.name) };
}

describe('fields the person named', () => {
  it('reads a plural the tagger takes for a verb as an item of the list ("dietary needs and table number")', () => {
    const { inputs } = compose('Guest list for our party: first name, last name, email, dietary needs and table number.');
    expect(inputs).toEqual(expect.arrayContaining(['dietaryNeeds', 'tableNumber']));
    expect(inputs).not.toContain('dietary');
  });

  it('reads a plural the tagger takes for a verb after another plural of the list ("malts, hops with …")', () => {
    const said = saidFields('Beer log: batch, malts, hops with bitterness and boil time, yeast, gravity.').map((f) => f.words);
    expect(said).toContain('hops');
    // A clause of someone doing things stays one: "someone reviews, approves" names no fields.
    expect(saidFields('upload the invoices, someone reviews, approves, then exports them').map((f) => f.words)).not.toContain('approves');
  });

  it('reads what comes back out of a data result and never asks for it in the form', () => {
    const { inputs, extracted } = compose(
      'Before strategy decks go to the board, check whether the text was AI-generated: paste the text, get an overall score and a verdict.',
    );
    expect(extracted).toEqual(expect.arrayContaining(['overallScore', 'verdict']));
    expect(inputs).not.toContain('overallScore');
    expect(inputs).not.toContain('verdict');
  });

  it('keeps parts of a written result out of the form ("it gives me key messages, slogans…")', () => {
    const { inputs } = compose(
      'Ad campaign planner. I type the product or service and the target audience (e.g. young adults aged 18-30) and it gives me key messages, slogans and media channels.',
    );
    expect(inputs).toEqual(['productOrService', 'targetAudience']);
  });

  it('reads column names a tagger splits: particles, participles, lone nouns amid a list', () => {
    const d = understandDescription(
      'Warranty claims tracker. Each claim: claim ref, customer, make, model, purchased on, due on, estimated delivery date, assigned to, permit fees.',
    );
    expect(d.fields.map((f) => f.name)).toEqual(
      expect.arrayContaining(['claimRef', 'model', 'purchasedOn', 'dueOn', 'estimatedDeliveryDate', 'assignedTo', 'permitFees']),
    );
  });

  it('reads the parts a bracket lists and leaves a bracket of examples alone', () => {
    const parts = understandDescription(
      'I send a resume, it pulls out personal info (name, address, email, github), education and projects',
    );
    expect(parts.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['name', 'address', 'email', 'github', 'education']));
    const examples = understandDescription(
      'I give it a rough idea of a scene and it writes a description that will inspire an image (futuristic cities, surreal landscapes, that kind of thing).',
    );
    expect(examples.fields.map((f) => f.name)).not.toContain('futuristicCities');
  });

  it('makes no fields of a choice field’s choices or of the days it runs', () => {
    const choices = understandDescription(
      'Suggest a priority (Low, Medium, High, Critical) for each ticket from its keywords, sentiment and urgency.',
    );
    expect(choices.fields.map((f) => f.name)).not.toContain('low');
    const days = understandDescription('Social posts for X and LinkedIn with images, every Tuesday and Thursday at 10:30');
    expect(days.fields.map((f) => f.name)).not.toContain('tuesday');
  });

  it('calls an upload and a text to read what the person calls them', () => {
    expect(compose('Upload a candidate’s resume (PDF) and get a match score, strengths and gaps.').inputs).toContain('resume');
    expect(compose('Send a photo of the receipt and extract the vendor, date and amount.').inputs).toContain('receiptPhoto');
    expect(compose('convert code from any language to python with comments explaining it').inputs).toEqual(['code']);
  });
});

describe('tables the person named', () => {
  it.each([
    ['fetch P&L, balance sheet and cash flow from QuickBooks and write an executive summary'],
    ['I upload an image, it comes back with the background removed and a bit of padding, saved as PNG'],
    ['need a background remover for our product catalog photos'],
    ['Reconcile them into one calibrated hiring scorecard: score per competency and a recommendation.'],
    ['Each time I add a row, send the prompt to Gemini and save the answer in the response column of that same row.'],
  ])('keeps no table for "%s"', (text) => {
    expect(keptRecords(text).keeps).toBe(false);
  });

  it('names no rows for what is left over or for going on doing something', () => {
    const d = understandDescription(
      'monitor reddit for my brand. then keep scanning, dedupe posts, alert me on urgent stuff and archive the rest, and send me a daily digest',
    );
    expect(d.recordNoun).not.toBe('rest');
    expect(d.recordNoun).not.toBe('scanning');
  });

  it('keeps the records an app is named for, or made in a named place', () => {
    // The rows the app is named for, with or without the word before them.
    expect(compose('Expense claims app: each item has a description, price and category, and a manager approves it.').tables).toEqual([
      expect.stringMatching(/^(?:expenseC|c)laims$/),
    ]);
    expect(keptRecords('Read every reply to our campaign. If the person wants a meeting, create a deal for them in Pipedrive.').noun).toBe(
      'deal',
    );
    expect(keptRecords('Read every reply and create a reply for each one in Gmail.').keeps).toBe(false);
  });

  it('keeps the rows a status belongs to, not the status', () => {
    expect(keptRecords('We need to track vaccine status on each patient and print reminder letters.').noun).toBe('patient');
    expect(keptRecords('Track the status of each application.').noun).toBe('application');
    const said = keptRecords('Residents apply for a permit online and track the status.');
    expect([said.keeps, said.noun]).toEqual([true, null]);
  });
});
