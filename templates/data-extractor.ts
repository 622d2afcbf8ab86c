import type { AppTemplate } from '../agent/spec/app-template';

export const dataExtractor: AppTemplate = {
  id: 'data-extractor',
  title: 'Data extractor',
  summary: 'Pulls typed fields (company, contact, amount, dates) out of pasted text such as emails or invoices and saves them as records.',
  category: 'extract',
  keywords: ['extract', 'parse', 'pull', 'fields', 'invoice', 'receipt', 'order', 'email', 'form', 'data entry', 'structured', 'records', 'table', 'capture'],
  spec: {
    specVersion: 1,
    name: 'Data extractor',
    slug: 'data-extractor',
    description: 'Paste an email, invoice or order; the fields land in a table, ready to check.',
    model: { model: 'gemini-3-flash-preview', options: { temperature: 0 } },
    inputs: [{ name: 'text', label: 'Text to read', type: 'longText', required: true }],
    steps: [
      {
        id: 'fields',
        title: 'Extract the fields',
        kind: 'extract',
        prompt: 'Extract these fields from the text. Leave a field empty when the text does not state it.\n\n{{inputs.text}}',
        fields: [
          { name: 'company', label: 'Company', type: 'text' },
          { name: 'contactName', label: 'Contact name', type: 'text' },
          { name: 'email', label: 'Email', type: 'email' },
          { name: 'amount', label: 'Amount', type: 'number', help: 'Total amount without currency symbol.' },
          { name: 'currency', label: 'Currency', type: 'text', help: 'ISO code such as EUR or USD.' },
          { name: 'dueDate', label: 'Due date', type: 'date' },
        ],
      },
      {
        id: 'save',
        title: 'Save the record',
        kind: 'save-record',
        collection: 'entries',
        values: [
          { name: 'company', value: '{{steps.fields.company}}' },
          { name: 'contactName', value: '{{steps.fields.contactName}}' },
          { name: 'email', value: '{{steps.fields.email}}' },
          { name: 'amount', value: '{{steps.fields.amount}}' },
          { name: 'currency', value: '{{steps.fields.currency}}' },
          { name: 'dueDate', value: '{{steps.fields.dueDate}}' },
          { name: 'source', value: '{{inputs.text}}' },
        ],
      },
    ],
    collections: [
      {
        name: 'entries',
        label: 'Extracted entries',
        fields: [
          { name: 'company', label: 'Company', type: 'text' },
          { name: 'contactName', label: 'Contact', type: 'text' },
          { name: 'email', label: 'Email', type: 'email' },
          { name: 'amount', label: 'Amount', type: 'number' },
          { name: 'currency', label: 'Currency', type: 'text' },
          { name: 'dueDate', label: 'Due date', type: 'date' },
          { name: 'source', label: 'Source text', type: 'longText' },
        ],
      },
    ],
  },
};
