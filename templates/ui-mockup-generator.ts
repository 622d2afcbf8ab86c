import type { AppTemplate } from '../agent/spec/app-template';

export const uiMockupGenerator: AppTemplate = {
  id: 'ui-mockup-generator',
  title: 'UI mockup generator',
  summary: 'Turns a description of a screen into a layout plan and a high-fidelity UI mockup image.',
  category: 'image',
  keywords: [
    'ui',
    'ux',
    'mockup',
    'mock-up',
    'wireframe',
    'screen',
    'design',
    'prototype',
    'app screen',
    'website',
    'landing page',
    'dashboard',
    'interface',
  ],
  spec: {
    specVersion: 1,
    name: 'UI mockup generator',
    slug: 'ui-mockup-generator',
    description: 'Describe a screen; get a layout plan and a mockup image to discuss.',
    model: { model: 'gemini-3-flash-preview', options: {} },
    inputs: [
      { name: 'screen', label: 'Describe the screen', type: 'longText', required: true },
      { name: 'platform', label: 'Platform', type: 'select', options: ['web', 'iOS', 'Android'], required: true },
      { name: 'style', label: 'Visual style', type: 'select', options: ['minimal', 'playful', 'corporate', 'dark mode'] },
    ],
    steps: [
      {
        id: 'layout',
        title: 'Plan the layout',
        kind: 'generate-text',
        prompt:
          'Describe, component by component from top to bottom, the layout of this {{inputs.platform}} screen in a {{inputs.style}} style. Be concrete about text, buttons and data shown.\n\n{{inputs.screen}}',
      },
      {
        id: 'mockup',
        title: 'Draw the mockup',
        kind: 'generate-image',
        model: { model: 'gemini-3-pro-image', options: {} },
        prompt:
          'A high-fidelity {{inputs.platform}} UI mockup, {{inputs.style}} style, following this layout exactly:\n\n{{steps.layout.text}}',
        quality: 'high',
        size: '1536x1024',
      },
    ],
  },
};
