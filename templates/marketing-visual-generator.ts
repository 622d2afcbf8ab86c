import type { AppTemplate } from '../agent/spec/app-template';

export const marketingVisualGenerator: AppTemplate = {
  id: 'marketing-visual-generator',
  title: 'Marketing visual generator',
  summary: 'Generates on-brand marketing images (ads, banners, hero shots) from a product and a message.',
  category: 'image',
  keywords: [
    'marketing',
    'visual',
    'image',
    'picture',
    'banner',
    'ad',
    'advert',
    'campaign',
    'hero',
    'creative',
    'graphic',
    'poster',
    'generate image',
    'brand',
  ],
  spec: {
    specVersion: 1,
    name: 'Marketing visual generator',
    slug: 'marketing-visual-generator',
    description: 'Describe the product and the message; get a campaign image.',
    model: { model: 'gemini-3-pro-image', options: {} },
    inputs: [
      { name: 'product', label: 'Product', type: 'text', required: true },
      { name: 'message', label: 'Message or headline', type: 'text' },
      { name: 'style', label: 'Style', type: 'select', options: ['photo', 'illustration', '3D render', 'flat design'] },
      { name: 'brandColours', label: 'Brand colours', type: 'text', help: 'e.g. navy and coral' },
    ],
    steps: [
      {
        id: 'visual',
        title: 'Generate the visual',
        kind: 'generate-image',
        prompt:
          'A {{inputs.style}} marketing visual for {{inputs.product}} conveying "{{inputs.message}}", in {{inputs.brandColours}}, clean composition with room for a headline.',
        quality: 'high',
        size: '1536x1024',
      },
    ],
  },
};
