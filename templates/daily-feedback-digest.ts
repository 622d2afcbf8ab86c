import type { AppTemplate } from '../agent/spec/app-template';

export const dailyFeedbackDigest: AppTemplate = {
  id: 'daily-feedback-digest',
  title: 'Daily news and feedback digest',
  summary: 'Gathers the feedback or news items added during the day and sends a morning digest of themes, mood and what to act on.',
  category: 'digest',
  keywords: [
    'daily',
    'digest',
    'news',
    'feedback',
    'morning',
    'briefing',
    'every day',
    'schedule',
    'scheduled',
    'themes',
    'summary',
    'mentions',
    'roundup',
  ],
  spec: {
    specVersion: 1,
    name: 'Daily feedback digest',
    slug: 'daily-feedback-digest',
    description: 'Add feedback or news items as they arrive; every morning at 08:00 you get the themes and what needs action.',
    model: { model: 'gemini-2.5-flash-lite', options: {} },
    inputs: [
      { name: 'items', label: 'Items to digest', type: 'longText', required: true },
      { name: 'since', label: 'Since', type: 'text' },
    ],
    steps: [
      {
        id: 'mood',
        title: 'Overall mood',
        kind: 'classify',
        prompt: 'Overall, how do these items read?\n\n{{inputs.items}}',
        labels: ['mostly positive', 'mixed', 'mostly negative'],
      },
      {
        id: 'digest',
        title: 'Write the digest',
        kind: 'generate-text',
        prompt:
          'Write a morning digest of these items (since {{inputs.since}}; overall {{steps.mood.label}}): the top three themes, notable quotes, and what needs action today.\n\n{{inputs.items}}',
      },
      {
        id: 'save',
        title: 'Keep the digest',
        kind: 'save-record',
        collection: 'digests',
        values: [
          { name: 'mood', value: '{{steps.mood.label}}' },
          { name: 'digest', value: '{{steps.digest.text}}' },
        ],
      },
    ],
    collections: [
      {
        name: 'items',
        label: 'Feedback and news',
        fields: [
          { name: 'source', label: 'Source', type: 'text' },
          { name: 'text', label: 'Text', type: 'longText', required: true },
          { name: 'link', label: 'Link', type: 'url' },
        ],
      },
      {
        name: 'digests',
        label: 'Digests',
        fields: [
          { name: 'mood', label: 'Mood', type: 'text' },
          { name: 'digest', label: 'Digest', type: 'longText' },
        ],
      },
    ],
    triggers: [
      { kind: 'manual' },
      {
        kind: 'schedule',
        cron: '0 8 * * *',
        timezone: 'UTC',
        inputs: [
          { name: 'items', value: '{{schedule.records.items}}' },
          { name: 'since', value: '{{schedule.since}}' },
        ],
        missed: 'run-once',
      },
    ],
  },
};
