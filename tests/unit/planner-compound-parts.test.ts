/**
 * A word said only inside a longer name is no field of its own ("order number" gives no
 * "Number", "the tenant's email" no second "Email"); a word also said alone stays.
 */
import { describe, expect, it } from 'vitest';
import { understandDescription } from '../../agent/planner/description';

const names = (text: string) => understandDescription(text).fields.map((f) => f.name);

describe('parts of compound names', () => {
  it('keeps only the compound when the word is never said alone', () => {
    const said = names('I enter the tenant’s email, the unit and the monthly rent, and it drafts a renewal letter.');
    expect(said).toContain('tenantEmail');
    expect(said).not.toContain('email');
  });

  it('keeps a word that is also said on its own', () => {
    expect(names('A contact form: name, email, company name and message.')).toEqual(
      expect.arrayContaining(['name', 'email', 'companyName', 'message']),
    );
  });
});
