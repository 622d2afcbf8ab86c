import type { AppTemplate } from '../agent/spec/app-template';

export const weeklyReportDigest: AppTemplate = {
  id: 'weekly-report-digest',
  title: 'Weekly report digest',
  summary: "Collects the team's status updates during the week and writes one digest every Monday morning.",
  category: 'digest',
  keywords: [
    'weekly',
    'report',
    'digest',
    'status',
    'update',
    'standup',
    'team',
    'monday',
    'schedule',
    'scheduled',
    'every week',
    'roundup',
    'newsletter',
  ],
  spec: {
    specVersion: 1,
    name: 'Weekly report digest',
    slug: 'weekly-report-digest',
    description: "Team members add updates; every Monday 09:00 the week's updates become one digest.",
    model: { model: 'gemini-3-flash-preview', options: {} },
    inputs: [
      {
        name: 'updates',
        label: 'Updates to digest',
        type: 'longText',
        required: true,
        help: 'Filled with the week’s updates on scheduled runs.',
      },
      { name: 'since', label: 'Since', type: 'text' },
    ],
    steps: [
      {
        id: 'digest',
        title: 'Write the digest',
        kind: 'generate-text',
        system:
          'You write a weekly team digest: highlights first, then progress per project, then risks and asks. Short, factual, no filler.',
        prompt: 'Write the weekly digest of these updates (since {{inputs.since}}):\n\n{{inputs.updates}}',
      },
      {
        id: 'save',
        title: 'Keep the digest',
        kind: 'save-record',
        collection: 'digests',
        values: [
          { name: 'since', value: '{{inputs.since}}' },
          { name: 'digest', value: '{{steps.digest.text}}' },
        ],
      },
    ],
    collections: [
      {
        name: 'updates',
        label: 'Status updates',
        fields: [
          { name: 'author', label: 'Who', type: 'text', required: true },
          { name: 'project', label: 'Project', type: 'text' },
          { name: 'update', label: 'Update', type: 'longText', required: true },
        ],
      },
      {
        name: 'digests',
        label: 'Digests',
        fields: [
          { name: 'since', label: 'Covering since', type: 'text' },
          { name: 'digest', label: 'Digest', type: 'longText' },
        ],
      },
    ],
    triggers: [
      { kind: 'manual' },
      {
        kind: 'schedule',
        cron: '0 9 * * 1',
        timezone: 'Europe/Berlin',
        inputs: [
          { name: 'updates', value: '{{schedule.records.updates}}' },
          { name: 'since', value: '{{schedule.since}}' },
        ],
        missed: 'run-once',
      },
    ],
    access: { level: 'workspace' },
  },
};
