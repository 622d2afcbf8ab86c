import { describe, expect, it } from 'vitest';
import { listTemplates } from '../../agent/templates/catalogue';
import { understandDescription } from '../../agent/planner/description';
import { parseFollowUp } from '../../agent/planner/follow-ups';
import { detectIntent } from '../../agent/planner/intent';
import { findModelWishes } from '../../agent/planner/model-wishes';
import { detectOutputKind } from '../../agent/planner/output-kind';
import { parseCostQuestion, parseModelsQuestion, parseVolume } from '../../agent/planner/questions';
import { matchTemplate, rankTemplates } from '../../agent/planner/template-match';
import { detectEventTrigger } from '../../agent/planner/triggers';

describe('planner intent', () => {
  it.each([
    ['I need a tool that drafts LinkedIn posts with a matching image every Monday at 9', false, 'build'],
    ['Build me a lead tracker with fields name, email and company', true, 'build'],
    ['add a priority field', true, 'change'],
    ['switch the image model to the cheapest one', true, 'change'],
    ['make it public', true, 'change'],
    ['which model is best for summarising 800-page contracts?', false, 'models-question'],
    ['compare gpt image 1 mini and gemini 3.1 pro', true, 'models-question'],
    ['What is the cheapest image model?', false, 'models-question'],
    ['what would 2,000 images a month cost?', true, 'cost-question'],
    ['hello', false, 'unclear'],
    ['make it public', false, 'change'],
    ['thanks!', true, 'unclear'],
    ['which model does it use?', true, 'app-question'],
    ['can you tell me what it costs?', true, 'cost-question'],
  ] as const)('%s (app open: %s) → %s', (text, hasCurrentApp, intent) => {
    expect(detectIntent(text, { hasCurrentApp })).toBe(intent);
  });
});

describe('planner output kind', () => {
  it.each([
    ['drafts LinkedIn posts with a matching image every Monday at 9', 'text+image'],
    ['Social posts for X and LinkedIn with images', 'text+image'],
    ['I want something that creates social media posts for me automatically, both the image and the text.', 'text+image'],
    ['I want both a summary and the original text', 'text'],
    ['generate marketing visuals for our spring campaign from a product name and a tagline', 'image'],
    ['make a logo from a text prompt', 'image'],
    ['Product photo editor: upload a product photo and put it on a clean white background', 'image-edit'],
    ['turn a reference photo of a room into a Scandinavian style render', 'image-edit'],
    ['upload scans of old family photos, fix the scratches and tears and colorize the black and white ones', 'image-edit'],
    ['restore old damaged photos', 'image-edit'],
    ['background remover but let me drop in multiple photos at once', 'image-edit'],
    ['restore the previous version of the contract', 'text'],
    ['blog posts table: title, subtitle, author, published date, slug, tags, cover image, status', 'text'],
    ['generate for each post: a title, a summary and a cover image', 'text+image'],
    ['Summarise meeting notes', 'text'],
    ['an app that takes a photo of a receipt and extracts the amount and date', 'text'],
    ['Write alt text and a short caption for photos we upload to the website', 'text'],
  ] as const)('%s → %s', (text, kind) => {
    expect(detectOutputKind(text)).toBe(kind);
  });
});

describe('planner event triggers', () => {
  it('reads webhooks and form submissions', () => {
    expect(detectEventTrigger('when a form is submitted, draft a reply')).toEqual({ kind: 'webhook' });
    expect(detectEventTrigger('when we receive a webhook from our shop')).toEqual({ kind: 'webhook' });
    expect(detectEventTrigger('every time someone fills in our Typeform')).toEqual({ kind: 'webhook' });
  });
  it('reads someone filling in a form of our own as the tool’s own form, not an event from elsewhere', () => {
    // The corpus labels a person submitting "our enquiry form" as the form (tests/eval/planner/corpus.ts, TriggerLabelSchema).
    expect(detectEventTrigger('every time someone fills in our contact form')).toBeNull();
  });
  it('reads a form hosted by a form product as that product’s event', () => {
    // Changed: "our Google Form" was read as the tool's own form; the corpus labels Google Forms, an outside
    // system, as a webhook (tests/eval/planner/corpus.ts: webhook = an outside system’s event).
    expect(detectEventTrigger('when someone submits our google form, email me a summary of the answers')).toEqual({ kind: 'webhook' });
  });
  it('reads new records', () => {
    expect(detectEventTrigger('whenever a new lead is added, enrich it')).toEqual({ kind: 'record-created', noun: 'lead' });
    expect(detectEventTrigger('for every new expense record')).toEqual({ kind: 'record-created', noun: 'expense' });
  });
  it('finds none in a plain description', () => {
    expect(detectEventTrigger('summarise meeting notes')).toBeNull();
  });
});

describe('planner model wishes', () => {
  const ids = (text: string) => findModelWishes(text).map((w) => (w.kind === 'named' ? `${w.model.id}:${w.role}` : `${w.kind}:${w.role}`));
  it('looks named models up through the directory aliases', () => {
    expect(ids('use Gemini 3.1 Pro for the text')).toEqual(['gemini-3.1-pro-preview:text']);
    expect(ids('use gpt-5-mini for writing and Nano Banana for the images')).toEqual(['gpt-5-mini:text', 'gemini-2.5-flash-image:image']);
  });
  it('keeps unnamed wishes for recommend_model', () => {
    expect(ids('switch the image model to the cheapest one')).toEqual(['superlative:image']);
    expect(ids('switch to Gemini')).toEqual(['family:text']);
  });
});

describe('planner template matching by meaning', () => {
  const templates = listTemplates();
  const best = (text: string) => {
    const d = understandDescription(text);
    return matchTemplate(d.purpose, d.outputKind, templates)?.template.id ?? null;
  };
  it.each([
    ['Draft friendly answers to customer complaints that come into our helpdesk', 'support-reply-drafter'],
    ['tl;dr of long reports and policy PDFs for our executives', 'document-summariser'],
    ['Recap our standups and calls: decisions and who does what', 'meeting-notes-summariser'],
    ['Daily at 8, translate the new help-center articles into Spanish', 'translator'],
    ['Sort app store reviews by sentiment and topic', 'feedback-classifier'],
    ['a mini CRM for prospects that scores how well they fit', 'lead-tracker'],
    ['localize our onboarding emails for the German market', 'translator'],
  ])('%s → %s', (text, id) => {
    expect(best(text)).toBe(id);
  });
  it('composes from scratch when nothing shares enough meaning', () => {
    expect(best('Suggest three names for a new product from a short brief')).toBeNull();
    expect(best('Write a haiku about the weather')).toBeNull();
  });
  it('reads "local" as local, not as localising: a local bakery naming its cakes is no translator', () => {
    expect(best('We are a local bakery. Suggest a name for each new cake from its ingredients.')).not.toBe('translator');
  });
  it('marks down a template that cannot make what was asked', () => {
    const d = understandDescription('Draft Instagram captions with a picture for each product');
    const ranked = rankTemplates(d.purpose, d.outputKind, templates);
    expect(ranked[0]?.template.id).toBe('social-post-with-image');
  });
});

describe('planner follow-ups', () => {
  const ops = (text: string) => parseFollowUp(text).map((e) => e.op);
  it('reads each kind of change', () => {
    expect(parseFollowUp('add a priority field')).toEqual([
      { op: 'add-fields', fields: [expect.objectContaining({ name: 'priority', type: 'select', options: ['low', 'medium', 'high'] })] },
    ]);
    expect(parseFollowUp('Rename it to Weekly LinkedIn posts')).toEqual([{ op: 'rename-app', name: 'Weekly LinkedIn posts' }]);
    expect(parseFollowUp('run it every Friday instead')).toEqual([{ op: 'schedule', parts: { frequency: 'weekly', daysOfWeek: [5] } }]);
    expect(parseFollowUp('make it public')).toEqual([{ op: 'access', level: 'public-link' }]);
    expect(parseFollowUp('share it with the team')).toEqual([{ op: 'access', level: 'workspace' }]);
    expect(parseFollowUp('rename the company field to organisation')).toEqual([
      { op: 'rename-field', words: 'company', to: 'organisation' },
    ]);
    expect(parseFollowUp('remove the phone field')).toEqual([{ op: 'remove-field', words: 'phone', column: false }]);
    expect(parseFollowUp('drop the budget column')).toEqual([{ op: 'remove-field', words: 'budget', column: true }]);
    expect(parseFollowUp('let the whole team use it')).toEqual([{ op: 'access', level: 'workspace' }]);
    expect(parseFollowUp('undo that')).toEqual([{ op: 'restore', version: null }]);
    expect(parseFollowUp('go back to version 2')).toEqual([{ op: 'restore', version: 2 }]);
    expect(ops('stop the schedule')).toEqual(['remove-schedule']);
    expect(ops('also run it when a form is submitted')).toEqual(['add-event-trigger']);
    expect(ops('switch to Gemini')).toEqual(['model']);
  });
  it('reads images and notifications to add', () => {
    expect(parseFollowUp('also generate a matching image with nano banana')).toEqual([
      { op: 'add-image', model: 'gemini-2.5-flash-image' },
    ]);
    expect(parseFollowUp('email it to ops@example.com')).toEqual([{ op: 'notify', wish: { channel: 'email', target: 'ops@example.com' } }]);
    expect(parseFollowUp('post it to Slack')).toEqual([{ op: 'notify', wish: { channel: 'slack', target: null } }]);
  });

  it('reads other ways of saying the same changes', () => {
    expect(parseFollowUp('can you also ask for a target audience?')).toEqual([
      { op: 'add-fields', fields: [expect.objectContaining({ name: 'targetAudience', type: 'text' })] },
    ]);
    expect(parseFollowUp('add a dropdown for language with English, German and French')).toEqual([
      {
        op: 'add-fields',
        fields: [expect.objectContaining({ name: 'language', type: 'select', options: ['English', 'German', 'French'] })],
      },
    ]);
    expect(parseFollowUp("I don't need the tone field")).toEqual([{ op: 'remove-field', words: 'tone', column: false }]);
    expect(parseFollowUp('the name should be LinkedIn studio')).toEqual([{ op: 'rename-app', name: 'LinkedIn studio' }]);
    expect(parseFollowUp('set it to private')).toEqual([{ op: 'access', level: 'private' }]);
    expect(ops('turn off the schedule')).toEqual(['remove-schedule']);
    expect(ops('move it to Tuesdays')).toEqual(['schedule']);
    expect(ops('make the images with Gemini')).toEqual(['model']);
  });

  it('reads several changes in one message, in order', () => {
    expect(ops('add fields phone and company size (1-10, 11-50, 51+) and make it public')).toEqual(['add-fields', 'access']);
  });
  it('reads nothing from chatter', () => {
    expect(parseFollowUp('thanks, looks good')).toEqual([]);
  });
});

describe('planner questions', () => {
  it('compares named models', () => {
    const q = parseModelsQuestion('compare gpt image 1 mini and gemini 3.1 pro');
    expect(q.kind === 'compare' && q.models.map((m) => m.id)).toEqual(['gpt-image-1-mini', 'gemini-3.1-pro-preview']);
  });
  it('prices a comparison at the volume said', () => {
    expect(parseModelsQuestion('compare gpt-5 mini with gemini 3 flash for 10,000 summaries a month')).toMatchObject({
      kind: 'compare',
      volume: { perMonth: 10_000 },
    });
  });
  it('asks for a recommendation otherwise', () => {
    expect(parseModelsQuestion('which model is best for summarising 800-page contracts?')).toMatchObject({
      kind: 'recommend',
      modelKind: null,
      priority: null,
    });
    expect(parseModelsQuestion('What is the cheapest image model?')).toMatchObject({
      kind: 'recommend',
      modelKind: 'image',
      priority: 'cost',
    });
  });
  it('reads volumes per month', () => {
    expect(parseVolume('what would 2,000 images a month cost?')).toMatchObject({ perMonth: 2000, unit: 'images' });
    expect(parseVolume('100 posts per day')).toMatchObject({ perMonth: 3000, unit: 'runs' });
    expect(parseVolume('500 leads a month')).toMatchObject({ perMonth: 500, unit: 'runs' });
    expect(parseVolume('10k requests')).toMatchObject({ perMonth: 10_000, unit: 'runs' });
    expect(parseCostQuestion('what would 2,000 images a month cost?')).toMatchObject({ kind: 'cost', modelKind: 'image', models: [] });
  });
});
