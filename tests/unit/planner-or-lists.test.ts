/**
 * Lists of fields joined by "or" and opened in prose: after names parted by a comma, "or" joins
 * the last one as "and" does ("patient, doctor or date"), while "the product or service" alone
 * stays one name; a lone noun a verb's list opens on is its first column; what the tool asks
 * about is a value it gathers, what people ask about is a topic.
 */
import { describe, expect, it } from 'vitest';
import { saidFields } from '../../agent/planner/said-fields';

const words = (text: string) => saidFields(text).map((f) => f.words);

describe('lists joined by "or"', () => {
  it('parts the last item of a comma list joined by "or"', () => {
    expect(words('Each visit has a patient, a doctor or a date.')).toEqual(expect.arrayContaining(['patient', 'doctor', 'date']));
    expect(words('The clerk applies a margin, an uplift or a discount.')).toEqual(['margin', 'uplift', 'discount']);
  });

  it('keeps one thing named two ways whole', () => {
    expect(words('I type the product or service and the target audience.')).toContain('product or service');
  });
});

describe('lists opened in prose', () => {
  it('takes the lone noun a verb list opens on as its first column', () => {
    expect(words('The technician sees model, repair, reserved parts and warehouse location on their tablet.')).toEqual([
      'model',
      'repair',
      'reserved parts',
      'warehouse location',
    ]);
  });

  it('reads what the tool asks about, not what people ask about', () => {
    expect(words('Always ask about dietary restrictions and allergies.')).toEqual(['dietary restrictions', 'allergies']);
    expect(words('People ask about our opening hours.')).toEqual([]);
  });
});

describe('a bracket of columns with a clause after a semicolon', () => {
  it('reads the columns before the semicolon and the clause after it', () => {
    expect(
      words(
        'Users are customers, delivery people or admins (name, phone, verified document; couriers have a base area and an is-available flag).',
      ),
    ).toEqual(expect.arrayContaining(['name', 'phone', 'verified document', 'base area', 'is-available flag']));
  });
});
