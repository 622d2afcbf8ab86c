/**
 * Template matching by meaning: the description and each template become bags of canonical
 * stems (synonyms folded, inflections stemmed); a template scores the sum of the words it
 * shares with the description, weighted by where it says them (keywords > title > summary)
 * and by how rare the word is among templates. A template whose output kind cannot give
 * what was asked (an image when it only writes) is marked down. Below the threshold the
 * planner composes the app from scratch instead.
 */
import type { LoadedTemplate } from '../spec/app-template';
import type { AppSpec } from '../spec/app-spec';
import type { OutputKind } from './output-kind';
import { readTokens } from './language';
import { TEXT_NOUNS } from './result-shape';
import { meaningStems } from './synonyms';

export interface TemplateMatch {
  template: LoadedTemplate;
  score: number;
  /** The shared stems, for explaining the choice. */
  shared: string[];
  /** 0..1: how sure the match is; MATCH_THRESHOLD's score is 0.5. */
  confidence: number;
}

/** Enough shared meaning to start from a template: about two strong words. */
export const MATCH_THRESHOLD = 5;
/** The confidence from which a template is used as it is; below it the app is composed. */
export const CONFIDENT = 0.5;

/** Score → 0..1, half at the threshold, approaching 1 for a match several times as strong. */
function confidenceOf(score: number): number {
  return score / (score + MATCH_THRESHOLD);
}

const WEIGHTS = { keywords: 3, title: 2, summary: 1 } as const;

/**
 * When a tool runs says little about what it does ("daily at 8, translate…" is a translator,
 * not a daily digest), so schedule words count for a third.
 */
const WHEN_WORDS = new Set(
  meaningStems(
    'daily weekly monthly hourly nightly morning evening monday tuesday wednesday thursday friday saturday sunday every schedule scheduled',
  ),
);
const WHEN_WEIGHT = 1 / 3;

/** Verbs every writer and generator shares ("write", "generate", "create") say little about which one. */
const GENERIC_WORDS = new Set(meaningStems('write generate'));

/**
 * Words for what is handed in (a PDF, pages, a file) say what the tool reads, not what it does:
 * a match on them alone is no match ("flag risky clauses in PDFs" is not document Q&A).
 */
const MEDIUM_WORDS = new Set(meaningStems('document pdf page pages file upload docx'));

/** Words for how rows are kept say how, not about what: a grant tracker shares only them with a lead tracker. */
const KEEPING_WORDS = new Set(meaningStems('track tracker record records table log list keep'));

/** What is delivered ("a digest", "a reply") says most about which tool it is: its words count double. */
const DELIVERABLE_WEIGHT = 2;

/** Verbs that produce what their object names ("put together a digest"); "translate descriptions" does not. */
const PRODUCING_VERBS = new Set([
  'write',
  'draft',
  'compose',
  'generate',
  'create',
  'make',
  'put',
  'produce',
  'prepare',
  'send',
  'give',
  'get',
  'build',
  'want',
  'need',
]);

function deliverableStems(description: string): Set<string> {
  const tokens = readTokens(description);
  const stems = new Set<string>();
  tokens.forEach((t, i) => {
    if ((t.pos !== 'NOUN' && t.pos !== 'PROPN') || !TEXT_NOUNS.has(t.lemma) || t.negated) return;
    const verb = [...tokens.slice(0, i)].reverse().find((x) => x.pos === 'VERB');
    if (!verb || PRODUCING_VERBS.has(verb.lemma)) for (const s of meaningStems(t.lemma)) stems.add(s);
  });
  return stems;
}

/** What a spec produces, from its steps. */
export function specOutputKind(spec: Pick<AppSpec, 'steps'>): OutputKind {
  const kinds = new Set(spec.steps.map((s) => s.kind));
  if (kinds.has('edit-image')) return 'image-edit';
  const image = kinds.has('generate-image');
  const text = kinds.has('generate-text') || kinds.has('extract') || kinds.has('classify');
  if (image && text) return 'text+image';
  return image ? 'image' : 'text';
}

function kindFit(wanted: OutputKind, offered: OutputKind): number {
  if (wanted === offered) return 1;
  if (wanted === 'text+image' && offered === 'image') return 0.6;
  if (wanted === 'image' && offered === 'text+image') return 0.45;
  return 0.25;
}

interface Indexed {
  template: LoadedTemplate;
  /** The template writes text (has a generate-text step), not only reads it. */
  writes: boolean;
  weights: Map<string, number>;
  /** Stems of the title alone: a description that says the title's words names the template. */
  title: Set<string>;
  kind: OutputKind;
}

/** Added in proportion to the share of the title's words the description says. */
const TITLE_BONUS = 4;

const cache = new WeakMap<readonly LoadedTemplate[], { indexed: Indexed[]; idf: Map<string, number> }>();

function index(templates: readonly LoadedTemplate[]) {
  const hit = cache.get(templates);
  if (hit) return hit;
  const indexed: Indexed[] = templates.map((template) => {
    const weights = new Map<string, number>();
    const add = (text: string, w: number) => {
      for (const s of meaningStems(text)) weights.set(s, Math.max(weights.get(s) ?? 0, w));
    };
    add(template.summary, WEIGHTS.summary);
    add(`${template.id.replace(/-/g, ' ')} ${template.title}`, WEIGHTS.title);
    add(template.keywords.join(' '), WEIGHTS.keywords);
    const writes = template.spec.steps.some((s) => s.kind === 'generate-text');
    return { template, weights, writes, title: new Set(meaningStems(template.title)), kind: specOutputKind(template.spec) };
  });
  const df = new Map<string, number>();
  for (const t of indexed) for (const s of t.weights.keys()) df.set(s, (df.get(s) ?? 0) + 1);
  const n = Math.max(indexed.length, 1);
  const idf = new Map([...df].map(([s, d]) => [s, Math.log(1 + n / d)]));
  const value = { indexed, idf };
  cache.set(templates, value);
  return value;
}

/** Asked to write something (a note, an email, a reply), a template that only extracts or tags falls short. */
const ASKS_TO_WRITE = /\b(?:write|writes|draft|drafts|compose|composes|respond|reply|replies|answer|answers)\b/i;
const WRITE_MISS = 0.4;

/** A template that runs on a schedule when none was asked for (or the reverse) fits less well. */
const WHEN_MISS = 0.7;

/** Templates ranked by meaning shared with `description`, best first (zero scores left out). */
export function rankTemplates(
  description: string,
  wanted: OutputKind,
  templates: readonly LoadedTemplate[],
  scheduled: boolean | null = null,
): TemplateMatch[] {
  const { indexed, idf } = index(templates);
  const query = new Set(meaningStems(description));
  const delivered = deliverableStems(description);
  const asksToWrite = ASKS_TO_WRITE.test(description);
  return indexed
    .map(({ template, weights, writes, title, kind }) => {
      let score = 0;
      const shared: string[] = [];
      for (const s of query) {
        const w = weights.get(s);
        if (w === undefined) continue;
        const weak = WHEN_WORDS.has(s) || GENERIC_WORDS.has(s);
        score += w * (idf.get(s) ?? 1) * (weak ? WHEN_WEIGHT : delivered.has(s) ? DELIVERABLE_WEIGHT : 1);
        if (!weak) shared.push(s);
      }
      if (score > 0 && title.size > 0)
        score += (TITLE_BONUS * [...title].filter((s) => query.has(s) && !GENERIC_WORDS.has(s)).length) / title.size;
      if (shared.length > 0 && shared.every((s) => MEDIUM_WORDS.has(s))) score /= 2;
      if (shared.length > 0 && shared.every((s) => KEEPING_WORDS.has(s))) score = 0;
      const writeFit = asksToWrite && !writes && wanted !== 'image' && wanted !== 'image-edit' ? WRITE_MISS : 1;
      const runsOnSchedule = template.spec.triggers.some((t) => t.kind === 'schedule');
      const whenFit = scheduled !== null && scheduled !== runsOnSchedule ? WHEN_MISS : 1;
      const total = score * kindFit(wanted, kind) * writeFit * whenFit;
      return { template, score: total, shared, confidence: confidenceOf(total) };
    })
    .filter((m) => m.score > 0)
    .sort((a, b) => b.score - a.score || a.template.id.localeCompare(b.template.id));
}

/**
 * The template to start from, or null when none shares enough meaning (compose instead).
 * One shared word is enough only when it is the template's whole name ("translate" → Translator);
 * "track" alone does not make a bug tracker a lead tracker.
 */
export function matchTemplate(
  description: string,
  wanted: OutputKind,
  templates: readonly LoadedTemplate[],
  scheduled: boolean | null = null,
): TemplateMatch | null {
  const best = rankTemplates(description, wanted, templates, scheduled)[0];
  if (!best || best.score < MATCH_THRESHOLD) return null;
  const title = new Set(meaningStems(best.template.title));
  return best.shared.length >= 2 || (title.size === 1 && best.shared.some((s) => title.has(s))) ? best : null;
}
