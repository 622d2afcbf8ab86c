import type { AppTemplate } from '../agent/spec/app-template';

export const supportReplyDrafter: AppTemplate = {
  id: 'support-reply-drafter',
  title: 'Support reply drafter',
  summary: 'Drafts a reply to a customer support ticket in your tone, tags its category and keeps every ticket in a table.',
  category: 'text',
  keywords: [
    'support',
    'ticket',
    'helpdesk',
    'customer',
    'reply',
    'response',
    'email',
    'answer',
    'complaint',
    'inbox',
    'zendesk',
    'service desk',
  ],
  spec: {
    specVersion: 1,
    name: 'Support reply drafter',
    slug: 'support-reply-drafter',
    description: 'Paste a customer message; get a categorised, ready-to-edit reply. Every ticket is saved.',
    model: { model: 'gemini-3-flash-preview', options: { thinkingLevel: 'low' } },
    inputs: [
      { name: 'customerName', label: 'Customer name', type: 'text' },
      { name: 'customerEmail', label: 'Customer email', type: 'email' },
      { name: 'message', label: 'Customer message', type: 'longText', required: true },
      { name: 'tone', label: 'Tone', type: 'select', options: ['friendly', 'formal', 'concise'], required: true },
    ],
    steps: [
      {
        id: 'category',
        title: 'Categorise the ticket',
        kind: 'classify',
        prompt: 'Which category fits this support message best?\n\n{{inputs.message}}',
        labels: ['billing', 'bug', 'how-to', 'account', 'feature request', 'other'],
      },
      {
        id: 'reply',
        title: 'Draft the reply',
        kind: 'generate-text',
        system: 'You are a support agent. Be accurate, never promise refunds or dates you cannot know, and end with one clear next step.',
        prompt:
          'Write a {{inputs.tone}} reply to {{inputs.customerName}} about this {{steps.category.label}} ticket:\n\n{{inputs.message}}',
      },
      {
        id: 'save',
        title: 'Save the ticket',
        kind: 'save-record',
        collection: 'tickets',
        values: [
          { name: 'customerName', value: '{{inputs.customerName}}' },
          { name: 'customerEmail', value: '{{inputs.customerEmail}}' },
          { name: 'message', value: '{{inputs.message}}' },
          { name: 'category', value: '{{steps.category.label}}' },
          { name: 'reply', value: '{{steps.reply.text}}' },
        ],
      },
    ],
    collections: [
      {
        name: 'tickets',
        label: 'Tickets',
        fields: [
          { name: 'customerName', label: 'Customer', type: 'text' },
          { name: 'customerEmail', label: 'Email', type: 'email' },
          { name: 'message', label: 'Message', type: 'longText', required: true },
          {
            name: 'category',
            label: 'Category',
            type: 'select',
            options: ['billing', 'bug', 'how-to', 'account', 'feature request', 'other'],
          },
          { name: 'reply', label: 'Drafted reply', type: 'longText' },
        ],
      },
    ],
    triggers: [{ kind: 'manual' }],
    access: { level: 'workspace' },
  },
};
