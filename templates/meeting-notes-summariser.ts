import type { AppTemplate } from '../agent/spec/app-template';

export const meetingNotesSummariser: AppTemplate = {
  id: 'meeting-notes-summariser',
  title: 'Meeting notes summariser',
  summary: 'Turns raw meeting notes or a transcript into a short summary, decisions and action items with owners.',
  category: 'text',
  keywords: [
    'meeting',
    'notes',
    'minutes',
    'transcript',
    'call',
    'standup',
    'summary',
    'summarise',
    'summarize',
    'recap',
    'action items',
    'decisions',
  ],
  spec: {
    specVersion: 1,
    name: 'Meeting notes summariser',
    slug: 'meeting-notes-summariser',
    description: 'Paste notes or a transcript; get a summary, the decisions made and who does what by when.',
    model: { model: 'gemini-3-flash-preview', options: {} },
    inputs: [
      { name: 'meetingTitle', label: 'Meeting', type: 'text' },
      { name: 'notes', label: 'Notes or transcript', type: 'longText', required: true },
    ],
    steps: [
      {
        id: 'summary',
        title: 'Summarise',
        kind: 'generate-text',
        system: 'Write plainly. Use short bullet points. Do not invent anything that is not in the notes.',
        prompt:
          'Summarise the meeting "{{inputs.meetingTitle}}" in at most five bullets, then list the decisions made.\n\n{{inputs.notes}}',
      },
      {
        id: 'actions',
        title: 'Action items',
        kind: 'extract',
        prompt: 'List the action items from these meeting notes.\n\n{{inputs.notes}}',
        fields: [
          { name: 'actionItems', label: 'Action items (one per line: task — owner — due date)', type: 'longText' },
          { name: 'nextMeeting', label: 'Next meeting date', type: 'date', help: 'Empty when none was agreed.' },
        ],
      },
    ],
  },
};
