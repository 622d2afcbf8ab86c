import { describe, expect, it } from 'vitest';
import { describeByRules, understandDescription } from '../../agent/planner/description';
import { readSentences } from '../../agent/planner/language';
import { openingRows } from '../../agent/planner/opening-title';
import { saidTables } from '../../agent/planner/said-tables';
import { storesNothing } from '../../agent/planner/stores-nothing';

describe('rows named by the title of a description that asks for records', () => {
  it.each([
    [
      'Incident reports for our after-school club: date and time, location, the child’s full name, staff member on duty, what happened, injuries, first aid given, whether parents were told. Managers review each one and add follow-up notes, and we pull them up by child when inspectors visit.',
      'incident report',
    ],
    [
      'Accident reports for the depot: date, driver, vehicle, where it happened, damage, photos, police reference. The fleet manager reviews each one, sets a status and sees them all by vehicle.',
      'accident report',
    ],
  ])('%s → %s', (text, noun) => {
    const d = understandDescription(text);
    expect(d.keepsRecords).toBe(true);
    expect(d.recordNoun).toBe(noun);
  });

  it('a form titled by what each one records keeps those, on words that lean less far toward tables', () => {
    const d = understandDescription(
      'Vehicle damage form for our drivers: date, vehicle plate, driver, what happened, photos of the damage, estimated cost.',
    );
    expect(d.keepsRecords).toBe(true);
    expect(d.recordNoun).toBe('vehicle damage');
    expect(openingRows(readSentences('Incident report form for the plant: name, shift, what happened.')[0]!.tokens)).toEqual({
      rows: 'incident report',
      form: true,
      end: 3,
    });
  });

  it.each([
    // Words that lean barely toward tables: a form filled in is kept all the same.
    ['ladder inspection form when a crew signs one out: ladder id, feet ok, rungs ok, inspector', 'ladder inspection'],
    ['boat hire booking for our lake kiosk: name, phone, boat, hours', 'boat hire booking'],
    ['opening checklist for the bar - lights, till float, fridge temps, who opened', 'opening checklist'],
    ['kayak reservation page for the club: member, date, boat size', 'kayak reservation'],
    ['museum trip permission slip: pupil, class, parent phone, allergies', 'trip permission slip'],
    ['ladder inspection record per site: ladder id, inspector, date, defects', 'ladder inspection'],
  ])('a title of something filled in keeps each one: %s', (text, noun) => {
    const d = understandDescription(text);
    expect(d.keepsRecords).toBe(true);
    expect(d.recordNoun).toBe(noun);
  });

  it('a form titled by how people reach us names no rows: "Contact form for our site"', () => {
    expect(openingRows(readSentences('Contact form for our site: name, email, message.')[0]!.tokens)).toBeNull();
    expect(understandDescription('Contact form for our site: name, email, message.').keepsRecords).toBe(false);
  });

  it('an amount opening the description is no title: "lots of orders reach us"', () => {
    expect(openingRows(readSentences('lots of orders reach us by email, and I want a summary of each one')[0]!.tokens)).toBeNull();
  });
});

describe('a ledger titled with where it is kept', () => {
  it('"Hardware register for IT: …" keeps a hardware register, though the tagger reads "register" as a verb', () => {
    const d = understandDescription('Hardware register for IT: asset tag, serial number, model, owner, status.');
    expect(d.keepsRecords).toBe(true);
    expect(d.recordNoun).toBe('hardware register');
  });

  it('a place joined to the title by "and" before the colon is not a table of its own', () => {
    const text = 'visitor log across our offices and client sites: visitor name, company, host, time in, time out';
    expect(saidTables(text)).toEqual([]);
    expect(understandDescription(text).recordNoun).toBe('visitor log');
  });
});

describe('nothing stored, said outright', () => {
  it.each(["don't store anything", 'No need to save anything for now.', 'Don’t store any data.', 'we never keep anything'])(
    'stores nothing: %s',
    (text) => {
      expect(storesNothing(text)).toBe(true);
    },
  );

  it.each(["Don't store the PDF contents anywhere long term.", 'store anything we get in the log'])('still may keep rows: %s', (text) => {
    expect(storesNothing(text)).toBe(false);
  });

  it('keeps no table though the words lean toward records', () => {
    const d = understandDescription(
      'I type in the client name, week start date, what I got done, hours logged and blockers, and it builds a tidy weekly client report. Don’t store anything.',
    );
    expect(d.keepsRecords).toBe(false);
    expect(d.recordNoun).toBeNull();
  });
});

describe('words that only look like a table', () => {
  it('"End of each month: occupancy, ADR, …" says when, not what a row is', () => {
    const d = understandDescription('End of each quarter: revenue, churn, new logos and top support themes, emailed to the board.');
    expect(d.recordNoun).not.toBe('end');
  });

  it('a table word between its subject and object is the verb: "the nurse records a short handover note"', () => {
    const d = understandDescription('the nurse records a short handover note after each shift and it writes the summary for the next one');
    expect(d.recordNoun).not.toBe('nurse');
    expect(d.joined).not.toContain('nurse');
  });

  it('"the deal record" is still a row kept', () => {
    expect(understandDescription('when a call ends, add the notes to the deal record').recordNoun).toBe('deal');
  });
});

describe('a title joined to its place keeps the columns', () => {
  it.each([
    ['visitor register for the workshop: name, company, time in, time out', 'visitor register'],
    ['morning safety checklist for the warehouse with shift, date, inspector and notes', 'morning safety checklist'],
  ])('%s → rows of %s, no table of the place', (text, noun) => {
    const d = understandDescription(text);
    expect(d.recordNoun).toBe(noun);
    expect(d.tables).toEqual([]);
  });

  it('"For each vehicle: …" still names the rows it opens', () => {
    expect(saidTables('For each vehicle: plate, make, model').map((t) => t.noun)).toEqual(['vehicle']);
  });
});

describe('a form titled by a kind of writing is filled in, not written', () => {
  it('"accident report form for the depot: …" hands back the rows filled in, by the rules alone', () => {
    const d = describeByRules('accident report form for the depot: driver name, vehicle, time, what happened and photos');
    expect(d.keepsRecords).toBe(true);
    expect(d.structured).toBe(true);
  });
});
