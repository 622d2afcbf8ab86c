import type { AppTemplate } from '../agent/spec/app-template';

export const documentQa: AppTemplate = {
  id: 'document-qa',
  title: 'Long-document Q&A',
  summary:
    'Answers questions about a long document (contracts, manuals, reports of hundreds of pages) with quotes, using a 1M-token-context model.',
  category: 'text',
  keywords: [
    'question',
    'answer',
    'q&a',
    'qa',
    'ask',
    'long',
    'document',
    'contract',
    'manual',
    'pdf',
    'handbook',
    'policy',
    'context',
    'chat with',
    'research',
  ],
  spec: {
    specVersion: 1,
    name: 'Long-document Q&A',
    slug: 'document-qa',
    description: 'Paste a long document and ask about it; answers quote the passages they rest on.',
    // 1,048,576-token context window: whole contracts and manuals fit in one prompt.
    model: { model: 'gemini-3.1-pro-preview', options: { thinkingLevel: 'medium' } },
    inputs: [
      { name: 'document', label: 'Document', type: 'longText', required: true, help: 'Up to about 700,000 words.' },
      { name: 'question', label: 'Question', type: 'text', required: true },
    ],
    steps: [
      {
        id: 'answer',
        title: 'Answer from the document',
        kind: 'generate-text',
        system:
          'Answer only from the document. Quote the passages you rely on, with their section or page. If the document does not say, answer "The document does not say."',
        prompt: 'Document:\n{{inputs.document}}\n\nQuestion: {{inputs.question}}',
      },
    ],
  },
};
