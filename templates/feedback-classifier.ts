import type { AppTemplate } from '../agent/spec/app-template';

const TOPICS = ['pricing', 'usability', 'performance', 'reliability', 'feature request', 'support', 'other'];

export const feedbackClassifier: AppTemplate = {
  id: 'feedback-classifier',
  title: 'Feedback and review classifier',
  summary: 'Tags each piece of customer feedback or app review with sentiment and topic, summarises it in a line and stores it.',
  category: 'classify',
  keywords: [
    'feedback',
    'review',
    'classify',
    'categorise',
    'categorize',
    'sentiment',
    'tag',
    'label',
    'nps',
    'survey',
    'app store',
    'triage',
    'sort',
  ],
  spec: {
    specVersion: 1,
    name: 'Feedback classifier',
    slug: 'feedback-classifier',
    description: 'Sentiment, topic and a one-line summary for every piece of feedback, kept in a table.',
    model: { model: 'gemini-2.5-flash-lite', options: { temperature: 0 } },
    inputs: [
      { name: 'feedback', label: 'Feedback or review', type: 'longText', required: true },
      { name: 'source', label: 'Source', type: 'select', options: ['app store', 'email', 'survey', 'social', 'sales call'] },
    ],
    steps: [
      {
        id: 'sentiment',
        title: 'Sentiment',
        kind: 'classify',
        prompt: 'What is the sentiment of this customer feedback?\n\n{{inputs.feedback}}',
        labels: ['positive', 'neutral', 'negative'],
      },
      {
        id: 'topic',
        title: 'Topic',
        kind: 'classify',
        prompt: 'What is this feedback mainly about?\n\n{{inputs.feedback}}',
        labels: TOPICS,
      },
      {
        id: 'summary',
        title: 'One-line summary',
        kind: 'generate-text',
        prompt: 'Summarise this {{steps.sentiment.label}} feedback about {{steps.topic.label}} in one short line:\n\n{{inputs.feedback}}',
      },
      {
        id: 'save',
        title: 'Store it',
        kind: 'save-record',
        collection: 'feedback',
        values: [
          { name: 'text', value: '{{inputs.feedback}}' },
          { name: 'source', value: '{{inputs.source}}' },
          { name: 'sentiment', value: '{{steps.sentiment.label}}' },
          { name: 'topic', value: '{{steps.topic.label}}' },
          { name: 'summary', value: '{{steps.summary.text}}' },
        ],
      },
    ],
    collections: [
      {
        name: 'feedback',
        label: 'Feedback',
        fields: [
          { name: 'text', label: 'Feedback', type: 'longText', required: true },
          { name: 'source', label: 'Source', type: 'text' },
          { name: 'sentiment', label: 'Sentiment', type: 'select', options: ['positive', 'neutral', 'negative'] },
          { name: 'topic', label: 'Topic', type: 'select', options: TOPICS },
          { name: 'summary', label: 'Summary', type: 'text' },
        ],
      },
    ],
    triggers: [{ kind: 'manual' }, { kind: 'webhook' }],
  },
};
