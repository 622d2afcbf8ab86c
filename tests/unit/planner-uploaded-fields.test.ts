/**
 * What a person uploads, named in their words: each thing uploaded with its own determiner is
 * a document when a document is handed over ("upload our payroll export and the staff roster"),
 * a bare value said with it stays a value, a bracket naming a file format types the field, a
 * word in capitals stays in the name, and "the image" after "the cover image" is that image.
 */
import { describe, expect, it } from 'vitest';
import { composeApp } from '../../agent/planner/compose';
import { understandDescription } from '../../agent/planner/description';
import { inferFieldType } from '../../agent/planner/field-types';

const fields = (text: string) => understandDescription(text).fields;
const typeOf = (text: string, name: string) => fields(text).find((f) => f.name === name)?.type;

describe('uploaded fields', () => {
  it('makes each uploaded thing a document, called what the person calls it', () => {
    const text = 'Upload our payroll export (CSV) and the staff roster, and flag anyone paid twice.';
    expect(typeOf(text, 'payrollExport')).toBe('document');
    expect(typeOf(text, 'staffRoster')).toBe('document');
    const inputs = composeApp(understandDescription(text), { text: null, image: null }).inputs ?? [];
    // No extra generic upload beside the two named.
    expect(inputs.filter((f) => f.type === 'document').map((f) => f.name)).toEqual(['payrollExport', 'staffRoster']);
  });

  it('keeps a bare value said with an upload a value', () => {
    const text = 'Upload the floor plan PDF + room count and it writes a listing.';
    expect(typeOf(text, 'roomCount')).toBe('number');
  });

  it('types a field by a file format in brackets, never as choices', () => {
    expect(inferFieldType('site survey', 'pdf or image')).toEqual({ type: 'file', options: null });
    expect(inferFieldType('ledger', 'XLSX, last quarter')).toEqual({ type: 'file', options: null });
  });

  it('keeps a word in capitals in the name', () => {
    expect(fields('Upload our HR policy document and answer staff questions.').map((f) => f.name)).toContain('hrPolicyDocument');
  });

  it('reads "the image" after a named image as that image', () => {
    const images = fields('Write alt text from the cover image: upload the image + book title.').filter((f) => f.type === 'image');
    expect(images.map((f) => f.name)).toEqual(['coverImage']);
  });
});

describe('a possessive before what is uploaded', () => {
  it('names the upload by what follows the possessive, even a word the tagger reads as a verb', () => {
    expect(fields('Upload a tenant’s lease (PDF) and list the break clauses.').map((f) => f.name)).toContain('lease');
  });
});
