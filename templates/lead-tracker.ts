import type { AppTemplate } from '../agent/spec/app-template';

const SEGMENTS = ['enterprise', 'mid-market', 'small business', 'not a fit'];

export const leadTracker: AppTemplate = {
  id: 'lead-tracker',
  title: 'Lead tracker with AI enrichment',
  summary: 'A lightweight CRM: add a lead, get it enriched (industry, size, fit score, segment, next step) and tracked in a table.',
  category: 'records',
  keywords: ['lead', 'leads', 'crm', 'sales', 'prospect', 'pipeline', 'contact', 'account', 'enrich', 'enrichment', 'qualify', 'score', 'deal', 'tracker'],
  spec: {
    specVersion: 1,
    name: 'Lead tracker',
    slug: 'lead-tracker',
    description: 'Every lead enriched by AI and kept in one table with its status.',
    model: { model: 'gemini-3-flash-preview', options: {} },
    inputs: [
      { name: 'name', label: 'Name', type: 'text', required: true },
      { name: 'company', label: 'Company', type: 'text', required: true },
      { name: 'email', label: 'Email', type: 'email' },
      { name: 'website', label: 'Website', type: 'url' },
      { name: 'notes', label: 'What we know', type: 'longText', help: 'Where you met, what they asked for.' },
    ],
    steps: [
      {
        id: 'enrich',
        title: 'Enrich the lead',
        kind: 'extract',
        prompt:
          'From what we know about {{inputs.name}} at {{inputs.company}} ({{inputs.website}}), estimate:\n\n{{inputs.notes}}',
        fields: [
          { name: 'industry', label: 'Industry', type: 'text' },
          { name: 'companySize', label: 'Company size', type: 'select', options: ['1-10', '11-50', '51-200', '201-1000', '1000+'] },
          { name: 'fitScore', label: 'Fit score (0-100)', type: 'number' },
          { name: 'nextStep', label: 'Suggested next step', type: 'text' },
        ],
      },
      {
        id: 'segment',
        title: 'Segment',
        kind: 'classify',
        prompt: 'Which sales segment is {{inputs.company}} ({{steps.enrich.companySize}} people, {{steps.enrich.industry}})?',
        labels: SEGMENTS,
      },
      {
        id: 'save',
        title: 'Add to the pipeline',
        kind: 'save-record',
        collection: 'leads',
        values: [
          { name: 'name', value: '{{inputs.name}}' },
          { name: 'company', value: '{{inputs.company}}' },
          { name: 'email', value: '{{inputs.email}}' },
          { name: 'website', value: '{{inputs.website}}' },
          { name: 'industry', value: '{{steps.enrich.industry}}' },
          { name: 'fitScore', value: '{{steps.enrich.fitScore}}' },
          { name: 'segment', value: '{{steps.segment.label}}' },
          { name: 'nextStep', value: '{{steps.enrich.nextStep}}' },
          { name: 'status', value: 'new' },
        ],
      },
    ],
    collections: [
      {
        name: 'leads',
        label: 'Leads',
        fields: [
          { name: 'name', label: 'Name', type: 'text', required: true },
          { name: 'company', label: 'Company', type: 'text', required: true },
          { name: 'email', label: 'Email', type: 'email' },
          { name: 'website', label: 'Website', type: 'url' },
          { name: 'industry', label: 'Industry', type: 'text' },
          { name: 'fitScore', label: 'Fit score', type: 'number' },
          { name: 'segment', label: 'Segment', type: 'select', options: SEGMENTS },
          { name: 'nextStep', label: 'Next step', type: 'text' },
          { name: 'status', label: 'Status', type: 'select', options: ['new', 'contacted', 'meeting', 'won', 'lost'] },
        ],
      },
    ],
    access: { level: 'workspace' },
  },
};
