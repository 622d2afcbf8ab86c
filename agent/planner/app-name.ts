/**
 * A name for a new app from its description: the name the person gave, else the job as
 * "<object> <doer>" ("drafts LinkedIn posts" → "LinkedIn post drafter"), else the records
 * it keeps ("Lead tracker").
 */
import type { Description } from './description';
import { readTokens } from './language';
import { anyOf } from './regex-parts';
import { singular } from './words';

const DOERS: Record<string, string> = {
  draft: 'drafter',
  write: 'writer',
  summarise: 'summariser',
  summarize: 'summarizer',
  classify: 'classifier',
  categorise: 'categoriser',
  categorize: 'categorizer',
  translate: 'translator',
  extract: 'extractor',
  generate: 'generator',
  create: 'creator',
  make: 'maker',
  track: 'tracker',
  log: 'log',
  answer: 'answerer',
  edit: 'editor',
  enrich: 'enricher',
  score: 'scorer',
  tag: 'tagger',
  sort: 'sorter',
  triage: 'triage',
  compose: 'composer',
  design: 'designer',
  produce: 'producer',
  collect: 'collector',
  research: 'researcher',
  monitor: 'monitor',
  review: 'reviewer',
  check: 'checker',
  convert: 'converter',
  rewrite: 'rewriter',
  suggest: 'suggester',
  prepare: 'preparer',
  plan: 'planner',
  analyse: 'analyser',
  analyze: 'analyzer',
  caption: 'captioner',
  illustrate: 'illustrator',
  retouch: 'retoucher',
  qualify: 'qualifier',
  reply: 'reply drafter',
  respond: 'responder',
  turn: 'studio',
};

function baseVerb(word: string): string {
  const w = word.toLowerCase();
  if (DOERS[w]) return w;
  for (const candidate of [w.replace(/ies$/, 'y'), w.replace(/es$/, ''), w.replace(/s$/, '')]) if (DOERS[candidate]) return candidate;
  return w;
}

function capitalise(s: string): string {
  return s.length > 0 ? s[0]!.toUpperCase() + s.slice(1) : s;
}

function fromJob(job: string): string | null {
  const [verb, ...rest] = job.split(/\s+/);
  const doer = verb ? DOERS[baseVerb(verb)] : undefined;
  if (!doer) return null;
  const words = rest.filter(
    (w) => !/^(?:a|an|the|our|my|their|your|some|new|incoming|every|each|all|any|me|us|you|them|him|her|it)$/i.test(w),
  );
  if (words.length === 0) return capitalise(doer);
  const last = words.length - 1;
  words[last] = singular(words[last]!);
  return capitalise(`${words.join(' ')} ${doer}`);
}

/** The kinds of tool people name: ones that produce or process ("generator", "log"), and ones that help ("crm", "checker"). */
const PRODUCING_TOOL =
  /generator|tracker|drafter|writer|summari[sz]er|classifier|extractor|translator|editor|assistant|bot|planner|digest|log/;
const HELPING_TOOL = /crm|dashboard|checker|finder|creator|maker|designer|analy[sz]er|scorer|helper|studio/;
const TOOL_KIND = anyOf([PRODUCING_TOOL, HELPING_TOOL]);
/** "a recipe generator", "a lead tracker": the person named the kind of tool. */
const TOOL_NOUN = new RegExp(`\\b(?:an?|the|my|our)\\s+((?:[a-z][\\w-]*\\s+){1,3}?(?:${TOOL_KIND.source}))\\b`, 'i');
/** A description whose first sentence or heading is the tool's name alone: "Used van deal checker. …". */
const OPENING_TOOL = new RegExp(`^((?:[a-z][\\w-]*\\s+){1,3}(?:${TOOL_KIND.source}))\\s*(?:[.:!—–]|$)`, 'i');

/**
 * Words naming a tool form a noun phrase: "I need a bot." or "Build a dashboard!" is a sentence,
 * and "a place to log complaints" uses "log" as a verb.
 */
function asToolName(title: string | undefined): string | null {
  if (!title) return null;
  const words = readTokens(title).slice(0, -1);
  return words.some((t) => t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'AUX' || t.lower === 'to') ? null : title;
}

const openingTool = (text: string) => asToolName(OPENING_TOOL.exec(text.trim())?.[1]);

/** "turns customer interviews into personas" → "Persona generator". */
const TURNS_INTO =
  /\b(?:turns?|converts?|transforms?)\s+.+?\s+into\s+(?:an?\s+|the\s+)?((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*?)(?=[.,;:!?]|\s+(?:and|every|each|with|for|when|that|so|in)\b|$)/i;

/** "Product descriptions for our store…": the deliverable said first → "Product description writer". */
const DELIVERABLE =
  /descriptions?|posts?|captions?|replies|summaries|emails?|newsletters?|reports?|headlines?|listings?|articles?|proposals?|tweets?|scripts?|digests?|images?|visuals?|banners?|thumbnails?|logos?|mockups?/;
/** "… of our new products": what the deliverable is about, up to where the sentence moves on. */
const OF_WHAT =
  /(?:\s+of\s+(?:the\s+|our\s+|new\s+|all\s+|each\s+)*((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*?)(?=\s+(?:every|each|daily|weekly|for|from|with|and|in|on|at)\b|[.,;!?]|$))?/;
const DELIVERABLE_FIRST = new RegExp(`^(?:an?\\s+|the\\s+)?((?:[a-z][\\w-]*\\s+){0,2}?)(${DELIVERABLE.source})\\b${OF_WHAT.source}`, 'i');

/** "… and get a product description", "it gives me a short summary": the deliverable said after the verb that hands it back. */
const GETS = /\b(?:get|gets|getting|give me|gives me|receive|returns?)\s+(?:back\s+)?(?=(?:an?|the|a short|a new)\s)/i;

function fromDeliverable(text: string): string | null {
  const trimmed = text.trim();
  const gets = GETS.exec(trimmed);
  const m = DELIVERABLE_FIRST.exec(trimmed) ?? (gets ? DELIVERABLE_FIRST.exec(trimmed.slice(gets.index + gets[0].length)) : null);
  if (!m) return null;
  const thing = singular(m[2]!.toLowerCase());
  // "a digest of new GitHub issues" → "GitHub issue digest".
  if (m[3]) return capitalise(`${singular(m[3])} ${thing}`);
  const doer = /image|visual|banner|thumbnail|logo|mockup/.test(thing) ? 'generator' : /digest/.test(thing) ? '' : 'writer';
  return capitalise(`${m[1]!.toLowerCase()}${thing} ${doer}`.trim());
}

const BY_KIND: Record<Description['outputKind'], string> = {
  text: 'Writing assistant',
  image: 'Image generator',
  'image-edit': 'Photo editor',
  'text+image': 'Text and image generator',
};

/** With nothing better said, the name says what kind of tool it is: one that reads values out or sorts is no writing assistant. */
function fallbackName(d: Description): string {
  if (d.outputKind !== 'text' || !d.structured) return BY_KIND[d.outputKind];
  if (d.labels) return 'Classifier';
  return d.extracted.size > 0 || d.given.photo || d.given.document ? 'Data extractor' : 'Assistant';
}

const PERIOD_WORD = /\b(?:hourly|daily|nightly|weekly|monthly)\s+/i;

/** How often a cron runs, as a title's first word; the planner writes crons as "m h dom * dow". */
function periodOf(cron: string): string {
  const [, hour, dayOfMonth, , dayOfWeek] = cron.split(' ');
  if (dayOfMonth !== '*') return 'Monthly';
  if (dayOfWeek === '1-5') return 'Weekday';
  if (dayOfWeek !== '*') return 'Weekly';
  return hour === '*' || hour?.includes('/') ? 'Hourly' : 'Daily';
}

/** A template's title says how often only when that is the app's schedule: "Daily … digest" made weekly is "Weekly … digest". */
function titleFor(templateTitle: string, schedule: Description['schedule']): string {
  if (!PERIOD_WORD.test(templateTitle)) return templateTitle;
  if (schedule) return templateTitle.replace(PERIOD_WORD, `${periodOf(schedule.cron)} `);
  return capitalise(templateTitle.replace(PERIOD_WORD, ''));
}

export function appName(d: Description, templateTitle: string | null): string {
  const noun = asToolName(TOOL_NOUN.exec(d.text)?.[1]) ?? openingTool(d.text);
  const into = TURNS_INTO.exec(d.text)?.[1];
  // The person's own word for the tool beats the template's title.
  const name =
    d.name ??
    (noun ? capitalise(noun) : null) ??
    (templateTitle ? titleFor(templateTitle, d.schedule) : null) ??
    (into ? capitalise(`${singular(into)} generator`) : null) ??
    (d.job ? fromJob(d.job) : null) ??
    fromDeliverable(d.text) ??
    (d.keepsRecords && d.recordNoun ? `${capitalise(d.recordNoun)} tracker` : null);
  return (name ?? fallbackName(d)).slice(0, 120);
}
