import { formatCount } from './money';
import type { Preference, Requirements } from './requirements';
import type { Workload } from './workload';

/** Requirements read from a task description, with what was understood or assumed, in sentences. */
export interface TaskRequirements {
  requirements: Requirements;
  understood: string[];
}

/** A dense page of a contract or report: about 500 words, about 650 tokens. */
export const TOKENS_PER_PAGE = 650;
/** English averages about 1.3 tokens per word. */
export const TOKENS_PER_WORD = 1.3;
/** When no volume is stated, recommendations price this many requests a month. */
export const ASSUMED_REQUESTS_PER_MONTH = 1_000;

const IMAGE_NOUN =
  '(?:images?|pictures?|photos?|photographs?|illustrations?|logos?|banners?|artwork|thumbnails?|posters?|icons?|avatars?|mock-?ups?|renders?)';
const CREATE_VERB = String.raw`(?:generat\w*|creat\w*|mak(?:e|es|ing)|made|draw\w*|drew|design\w*|render\w*|produc\w*|paint\w*|illustrat\w*)`;

const PATTERNS = {
  embedding: /\b(embed(?:ding)?s?|semantic search|vector search|similarity search|similar documents|retrieval|rag)\b/i,
  imageEdit: /\b(edit|retouch|touch up|inpaint|(?:remove|replace|change) (?:the )?background|recolou?r)\b/i,
  imageCreate: new RegExp(
    String.raw`\b${CREATE_VERB}\b[^.;]*\b${IMAGE_NOUN}\b|\bimage (?:generation|generator|output)s?\b|\btext[- ]to[- ]image\b`,
    'i',
  ),
  /** "which image model", "an image-generation model", "picture models". */
  imageModel: /\b(?:image|picture|photo)(?:[- ]generat\w*)?[- ]models?\b/i,
  imageMention: new RegExp(String.raw`\b${IMAGE_NOUN}\b|\bscreenshots?\b|\bscans?\b|\bscanned\b`, 'i'),
  structured: /\b(extract\w*|fields?|json|structured|tables?|classif\w*|categori[sz]\w*|tag(?:s|ging)?|labels?|parse)\b/i,
  tools: /\b(tools?|function[- ]call\w*|agents?|look ?ups?|webhooks?)\b|\bcall(?:s|ing)?\b[^.;]*\bapis?\b/i,
  summarise: /\b(summar\w+|digest|brief|condense)\b/i,
  classify: /\b(classif\w*|categori[sz]\w*|tag(?:s|ging)?|label(?:s|ling|ing)?|triage|route)\b/i,
  cheapest: /\b(cheap\w*|budget|low[- ]cost|inexpensive|affordable|lowest cost)\b/i,
  capable: /\b(best quality|highest quality|high accuracy|most capable|smartest|most accurate|state of the art|best possible)\b/i,
  // The provider or family ("with OpenAI", "on Gemini"), not one model named for comparison ("cheaper than gpt-image-1.5").
  openai: /\bopenai\b|\bgpt\b(?![\s.-]*(?:\d|image))/i,
  google: /\bgoogle\b|\bgemini\b(?![\s.-]*\d)/i,
  /** "$0.09 per 1,000 classifications", "under $0.02 a request", "at most $5 per thousand". */
  ceiling: /\$\s?(\d[\d,]*(?:\.\d+)?)\s*(?:per|a|an|\/|for each|each)\s*(1,000|1000|1k|thousand|million|1m|\w+)/i,
  highQuality: /\b(high[- ]quality|hq|print[- ]ready|best quality|highest quality)\b/i,
  lowQuality: /\b(draft|low[- ]quality|rough|quick sketch)\b/i,
  size: /\b(\d{3,4})\s*[x×]\s*(\d{3,4})\b/,
  pages: /(\d[\d,.]*)\s*(k)?[-\s]?pages?\b/i,
  words: /(\d[\d,.]*)\s*(k|m)?[-\s]?words?\b/i,
  tokens: /(\d[\d,.]*)\s*(k|m)?[-\s]?tokens?\b/i,
  volume:
    /(\d[\d,.]*)\s*(k|m)?\s+(?:[a-z-]+\s+){0,3}?(?:per|a|an|each|every|\/)\s*(month|day|week|year)\b|(\d[\d,.]*)\s*(k|m)?\s*(?:[a-z-]+\s*)?\/\s*(month|day|week|year)\b/i,
};

function amount(digits: string, suffix: string | undefined): number {
  const n = Number(digits.replace(/,/g, ''));
  const scale = suffix?.toLowerCase() === 'k' ? 1_000 : suffix?.toLowerCase() === 'm' ? 1_000_000 : 1;
  return n * scale;
}

const PER_MONTH: Record<string, number> = { day: 30, week: 52 / 12, month: 1, year: 1 / 12 };

/** The longest single document the task mentions, in tokens; null when none is sized. */
function documentTokens(text: string, understood: string[]): number | null {
  const pages = PATTERNS.pages.exec(text);
  if (pages) {
    const count = amount(pages[1]!, pages[2]);
    const tokens = Math.ceil(count * TOKENS_PER_PAGE);
    understood.push(`${formatCount(count)} pages ≈ ${formatCount(tokens)} tokens (about ${TOKENS_PER_PAGE} tokens a page) in one prompt.`);
    return tokens;
  }
  const words = PATTERNS.words.exec(text);
  if (words) {
    const count = amount(words[1]!, words[2]);
    const tokens = Math.ceil(count * TOKENS_PER_WORD);
    understood.push(`${formatCount(count)} words ≈ ${formatCount(tokens)} tokens (about ${TOKENS_PER_WORD} tokens a word) in one prompt.`);
    return tokens;
  }
  const tokens = PATTERNS.tokens.exec(text);
  if (tokens) {
    const count = Math.ceil(amount(tokens[1]!, tokens[2]));
    understood.push(`Prompts of ${formatCount(count)} tokens.`);
    return count;
  }
  return null;
}

const PER_UNITS: Record<string, number> = {
  '1,000': 1_000,
  '1000': 1_000,
  '1k': 1_000,
  thousand: 1_000,
  million: 1_000_000,
  '1m': 1_000_000,
};

/** A stated cost ceiling, in USD per request; null when none is stated. */
function costCeiling(text: string, understood: string[]): number | null {
  const m = PATTERNS.ceiling.exec(text);
  if (!m) return null;
  const usd = Number(m[1]!.replace(/,/g, ''));
  const per = PER_UNITS[m[2]!.toLowerCase()] ?? 1;
  const perRequest = usd / per;
  understood.push(
    per === 1
      ? `At most ${formatUsdWords(usd)} per request.`
      : `At most ${formatUsdWords(usd)} per ${formatCount(per)} requests = ${formatUsdWords(perRequest)} per request.`,
  );
  return perRequest;
}

function formatUsdWords(usd: number): string {
  return `$${Number(usd.toPrecision(6))}`;
}

function monthlyVolume(text: string, understood: string[]): number {
  const m = PATTERNS.volume.exec(text);
  if (!m) {
    understood.push(`No volume stated: priced at ${formatCount(ASSUMED_REQUESTS_PER_MONTH)} requests a month.`);
    return ASSUMED_REQUESTS_PER_MONTH;
  }
  const count = amount((m[1] ?? m[4])!, m[2] ?? m[5]);
  const unit = (m[3] ?? m[6])!.toLowerCase();
  const perMonth = Math.round(count * (PER_MONTH[unit] ?? 1));
  understood.push(`${formatCount(count)} a ${unit} = ${formatCount(perMonth)} requests a month.`);
  return perMonth;
}

/**
 * Turns a task in words ("summarise 800-page contracts", "generate product images") into
 * requirements and a workload to price. Keyword rules, stated in `understood`, not a model:
 * the planner and the CLI show them so a person can correct what was misread.
 */
export function requirementsFromTask(task: string): TaskRequirements {
  const text = task.trim();
  const understood: string[] = [];
  const requirements: Requirements = {};

  if (PATTERNS.embedding.test(text)) {
    requirements.outputKind = 'embedding';
    understood.push('Output: embeddings (search / retrieval).');
  } else if (PATTERNS.imageEdit.test(text) && PATTERNS.imageMention.test(text)) {
    Object.assign(requirements, { outputKind: 'image', imageEdit: true, imageInput: true });
    understood.push('Output: edited images, so the model must take an image in and edit it.');
  } else if (PATTERNS.imageCreate.test(text) || PATTERNS.imageModel.test(text)) {
    requirements.outputKind = 'image';
    understood.push('Output: generated images.');
  } else {
    requirements.outputKind = 'text';
    understood.push('Output: text.');
    if (PATTERNS.imageMention.test(text)) {
      requirements.imageInput = true;
      understood.push('Reads images (photos, scans or screenshots), so the model must accept image input.');
    }
  }

  const docTokens = documentTokens(text, understood);
  if (docTokens !== null && requirements.outputKind !== 'image') requirements.minContextTokens = docTokens;
  if (requirements.outputKind === 'text' && PATTERNS.structured.test(text)) {
    requirements.structuredOutput = true;
    understood.push('Returns fields or categories, so the model must support structured output.');
  }
  if (requirements.outputKind === 'text' && PATTERNS.tools.test(text)) {
    requirements.functionCalling = true;
    understood.push('Calls tools or APIs, so the model must support function calling.');
  }

  const openai = PATTERNS.openai.test(text);
  const google = PATTERNS.google.test(text);
  if (openai !== google) {
    requirements.provider = openai ? 'openai' : 'google';
    understood.push(`Only ${openai ? 'OpenAI' : 'Google'} models.`);
  }

  const ceiling = costCeiling(text, understood);
  if (ceiling !== null) requirements.maxCostPerRequest = ceiling;

  const preference: Preference = PATTERNS.cheapest.test(text) ? 'cheapest' : PATTERNS.capable.test(text) ? 'most-capable' : 'best-value';
  requirements.preference = preference;
  understood.push(`Preference: ${preference}.`);

  requirements.workload = workloadFor(text, requirements, docTokens, understood);
  return { requirements, understood };
}

function workloadFor(text: string, r: Requirements, docTokens: number | null, understood: string[]): Workload {
  const requestsPerMonth = monthlyVolume(text, understood);
  if (r.outputKind === 'image') {
    const workload: Workload = { requestsPerMonth, images: 1 };
    if (PATTERNS.highQuality.test(text)) workload.imageQuality = 'high';
    else if (PATTERNS.lowQuality.test(text)) workload.imageQuality = 'low';
    const size = PATTERNS.size.exec(text);
    if (size) workload.imageSize = `${size[1]}x${size[2]}`;
    understood.push(
      `One image per request${workload.imageQuality ? `, ${workload.imageQuality} quality` : ''}${workload.imageSize ? `, ${workload.imageSize}` : ''}.`,
    );
    return workload;
  }
  if (r.outputKind === 'embedding') {
    const inputTokens = docTokens ?? 1_000;
    if (docTokens === null) understood.push('No document size stated: priced at 1,000 tokens a request.');
    return { requestsPerMonth, inputTokens };
  }
  // A label needs a short item and a word back; other text work a page in and a paragraph out.
  const classify = PATTERNS.classify.test(text) && !PATTERNS.summarise.test(text);
  const assumedInput = classify ? 500 : 2_000;
  const inputTokens = docTokens ?? assumedInput;
  if (docTokens === null)
    understood.push(
      `No document size stated: priced at ${formatCount(assumedInput)} input tokens a request${classify ? ' (one item to label)' : ''}.`,
    );
  const outputTokens = classify ? 10 : PATTERNS.summarise.test(text) ? 1_000 : 500;
  const why = classify ? ' (a label)' : outputTokens === 1_000 ? ' (a summary)' : '';
  understood.push(`About ${formatCount(outputTokens)} output tokens a request${why}.`);
  return { requestsPerMonth, inputTokens, outputTokens };
}
