/**
 * A template's own fields never pad what the person said: when they list the values to read
 * out, the app reads those, not the template's defaults beside them; a default the text names
 * stays, and with nothing listed the template's defaults are kept. Wording written for this test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtAppSpec, openEvalSession, type EvalSession } from '../eval/planner/drive';

let session: EvalSession;
beforeAll(async () => {
  session = await openEvalSession();
});
afterAll(async () => {
  await session.close();
});

async function readOut(text: string) {
  const spec = await builtAppSpec(session, text);
  const read = spec.steps.flatMap((s) => (s.kind === 'extract' ? s.fields.map((f) => f.name) : []));
  const columns = spec.collections.flatMap((c) => c.fields.map((f) => f.name));
  return { spec, read, columns };
}

describe('a template’s default fields do not pad the ones the person lists', () => {
  it('a booking email read for guest, check-in and room is not also read for company, amount and due date', async () => {
    const { spec, read, columns } = await readOut(
      'I paste a booking confirmation email and want the guest name, check-in date and room type saved as records.',
    );
    expect(spec.template).toBe('data-extractor');
    expect(read).toEqual(expect.arrayContaining(['guestName', 'checkInDate', 'roomType']));
    for (const name of ['company', 'contactName', 'amount', 'currency', 'dueDate']) {
      expect(read).not.toContain(name);
      expect(columns).not.toContain(name);
    }
  });

  it('a default the person also names stays beside their own', async () => {
    const { read } = await readOut(
      'I paste a booking confirmation email and want the guest name, check-in date and room type saved as records, and the company that booked.',
    );
    expect(read).toContain('company');
    expect(read).not.toContain('currency');
  });

  it('a bare "extract data from invoices" keeps the template’s own fields', async () => {
    const { spec, read } = await readOut('extract data from invoices I paste and keep them in a table');
    expect(spec.template).toBe('data-extractor');
    expect(read).toEqual(expect.arrayContaining(['company', 'amount', 'dueDate']));
  });

  it('call notes summarised with their decisions and action items do not also look for a next meeting date', async () => {
    const { spec, read } = await readOut(
      'paste the notes from a client call and summarise them: the decisions, open questions and the action items',
    );
    expect(spec.template).toBe('meeting-notes-summariser');
    expect(read).toContain('actionItems');
    expect(read).not.toContain('nextMeeting');
  });

  it('a value the person names like a column of the template’s own ("source") takes that name, the template’s column another', async () => {
    const { spec, read, columns } = await readOut(
      'website form lead -> log source and intent, assign owner by service area, send acknowledgement, create a callback task',
    );
    expect(read).toEqual(expect.arrayContaining(['source', 'intent']));
    expect(columns).toEqual(expect.arrayContaining(['source', 'sourceText']));
    expect(new Set(columns).size).toBe(columns.length);
    expect(spec.template).toBe('data-extractor');
  });
});
