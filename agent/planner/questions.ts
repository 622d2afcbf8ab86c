/**
 * Questions about models and cost, read into the arguments of the tool that answers them:
 * "compare gpt image 1 mini and gemini 3.1 pro" → compare_models; "which model is best for
 * summarising 800-page contracts?" → recommend_model (which reads sizes and volumes from the
 * task itself); "what would 2,000 images a month
 * cost?" → estimate_app_cost for the current app, else compare_models priced for that volume.
 */
import type { ModelFacts } from '../catalog';
import { findNamedModels } from './model-wishes';

export type Question =
  | { kind: 'compare'; models: ModelFacts[]; volume: Volume | null }
  | {
      kind: 'recommend';
      task: string;
      modelKind: 'text' | 'image' | null;
      priority: 'cost' | 'quality' | 'balanced' | null;
      provider: 'openai' | 'google' | null;
    }
  | { kind: 'cost'; volume: Volume | null; models: ModelFacts[]; modelKind: 'text' | 'image' };

export interface Volume {
  /** How many units a month (or in total when no period was said). */
  perMonth: number;
  unit: 'images' | 'runs';
  /** The words as said, e.g. "2,000 images a month". */
  said: string;
}

const MULTIPLIER: Record<string, number> = { k: 1_000, thousand: 1_000, million: 1_000_000, m: 1_000_000 };
const PER_MONTH: Record<string, number> = { day: 30, week: 52 / 12, month: 1, year: 1 / 12 };

function parseNumber(digits: string, scale: string | undefined): number {
  return Math.round(Number(digits.replace(/,/g, '')) * (scale ? (MULTIPLIER[scale] ?? 1) : 1));
}

/** What a volume counts: "2,000 images", "10k runs", "300 tickets". */
const COUNTED_THING =
  /images?|pictures?|photos?|visuals?|runs?|requests?|calls?|posts?|summar\w+|documents?|emails?|replies|messages?|tickets?|reviews?|times?/;
/** "2,000 images", "10k runs": a count and what it counts (the empty last group stands for no period). */
const COUNT_OF_THINGS = new RegExp(`(\\d[\\d,]*(?:\\.\\d+)?)\\s*(k|thousand|million|m)?\\s+(?:[a-z-]+\\s+)?(${COUNTED_THING.source})\\b()`);

/** "2,000 images a month", "100 posts per day", "10k runs" → a monthly volume. */
export function parseVolume(text: string): Volume | null {
  const t = text.toLowerCase();
  // "500 leads a month", "100 posts per day", "500 a week": any noun (or none) with a period counts as runs.
  const m =
    /(\d[\d,]*(?:\.\d+)?)\s*(k|thousand|million|m)?\s+(?:(?:[a-z-]+\s+)?([a-z-]+?)\s*)?(?:a|an|per|each|every)\s+(day|week|month|year)\b/.exec(
      t,
    ) ?? COUNT_OF_THINGS.exec(t);
  if (!m) return null;
  const count = parseNumber(m[1]!, m[2]);
  const perMonth = Math.round(count * (m[4] ? PER_MONTH[m[4]]! : 1));
  // "500 a week" names no noun: runs.
  const unit = /image|picture|photo|visual/.test(m[3] ?? '') ? 'images' : 'runs';
  return { perMonth, unit, said: m[0].trim() };
}

const IMAGE_WORDS = /\b(?:images?|pictures?|photos?|visuals?|illustrations?|drawings?|renders?|logos?|mock-?ups?)\b/;

export function parseModelsQuestion(message: string): Question {
  const named = findNamedModels(message).map((m) => m.model);
  const unique = [...new Map(named.map((m) => [m.id, m])).values()];
  const t = message.toLowerCase();
  if (unique.length >= 2) return { kind: 'compare', models: unique, volume: parseVolume(message) };
  const priority = /\bcheap\w*|\blow(?:est)?[- ]cost|\bafford|\bbudget/.test(t)
    ? 'cost'
    : /\bbest quality|\bhighest quality|\bmost capable|\bsmartest|\bmost accurate/.test(t)
      ? 'quality'
      : null;
  const provider = /\b(?:gemini|google)\b/.test(t) ? 'google' : /\b(?:openai|gpt|chatgpt)\b/.test(t) ? 'openai' : null;
  return {
    kind: 'recommend',
    task: message.trim().slice(0, 1000),
    modelKind: IMAGE_WORDS.test(t) ? 'image' : null,
    priority,
    provider,
  };
}

export function parseCostQuestion(message: string): Question {
  const volume = parseVolume(message);
  const named = findNamedModels(message).map((m) => m.model);
  const modelKind = volume?.unit === 'images' || IMAGE_WORDS.test(message.toLowerCase()) ? 'image' : 'text';
  return { kind: 'cost', volume, models: [...new Map(named.map((m) => [m.id, m])).values()], modelKind };
}
