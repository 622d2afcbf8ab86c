import { describe, expect, it } from 'vitest';
import { columnOwners } from '../../agent/planner/column-owners';
import { composeApp } from '../../agent/planner/compose';
import { understandDescription } from '../../agent/planner/description';
import { saidTables } from '../../agent/planner/said-tables';

const noModels = { text: null, image: null };

describe('things said to have a column of their own', () => {
  it.each([
    ['Gym classes (name, coach, room, start time), and venues have a capacity.', ['venue']],
    ['Orders: product, amount, date; supplier has a rating.', ['supplier']],
    ['Members (name, email, plan). trainers have a specialty and an hourly rate.', ['trainer']],
    ['Projects (name, owner, deadline); tasks belong to a project and have a due date.', ['task']],
    ['Loaner bikes for our members. Each loaner bike has a frame size; every booking has a pickup date.', ['loaner bike', 'booking']],
    ['Gym bookings (member, class, date). Classes have a coach and a capacity.', ['class']],
  ])('%s', (text, owners) => {
    expect(columnOwners(text)).toEqual(owners);
  });

  it.each([
    'The photo has a watermark in one corner; remove it.',
    'Our team has a weekly budget review.',
    'It has a friendly tone and no jargon.',
    'The post does not have a title.',
    'Expense report: each item has a cost and a date.',
    'Every line has a total and a tax rate.',
  ])('no owner when the subject is determined, any row at all, a pronoun or the clause is negated: %s', (text) => {
    expect(columnOwners(text)).toEqual([]);
  });

  it('keeps each owner as a table beside the ones said', () => {
    const d = understandDescription(
      'Venue bookings for our festival: venues (name, address, seats), bookings (band, venue, date, fee). rooms have a curfew.',
    );
    const app = composeApp(d, noModels);
    expect(app.collections?.map((c) => c.name)).toEqual(expect.arrayContaining(['venues', 'bookings', 'rooms']));
  });

  it('makes no table in a tool that keeps nothing', () => {
    const d = understandDescription('Write a product blurb from my notes. Each blurb has a headline and a call to action.');
    expect(composeApp(d, noModels).collections).toEqual([]);
  });
});

describe('a bracket of columns after a plural', () => {
  it('takes a column the grammar cannot read as written', () => {
    const tables = saidTables('Boat rentals: boats (hull number, seats how many, length), renters (name, phone, licence).');
    const boats = tables.find((t) => t.noun === 'boat');
    expect(boats?.columns.map((c) => c.words)).toHaveLength(3);
  });
});
