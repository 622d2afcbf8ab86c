import type { AppTemplate } from '../agent/spec/app-template';

export const jobDescriptionWriter: AppTemplate = {
  id: 'job-description-writer',
  title: 'Job description writer',
  summary: 'Writes an inclusive, structured job description from the role, level and must-haves, then checks it for biased wording.',
  category: 'text',
  keywords: [
    'job',
    'description',
    'jd',
    'hiring',
    'recruiting',
    'recruitment',
    'role',
    'vacancy',
    'posting',
    'hr',
    'careers',
    'position',
    'candidate',
  ],
  spec: {
    specVersion: 1,
    name: 'Job description writer',
    slug: 'job-description-writer',
    description: 'From a few facts about the role to a ready-to-post job description, checked for biased language.',
    model: { model: 'gemini-3-flash-preview', options: {} },
    inputs: [
      { name: 'role', label: 'Role title', type: 'text', required: true },
      { name: 'level', label: 'Level', type: 'select', options: ['junior', 'mid', 'senior', 'lead', 'manager'], required: true },
      { name: 'team', label: 'Team', type: 'text' },
      { name: 'location', label: 'Location / remote', type: 'text' },
      { name: 'mustHaves', label: 'Must-haves', type: 'longText', required: true },
      { name: 'benefits', label: 'What we offer', type: 'longText' },
    ],
    steps: [
      {
        id: 'draft',
        title: 'Write the job description',
        kind: 'generate-text',
        system:
          'Write clear, inclusive job descriptions: about the team, what you will do, what you bring (must-haves only), what we offer.',
        prompt:
          'Job description for a {{inputs.level}} {{inputs.role}} in the {{inputs.team}} team ({{inputs.location}}).\nMust-haves:\n{{inputs.mustHaves}}\nWe offer:\n{{inputs.benefits}}',
      },
      {
        id: 'review',
        title: 'Check the wording',
        kind: 'generate-text',
        prompt:
          'List any gendered, ageist or exclusionary wording in this job description and suggest a neutral alternative for each. Answer "No issues found." if there are none.\n\n{{steps.draft.text}}',
      },
    ],
  },
};
