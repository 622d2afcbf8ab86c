/**
 * Synonyms: small groups of words people use interchangeably when describing a tool.
 * Each group folds onto its first word, so "recap", "tl;dr" and "summary" score alike.
 */
import { stem, tokenize, isStopword } from './words';

const GROUPS: string[][] = [
  ['summarize', 'summary', 'summarise', 'recap', 'tldr', 'condense', 'digest', 'overview', 'gist', 'shorten'],
  ['reply', 'respond', 'response', 'answer', 'replies'],
  ['support', 'helpdesk', 'ticket', 'complaint', 'inquiry', 'enquiry'],
  ['classify', 'categorize', 'categorise', 'category', 'tag', 'label', 'triage', 'sort', 'sentiment', 'route'],
  ['feedback', 'review', 'rating', 'survey', 'nps', 'testimonial'],
  ['image', 'picture', 'visual', 'illustration', 'graphic', 'artwork', 'banner', 'render', 'thumbnail', 'poster', 'creative'],
  ['photo', 'photograph', 'snapshot', 'shot'],
  ['edit', 'retouch', 'background', 'touch', 'enhance', 'modify', 'restyle'],
  ['post', 'caption', 'thread'],
  ['social', 'linkedin', 'tweet', 'twitter', 'instagram', 'facebook', 'tiktok'],
  ['meeting', 'call', 'transcript', 'minutes'],
  ['document', 'doc', 'contract', 'pdf', 'paper', 'manual', 'handbook', 'policy', 'report'],
  ['question', 'ask', 'query', 'faq', 'qa'],
  ['extract', 'parse', 'pull', 'scrape', 'capture'],
  ['record', 'row', 'entry', 'database', 'table', 'spreadsheet', 'sheet', 'crm'],
  ['lead', 'prospect', 'contact', 'deal', 'pipeline', 'sales', 'opportunity'],
  ['enrich', 'research', 'qualify', 'score'],
  ['weekly', 'week'],
  ['daily', 'day', 'morning', 'everyday', 'nightly'],
  ['news', 'headline', 'rss', 'mentions'],
  ['mockup', 'wireframe', 'prototype'],
  ['ui', 'ux', 'interface'],
  ['translate', 'translation', 'translator', 'language', 'french', 'german', 'spanish'],
  ['job', 'hiring', 'recruit', 'role', 'vacancy', 'position', 'candidate'],
  ['marketing', 'campaign', 'ad', 'advert', 'advertisement', 'promo', 'promotional', 'brand'],
  ['product', 'ecommerce', 'shop', 'catalog', 'catalogue', 'listing', 'sku'],
  ['draft', 'write', 'compose', 'author', 'generate', 'produce', 'create'],
  ['email', 'mail', 'inbox', 'message'],
  ['invoice', 'receipt', 'bill', 'expense'],
];

/**
 * Synonyms whose stem is an everyday word of its own ("localize" → local, as in "a local business"):
 * they fold onto their group's first word only as written, so the everyday word keeps its meaning.
 */
const AS_WRITTEN: Record<string, string> = {
  localize: 'translate',
  localise: 'translate',
  localization: 'translate',
  localisation: 'translate',
};

const CANONICAL = new Map<string, string>();
for (const group of GROUPS) {
  const head = stem(group[0]!);
  for (const word of group) CANONICAL.set(stem(word), head);
}
const WHOLE = new Map(Object.entries(AS_WRITTEN).map(([word, head]) => [word, stem(head)]));

/** The canonical stem of one word (itself when it has no synonyms). */
export function canonicalStem(word: string): string {
  const whole = WHOLE.get(word.toLowerCase());
  if (whole) return whole;
  const s = stem(word);
  return CANONICAL.get(s) ?? s;
}

/** Canonical content stems of a text: the planner's bag of meanings. */
export function meaningStems(text: string): string[] {
  return tokenize(text)
    .filter((t) => !isStopword(t) && !/^\d+$/.test(t))
    .map(canonicalStem);
}
