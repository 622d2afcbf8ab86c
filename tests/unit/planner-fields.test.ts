import { describe, expect, it } from 'vitest';
import { FieldInputSchema } from '../../agent/tools/spec-inputs';
import { extractFields, extractSingleField, withoutFieldLists } from '../../agent/planner/fields';

const brief = (text: string) => extractFields(text).map((f) => `${f.name}:${f.type}${f.options ? `[${f.options.join('|')}]` : ''}`);

describe('planner field extraction', () => {
  it.each([
    ['A lead tracker with fields name, email and company', ['name:text', 'email:email', 'company:text']],
    [
      'Draft replies to support tickets and keep the ticket, the customer email and the priority.',
      ['ticket:longText', 'customerEmail:email', 'priority:select[low|medium|high]'],
    ],
    [
      'track title, due date, owner and status (open, in progress, done) for each task',
      ['title:text', 'dueDate:date', 'owner:text', 'status:select[open|in progress|done]'],
    ],
    [
      'a form that asks for their name, email, website and a short message, then emails me',
      ['name:text', 'email:email', 'website:url', 'shortMessage:longText'],
    ],
    [
      'log each expense with amount, date, category (travel, meals, software) and receipt photo',
      ['amount:number', 'date:date', 'category:select[travel|meals|software]', 'receiptPhoto:image'],
    ],
    [
      'keep track of candidates: name, email, linkedin url, years of experience as a number',
      ['name:text', 'email:email', 'linkedinUrl:url', 'yearsOfExperience:number'],
    ],
    [
      'an intake form with fields company, website, budget and project type (website, app, branding)',
      ['company:text', 'website:url', 'budget:number', 'projectType:select[website|app|branding]'],
    ],
    ['visitors leave their name, email, phone and a message', ['name:text', 'email:email', 'phone:text', 'message:longText']],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
    for (const field of extractFields(text)) expect(FieldInputSchema.safeParse(field).success).toBe(true);
  });

  it('names no fields where none are listed', () => {
    for (const text of [
      'I need a tool that drafts LinkedIn posts with a matching image every Monday at 9',
      'Summarise meeting notes and save the summary',
      'Classify app store reviews as bug, praise or other',
      'keep track of progress',
    ]) {
      expect(brief(text)).toEqual([]);
    }
  });

  it('reads one field said on its own, with its type', () => {
    expect(extractSingleField('a priority field')).toMatchObject({ name: 'priority', type: 'select', options: ['low', 'medium', 'high'] });
    expect(extractSingleField('a field for due date')).toMatchObject({ name: 'dueDate', type: 'date' });
    expect(extractSingleField('an email field')).toMatchObject({ name: 'email', type: 'email' });
    expect(extractSingleField('a status field (new, won, lost)')).toMatchObject({
      name: 'status',
      type: 'select',
      options: ['new', 'won', 'lost'],
    });
    expect(extractSingleField('a paid checkbox')).toMatchObject({ name: 'paid', type: 'boolean', options: null });
  });

  it('leaves the field list out of what the tool is for', () => {
    expect(withoutFieldLists('Build me a lead tracker with fields name, email and company').trim()).toBe('Build me a lead tracker');
  });
});
