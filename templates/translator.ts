import type { AppTemplate } from '../agent/spec/app-template';

export const translator: AppTemplate = {
  id: 'translator',
  title: 'Translator',
  summary: 'Translates text into the chosen language and register, keeping formatting, names and product terms.',
  category: 'text',
  keywords: [
    'translate',
    'translation',
    'translator',
    'language',
    'localise',
    'localize',
    'localization',
    'german',
    'french',
    'spanish',
    'japanese',
    'multilingual',
  ],
  spec: {
    specVersion: 1,
    name: 'Translator',
    slug: 'translator',
    description: 'Paste text, pick a language; formatting, names and terms stay intact.',
    model: { model: 'gemini-3-flash-preview', options: { temperature: 0.2 } },
    inputs: [
      { name: 'text', label: 'Text', type: 'longText', required: true },
      {
        name: 'language',
        label: 'Translate into',
        type: 'select',
        required: true,
        options: [
          'English',
          'German',
          'French',
          'Spanish',
          'Italian',
          'Portuguese',
          'Dutch',
          'Polish',
          'Japanese',
          'Chinese (Simplified)',
          'Korean',
        ],
      },
      { name: 'register', label: 'Register', type: 'select', options: ['formal', 'informal'] },
      {
        name: 'glossary',
        label: 'Terms to keep',
        type: 'text',
        help: 'Comma-separated names and product terms that must not be translated.',
      },
    ],
    steps: [
      {
        id: 'translation',
        title: 'Translate',
        kind: 'generate-text',
        system:
          'You are a professional translator. Output only the translation. Keep Markdown, line breaks, numbers and placeholders exactly.',
        prompt:
          'Translate into {{inputs.language}} ({{inputs.register}} register). Keep these terms as they are: {{inputs.glossary}}\n\n{{inputs.text}}',
      },
    ],
  },
};
