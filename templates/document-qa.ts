import type { AppTemplate } from '../agent/spec/app-template';

export const documentQa: AppTemplate = {
  id: 'document-qa',
  title: 'Document Q&A',
  summary:
    'Answers questions about your documents (contracts, manuals, handbooks, policies of hundreds of pages): upload them to the app once, and each answer cites the document and page it rests on.',
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
    'knowledge',
    'cite',
    'sources',
  ],
  spec: {
    specVersion: 1,
    name: 'Document Q&A',
    slug: 'document-qa',
    description:
      "Upload documents to the app's knowledge, then ask about them; answers cite the document and page of each passage they rest on.",
    // Only the most relevant passages reach the prompt; a long-context model still takes long ones whole.
    model: { model: 'gemini-3.1-pro-preview', options: { thinkingLevel: 'medium' } },
    inputs: [{ name: 'question', label: 'Question', type: 'text', required: true }],
    steps: [
      {
        id: 'find',
        title: 'Find the passages that answer it',
        kind: 'retrieve',
        query: '{{inputs.question}}',
        limit: 5,
      },
      {
        id: 'answer',
        title: 'Answer from the passages',
        kind: 'generate-text',
        system:
          'Answer only from the numbered passages. After each statement cite the passage it rests on as [n]. If the passages do not say, answer "The documents do not say."',
        prompt: 'Passages from the documents:\n{{steps.find.passages}}\n\nQuestion: {{inputs.question}}',
      },
    ],
  },
};
