/**
 * Values named as what a row's owner has ("the tenant's move-in date"), a bracket of a thing's
 * fields that trails off ("(city, zip code, phone, email…)"), and a written result of several
 * named parts, which the app shows part by part.
 */
import { describe, expect, it } from 'vitest';
import { composeApp } from '../../agent/planner/compose';
import { understandDescription } from '../../agent/planner/description';
import { saidFields } from '../../agent/planner/said-fields';

const words = (text: string) => saidFields(text).map((f) => f.words);

describe('values owned by a row', () => {
  it('reads what follows a possessive as values of the owner', () => {
    expect(words("Each month remind the tenant's emergency contact and check the tenant's move-in date.")).toEqual(
      expect.arrayContaining(['emergency contact', 'move-in date']),
    );
  });

  it('reads a name of two words or more after their or its', () => {
    expect(words('Warn me when a plant is past its watering interval.')).toContain('watering interval');
  });

  it('leaves out what holds values', () => {
    expect(words("Write the note back on the patient's row.")).not.toContain('row');
  });
});

describe('a bracket of fields trailing off', () => {
  it('lists the fields when two of them name kinds of value', () => {
    expect(words('Volunteers sign up on our sheet (city, start date, phone, email…) and we call them back.')).toEqual(
      expect.arrayContaining(['city', 'start date', 'email']),
    );
  });

  it('keeps a bracket of examples as examples', () => {
    expect(words('Sort our spending by category (rent, travel, software…) for the accountant.')).not.toContain('travel');
  });
});

describe('a written result of several parts', () => {
  it('shows each part, whether or not rows are kept', () => {
    const d = understandDescription('Paste a sales call transcript and give me a deal score, a short summary and the next step.');
    const app = composeApp(d, { text: null, image: null });
    const shown = (app.steps ?? []).flatMap((s) => (s.kind === 'extract' ? s.fields.map((f) => f.name) : []));
    expect(shown).toEqual(expect.arrayContaining(['dealScore', 'shortSummary', 'nextStep']));
  });
});
