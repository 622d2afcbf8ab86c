import type { AppTemplate } from '../agent/spec/app-template';

export const productPhotoEditor: AppTemplate = {
  id: 'product-photo-editor',
  title: 'Product photo editor',
  summary: 'Edits an uploaded product photo: new background, lighting or scene, keeping the product exactly as it is.',
  category: 'image',
  keywords: [
    'product',
    'photo',
    'edit',
    'image',
    'background',
    'retouch',
    'packshot',
    'ecommerce',
    'shop',
    'reference',
    'upload',
    'scene',
    'listing',
    'catalog',
  ],
  spec: {
    specVersion: 1,
    name: 'Product photo editor',
    slug: 'product-photo-editor',
    description: 'Upload a product photo and say what to change; the product itself stays untouched.',
    model: { model: 'gemini-3-pro-image', options: {} },
    inputs: [
      { name: 'photo', label: 'Product photo', type: 'image', required: true },
      {
        name: 'background',
        label: 'New background',
        type: 'select',
        options: ['white studio', 'lifestyle kitchen', 'outdoor daylight', 'dark premium'],
      },
      { name: 'instructions', label: 'Other changes', type: 'longText' },
    ],
    steps: [
      {
        id: 'edited',
        title: 'Edit the photo',
        kind: 'edit-image',
        imageInput: 'photo',
        prompt:
          'Place this exact product on a {{inputs.background}} background with natural shadows. Do not change the product, its label or colours. {{inputs.instructions}}',
        quality: 'high',
        size: '1024x1024',
      },
    ],
  },
};
