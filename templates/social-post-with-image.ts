import type { AppTemplate } from '../agent/spec/app-template';

export const socialPostWithImage: AppTemplate = {
  id: 'social-post-with-image',
  title: 'Social post with matching image',
  summary:
    'Writes a social media post for the chosen platform and generates an image that matches it (a text model and an image model in one app).',
  category: 'image',
  keywords: [
    'social',
    'post',
    'linkedin',
    'instagram',
    'twitter',
    'x',
    'caption',
    'image',
    'picture',
    'content',
    'marketing',
    'hashtag',
    'media',
  ],
  spec: {
    specVersion: 1,
    name: 'Social post with image',
    slug: 'social-post-with-image',
    description: 'One topic in; a platform-ready post and a matching image out, both kept in a table.',
    model: { model: 'gemini-3-flash-preview', options: { temperature: 0.8 } },
    inputs: [
      { name: 'topic', label: 'What to post about', type: 'longText', required: true },
      { name: 'platform', label: 'Platform', type: 'select', options: ['LinkedIn', 'Instagram', 'X'], required: true },
      { name: 'tone', label: 'Tone', type: 'select', options: ['professional', 'playful', 'inspiring'] },
    ],
    steps: [
      {
        id: 'post',
        title: 'Write the post',
        kind: 'generate-text',
        system: 'Write posts that fit the platform: length, line breaks and at most three hashtags.',
        prompt: 'Write a {{inputs.tone}} {{inputs.platform}} post about:\n\n{{inputs.topic}}',
      },
      {
        id: 'image',
        title: 'Make the matching image',
        kind: 'generate-image',
        model: { model: 'gemini-3-pro-image', options: {} },
        prompt: 'An eye-catching image for this {{inputs.platform}} post, no text in the image:\n\n{{steps.post.text}}',
        quality: 'medium',
        size: '1024x1024',
      },
      {
        id: 'save',
        title: 'Keep the post',
        kind: 'save-record',
        collection: 'posts',
        values: [
          { name: 'platform', value: '{{inputs.platform}}' },
          { name: 'post', value: '{{steps.post.text}}' },
          { name: 'image', value: '{{steps.image.image}}' },
        ],
      },
    ],
    collections: [
      {
        name: 'posts',
        label: 'Posts',
        fields: [
          { name: 'platform', label: 'Platform', type: 'text' },
          { name: 'post', label: 'Post', type: 'longText' },
          { name: 'image', label: 'Image', type: 'image' },
        ],
      },
    ],
  },
};
