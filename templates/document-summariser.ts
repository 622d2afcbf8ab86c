import type { AppTemplate } from '../agent/spec/app-template';

export const documentSummariser: AppTemplate = {
  id: 'document-summariser',
  title: 'Document summariser',
  summary: 'Summarises a pasted document (report, article, policy) at the length and for the reader you choose.',
  category: 'text',
  keywords: [
    'document',
    'summary',
    'summarise',
    'summarize',
    'tldr',
    'report',
    'article',
    'policy',
    'brief',
    'condense',
    'shorten',
    'key points',
  ],
  spec: {
    specVersion: 1,
    name: 'Document summariser',
    slug: 'document-summariser',
    description: 'A TL;DR and key points of any pasted document, for a chosen audience.',
    model: { model: 'gemini-3-flash-preview', options: {} },
    inputs: [
      { name: 'document', label: 'Document', type: 'longText', required: true },
      { name: 'audience', label: 'Written for', type: 'select', options: ['executives', 'the team', 'customers'] },
      { name: 'length', label: 'Length', type: 'select', options: ['one paragraph', 'one page'] },
    ],
    steps: [
      {
        id: 'summary',
        title: 'Summarise',
        kind: 'generate-text',
        system: 'Summaries are faithful: no facts that are not in the document. Start with a one-sentence TL;DR.',
        prompt: 'Summarise this document for {{inputs.audience}} in {{inputs.length}}, then list the key points.\n\n{{inputs.document}}',
      },
    ],
  },
};
