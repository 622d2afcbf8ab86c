/**
 * The planner eval set: descriptions people might type, each with the properties the app
 * built from it must have. Wording is deliberately varied (imperative, "I need…", bare noun
 * phrases, schedules first or last, cities and abbreviations). `template` is only checked
 * where one template is clearly right; `fields` only where fields are named.
 */
import type { FieldType } from '../../../agent/spec/app-spec';
import type { OutputKind } from '../../../agent/planner/output-kind';

export type TriggerKind = 'manual' | 'schedule' | 'webhook' | 'email' | 'record-created';

export interface EvalCase {
  id: string;
  description: string;
  expect: {
    outputKind: OutputKind;
    /** Fields the app must have (form or table), with their types and choices when said. */
    fields?: Array<{ name: string; type?: FieldType; options?: string[] }>;
    /** null = no schedule. */
    schedule: { cron: string; timezone: string } | null;
    /** The trigger besides manual ("manual" when there is none). */
    trigger: TriggerKind;
    /** Template id, or null for "composed from scratch"; unchecked when absent. */
    template?: string | null;
    /** Models named in the description. */
    models?: { text?: string; image?: string };
    /** Who may use it, when the description says. */
    access?: 'private' | 'workspace' | 'public-link';
  };
}

const none = null;

export const CASES: EvalCase[] = [
  {
    id: 'linkedin-image-monday',
    description: 'I need a tool that drafts LinkedIn posts with a matching image every Monday at 9',
    expect: {
      outputKind: 'text+image',
      schedule: { cron: '0 9 * * 1', timezone: 'UTC' },
      trigger: 'schedule',
      template: 'social-post-with-image',
    },
  },
  {
    id: 'lead-tracker-fields',
    description: 'Build me a lead tracker with fields name, email and company',
    expect: {
      outputKind: 'text',
      fields: [
        { name: 'name', type: 'text' },
        { name: 'email', type: 'email' },
        { name: 'company', type: 'text' },
      ],
      schedule: none,
      trigger: 'manual',
      template: 'lead-tracker',
    },
  },
  {
    // Tickets that come in by email start the app by email, as the corpus labels such asks (written
    // when the rules read a form here; the learned start of stop 37 reads the mail): an email-started
    // app takes the mail's from, subject and text as its inputs, so no template's form.
    id: 'support-keep-ticket',
    description:
      'We get lots of support tickets by email. Draft a friendly reply for each and keep the ticket, the customer email and the priority.',
    expect: {
      outputKind: 'text',
      fields: [
        { name: 'customerEmail', type: 'email' },
        { name: 'priority', type: 'select', options: ['low', 'medium', 'high'] },
      ],
      schedule: none,
      trigger: 'email',
      template: null,
    },
  },
  {
    id: 'meeting-notes',
    description: 'Summarise our meeting notes into decisions and action items',
    expect: { outputKind: 'text', schedule: none, trigger: 'manual', template: 'meeting-notes-summariser' },
  },
  {
    id: 'feedback-digest-berlin',
    description: 'On weekdays at 17:30 Berlin time, write a digest of the customer feedback we collected that day',
    expect: {
      outputKind: 'text',
      schedule: { cron: '30 17 * * 1-5', timezone: 'Europe/Berlin' },
      trigger: 'schedule',
      template: 'daily-feedback-digest',
    },
  },
  {
    id: 'product-photo-white',
    description: 'Product photo editor: upload a product shot and put it on a clean white background',
    expect: { outputKind: 'image-edit', schedule: none, trigger: 'manual', template: 'product-photo-editor' },
  },
  {
    id: 'spring-visuals',
    description: 'Generate marketing visuals for our spring campaign from a product name and a tagline',
    expect: { outputKind: 'image', schedule: none, trigger: 'manual', template: 'marketing-visual-generator' },
  },
  {
    id: 'ui-mockups',
    description: 'A UI mockup generator: I describe a screen, it gives me a mockup',
    expect: { outputKind: 'text+image', schedule: none, trigger: 'manual', template: 'ui-mockup-generator' },
  },
  {
    id: 'translate-de-fr',
    description: 'Translate our product descriptions into German and French',
    expect: { outputKind: 'text', schedule: none, trigger: 'manual', template: 'translator' },
  },
  {
    id: 'job-descriptions',
    description: 'Write job descriptions for open roles from the title, level and must-haves',
    expect: { outputKind: 'text', schedule: none, trigger: 'manual', template: 'job-description-writer' },
  },
  {
    id: 'invoice-extract',
    description: 'Pull the company, amount and due date out of pasted invoices and save them as records',
    expect: {
      outputKind: 'text',
      fields: [{ name: 'company' }, { name: 'amount', type: 'number' }, { name: 'dueDate', type: 'date' }],
      schedule: none,
      trigger: 'manual',
      template: 'data-extractor',
    },
  },
  {
    id: 'handbook-qa',
    description: 'Answer questions about our 300-page employee handbook',
    expect: { outputKind: 'text', schedule: none, trigger: 'manual', template: 'document-qa' },
  },
  {
    id: 'review-classifier',
    description: 'Classify app store reviews as bug, praise, feature request or other and keep them in a table',
    expect: { outputKind: 'text', schedule: none, trigger: 'manual', template: 'feedback-classifier' },
  },
  {
    id: 'monday-status-digest',
    description: "Every Monday at 8am send the team a digest of last week's status updates",
    expect: { outputKind: 'text', schedule: { cron: '0 8 * * 1', timezone: 'UTC' }, trigger: 'schedule', template: 'weekly-report-digest' },
  },
  {
    id: 'pdf-summaries',
    description: 'tl;dr of long reports and policy PDFs for our executives',
    expect: { outputKind: 'text', schedule: none, trigger: 'manual', template: 'document-summariser' },
  },
  {
    id: 'contact-form-webhook',
    description:
      'A form where visitors leave their name, email, phone and a message; when the form is submitted, draft a short thank-you note',
    expect: {
      outputKind: 'text',
      fields: [
        { name: 'name', type: 'text' },
        { name: 'email', type: 'email' },
        { name: 'phone', type: 'text' },
        { name: 'message', type: 'longText' },
      ],
      schedule: none,
      trigger: 'webhook',
    },
  },
  {
    id: 'room-render',
    description: 'Turn a reference photo of a living room into a Scandinavian style render',
    expect: { outputKind: 'image-edit', schedule: none, trigger: 'manual' },
  },
  {
    id: 'blog-hero-friday',
    description: 'Create blog hero images from the article title every Friday',
    expect: { outputKind: 'image', schedule: { cron: '0 9 * * 5', timezone: 'UTC' }, trigger: 'schedule' },
  },
  {
    id: 'instagram-captions',
    description: 'Draft Instagram captions with a picture for each of our new products',
    expect: { outputKind: 'text+image', schedule: none, trigger: 'manual', template: 'social-post-with-image' },
  },
  {
    id: 'hourly-complaints',
    description: 'Hourly, look at incoming customer complaints and classify their urgency as low, medium or high',
    expect: { outputKind: 'text', schedule: { cron: '0 * * * *', timezone: 'UTC' }, trigger: 'schedule' },
  },
  {
    id: 'competitor-briefing-london',
    description: 'Every morning at 7.45 London time, prepare a briefing on the news about our competitors',
    expect: {
      outputKind: 'text',
      schedule: { cron: '45 7 * * *', timezone: 'Europe/London' },
      trigger: 'schedule',
      template: 'daily-feedback-digest',
    },
  },
  {
    id: 'candidate-tracker',
    description: 'Keep track of candidates: name, email, linkedin url, years of experience as a number and the role they applied for',
    expect: {
      outputKind: 'text',
      fields: [
        { name: 'name' },
        { name: 'email', type: 'email' },
        { name: 'linkedinUrl', type: 'url' },
        { name: 'yearsOfExperience', type: 'number' },
      ],
      schedule: none,
      trigger: 'manual',
    },
  },
  {
    id: 'expense-log',
    description: 'I want something to log expenses with amount, date, category (travel, meals, software) and receipt photo',
    expect: {
      outputKind: 'text',
      fields: [
        { name: 'amount', type: 'number' },
        { name: 'date', type: 'date' },
        { name: 'category', type: 'select', options: ['travel', 'meals', 'software'] },
        { name: 'receiptPhoto', type: 'image' },
      ],
      schedule: none,
      trigger: 'manual',
    },
  },
  {
    id: 'shopify-thank-you',
    description: 'When we receive a webhook from Shopify with a new order, write a personalised thank-you email',
    expect: { outputKind: 'text', schedule: none, trigger: 'webhook' },
  },
  {
    id: 'new-lead-research',
    description: 'Whenever a new lead is added, research the company and suggest a next step',
    expect: { outputKind: 'text', schedule: none, trigger: 'record-created' },
  },
  {
    id: 'brand-mentions-15min',
    description: 'Every 15 minutes, summarise new mentions of our brand',
    expect: { outputKind: 'text', schedule: { cron: '*/15 * * * *', timezone: 'UTC' }, trigger: 'schedule' },
  },
  {
    id: 'bugs-twice-daily',
    description: 'twice a day, summarise the open bugs for the dev team',
    expect: { outputKind: 'text', schedule: { cron: '0 9,17 * * *', timezone: 'UTC' }, trigger: 'schedule' },
  },
  {
    id: 'investor-update-monthly',
    description: 'On the first of every month at 6pm, write the investor update from the KPIs I paste',
    expect: { outputKind: 'text', schedule: { cron: '0 18 1 * *', timezone: 'UTC' }, trigger: 'schedule' },
  },
  {
    id: 'story-illustrations',
    description: "A tool to make illustrations for children's stories from a short scene description",
    expect: { outputKind: 'image', schedule: none, trigger: 'manual' },
  },
  {
    id: 'playful-rewrite-gemini',
    description:
      'I’d like an app that rewrites product descriptions in a playful tone and generates a fitting image for each, using Gemini 3.1 Pro for the text',
    expect: { outputKind: 'text+image', schedule: none, trigger: 'manual', models: { text: 'gemini-3.1-pro-preview' } },
  },
  {
    id: 'transcript-follow-up',
    description: 'Use gpt-5-mini to turn sales call transcripts into a follow-up email',
    expect: { outputKind: 'text', schedule: none, trigger: 'manual', models: { text: 'gpt-5-mini' } },
  },
  {
    id: 'social-nyc-tue-thu',
    description: 'Social posts for X and LinkedIn with images, every Tuesday and Thursday at 10:30 New York time',
    expect: {
      outputKind: 'text+image',
      schedule: { cron: '30 10 * * 2,4', timezone: 'America/New_York' },
      trigger: 'schedule',
      template: 'social-post-with-image',
    },
  },
  {
    id: 'headshot-retouch',
    description: 'Retouch headshots that people upload: even lighting and a plain grey background',
    expect: { outputKind: 'image-edit', schedule: none, trigger: 'manual' },
  },
  {
    id: 'sunday-sales-recap',
    description: "Each Sunday evening, write a recap of the week's sales calls",
    expect: { outputKind: 'text', schedule: { cron: '0 18 * * 0', timezone: 'UTC' }, trigger: 'schedule' },
  },
  {
    id: 'intake-form-select',
    description: 'An intake form with fields company, website, budget and project type (website, app, branding) that scores each request',
    expect: {
      outputKind: 'text',
      fields: [
        { name: 'company' },
        { name: 'website', type: 'url' },
        { name: 'budget', type: 'number' },
        { name: 'projectType', type: 'select', options: ['website', 'app', 'branding'] },
      ],
      schedule: none,
      trigger: 'manual',
    },
  },
  {
    id: 'tokyo-nightly-tickets',
    description: "nightly at 11pm Tokyo time generate a summary of the day's support tickets",
    expect: { outputKind: 'text', schedule: { cron: '0 23 * * *', timezone: 'Asia/Tokyo' }, trigger: 'schedule' },
  },
  {
    id: 'nano-banana-mockups',
    description: 'Create product mockup images from a product name using Nano Banana',
    expect: { outputKind: 'image', schedule: none, trigger: 'manual', models: { image: 'gemini-2.5-flash-image' } },
  },
  {
    id: 'contact-form-routing',
    description: 'When someone fills in our contact form, classify the request as sales, support or partnership',
    // Someone filling in a form of ours is the app's own (public) form, as the corpus labels it; a named
    // outside product ("our Typeform") is a webhook.
    expect: { outputKind: 'text', schedule: none, trigger: 'manual' },
  },
  {
    id: 'feedback-table-fields',
    description: 'A tracker for customer feedback with the fields customer, feedback, rating as a number and follow-up date',
    expect: {
      outputKind: 'text',
      fields: [
        { name: 'customer' },
        { name: 'feedback', type: 'longText' },
        { name: 'rating', type: 'number' },
        { name: 'followUpDate', type: 'date' },
      ],
      schedule: none,
      trigger: 'manual',
    },
  },
  {
    id: 'alt-text',
    description: 'Write alt text and a short caption for photos we upload to the website',
    expect: { outputKind: 'text', schedule: none, trigger: 'manual' },
  },
  {
    id: 'event-posters-paris',
    description: 'Design poster artwork for our events every Wednesday at noon Paris time',
    expect: { outputKind: 'image', schedule: { cron: '0 12 * * 3', timezone: 'Europe/Paris' }, trigger: 'schedule' },
  },
  {
    id: 'daily-help-translation',
    description: 'Daily at 8, translate the new help-center articles into Spanish',
    expect: { outputKind: 'text', schedule: { cron: '0 8 * * *', timezone: 'UTC' }, trigger: 'schedule', template: 'translator' },
  },
  {
    id: 'contract-qa',
    description: 'Let our legal team ask questions about 800-page contracts and get answers with quotes',
    expect: { outputKind: 'text', schedule: none, trigger: 'manual', template: 'document-qa' },
  },
  {
    id: 'expense-record-policy',
    description: 'Whenever a new expense record is created, check it against our travel policy and flag problems',
    expect: { outputKind: 'text', schedule: none, trigger: 'record-created' },
  },
  {
    id: 'feedback-form-rating',
    description: 'A feedback form asking for name, email, rating (1-5) and comments that tags the sentiment',
    expect: {
      outputKind: 'text',
      fields: [
        { name: 'name' },
        { name: 'email', type: 'email' },
        { name: 'rating', type: 'number' },
        { name: 'comments', type: 'longText' },
      ],
      schedule: none,
      trigger: 'manual',
    },
  },
  {
    id: 'pacific-standup',
    description: 'Collect standup updates and post a summary every weekday at 9:15am Pacific time',
    expect: { outputKind: 'text', schedule: { cron: '15 9 * * 1-5', timezone: 'America/Los_Angeles' }, trigger: 'schedule' },
  },
  {
    id: 'recipe-with-photo',
    description: 'Create a recipe generator that takes ingredients and outputs a recipe with a photo of the dish',
    expect: { outputKind: 'text+image', schedule: none, trigger: 'manual', template: null },
  },
  {
    id: 'bare-product-descriptions',
    description: 'Product descriptions for our Shopify store from a few bullet points',
    expect: { outputKind: 'text', schedule: none, trigger: 'manual', template: null },
  },
  {
    id: 'furniture-placement',
    description: 'I want to upload photos of furniture and get them placed in a modern living room',
    expect: { outputKind: 'image-edit', schedule: none, trigger: 'manual' },
  },
  {
    id: 'interview-personas',
    description: 'A tool that turns customer interviews into personas',
    expect: { outputKind: 'text', schedule: none, trigger: 'manual', template: null },
  },
  {
    id: 'bug-tracker',
    description: 'track bugs with title, severity (low, medium, high, critical), reporter email and steps to reproduce',
    expect: {
      outputKind: 'text',
      fields: [
        { name: 'title', type: 'text' },
        { name: 'severity', type: 'select', options: ['low', 'medium', 'high', 'critical'] },
        { name: 'reporterEmail', type: 'email' },
        { name: 'steps', type: 'longText' },
      ],
      schedule: none,
      trigger: 'manual',
      template: null,
    },
  },
  {
    id: 'youtube-thumbnails-sydney',
    description: 'Generate a thumbnail for each YouTube video from its title, daily at 10 am Sydney time',
    expect: { outputKind: 'image', schedule: { cron: '0 10 * * *', timezone: 'Australia/Sydney' }, trigger: 'schedule' },
  },
  {
    id: 'thursday-newsletter',
    description: 'Weekly newsletter for our customers every Thursday at 3pm',
    expect: { outputKind: 'text', schedule: { cron: '0 15 * * 4', timezone: 'UTC' }, trigger: 'schedule' },
  },
  {
    id: 'instagram-image-of-the-day',
    description: 'Every day at 6:00 generate an image of the day for our Instagram using gpt-image-1.5',
    expect: {
      outputKind: 'image',
      schedule: { cron: '0 6 * * *', timezone: 'UTC' },
      trigger: 'schedule',
      models: { image: 'gpt-image-1.5' },
    },
  },
  {
    id: 'shipping-extract',
    description: 'Pull the tracking number, carrier and delivery date out of shipping emails and keep them in a table',
    expect: {
      outputKind: 'text',
      fields: [
        { name: 'trackingNumber', type: 'text' },
        { name: 'carrier', type: 'text' },
        { name: 'deliveryDate', type: 'date' },
      ],
      schedule: none,
      trigger: 'manual',
      template: 'data-extractor',
    },
  },
  {
    id: 'public-bug-form',
    description:
      'A public form where customers report bugs with title, severity (low, medium, high) and email; draft a friendly acknowledgement',
    expect: {
      outputKind: 'text',
      fields: [
        { name: 'title', type: 'text' },
        { name: 'severity', type: 'select', options: ['low', 'medium', 'high'] },
        { name: 'email', type: 'email' },
      ],
      schedule: none,
      trigger: 'manual',
      access: 'public-link',
    },
  },
  {
    id: 'team-standup-digest',
    description: 'Share with the whole team: every Friday at 5pm Chicago time, a digest of the week’s standup notes',
    expect: { outputKind: 'text', schedule: { cron: '0 17 * * 5', timezone: 'America/Chicago' }, trigger: 'schedule', access: 'workspace' },
  },
  {
    id: 'cold-outreach',
    description: 'Help me write cold outreach emails to prospects based on their LinkedIn profile',
    expect: { outputKind: 'text', schedule: none, trigger: 'manual', template: null },
  },
  {
    id: 'packing-note',
    description: 'When a new order record is created, write a packing note',
    expect: { outputKind: 'text', schedule: none, trigger: 'record-created', template: null },
  },
  {
    id: 'call-log',
    description: 'Our team logs customer calls with customer name, call date, duration in minutes and notes; summarise each call',
    expect: {
      outputKind: 'text',
      fields: [
        { name: 'customerName', type: 'text' },
        { name: 'callDate', type: 'date' },
        { name: 'durationInMinutes', type: 'number' },
      ],
      schedule: none,
      trigger: 'manual',
    },
  },
  {
    id: 'github-digest',
    description: 'a digest of new GitHub issues every morning',
    expect: { outputKind: 'text', schedule: { cron: '0 8 * * *', timezone: 'UTC' }, trigger: 'schedule' },
  },
];
