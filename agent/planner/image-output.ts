/**
 * Images the tool makes, read from the language model's tags: a making verb whose object is an
 * image noun ("make a studio-quality image", "get a coordinated set of listing images",
 * "have it illustrate it"). An image named after "of", "in" or "from" ("an analysis of what's
 * in the image") is what the tool reads, not what it makes.
 */
import { readSentences, type Token } from './language';
import { opensWith } from './opening-title';
import { isOutsider } from './outside-people';
import { ANSWERS, TEXT_NOUNS } from './result-words';
import { TABLE_WORDS } from './table-owners';

const MAKING_VERBS = new Set([
  'make',
  'create',
  'generate',
  'produce',
  'design',
  'draw',
  'render',
  'get',
  'return',
  'give',
  'turn',
  'output',
  'paint',
  'want',
  'need',
]);
/** Nouns that name a picture (or a take on one): what an image model makes or is handed. */
export const IMAGE_NOUNS: ReadonlySet<string> = new Set([
  'image',
  'picture',
  'illustration',
  'visual',
  'poster',
  'banner',
  'mockup',
  'graphic',
  'thumbnail',
  'variation',
  'render',
  'artwork',
  'logo',
  'icon',
  'infographic',
  'photo',
  'headshot',
  'sticker',
  'wallpaper',
  'avatar',
  'cover',
  'shot',
  'selfie',
  'portrait',
  'meme',
  'drawing',
  'painting',
  'cartoon',
  'flyer',
  'design',
]);
/** "a shirt design" is a picture of the thing named before it; "a few design ideas for the API" may be writing. */
const NAMED_ONLY = new Set(['design']);
/** Choices offered of a picture: "three shirt design options", "logo ideas" are pictures to pick from. */
const CHOICES = new Set(['option', 'idea', 'concept', 'choice', 'alternative']);
/** "a set of listing images": the image noun heads the object even after "of". */
const QUANTITY_NOUNS = new Set([
  'set',
  'series',
  'batch',
  'pack',
  'collection',
  'bunch',
  'variety',
  'couple',
  'lot',
  'number',
  'handful',
  'range',
]);
/** Image words that also name a variant of anything ("variations of the email"). */
const VARIANTS = new Set(['variation', 'version']);
/** Verbs whose result is named after "into": "turn a photo into structured notes" makes notes. */
const INTO_VERBS = new Set(['turn', 'transform', 'convert']);
/** Verbs that are themselves making an image: to visualise something is to picture it. */
const IMAGING_VERBS = new Set(['illustrate', 'draw', 'paint', 'sketch', 'visualize', 'visualise']);
const REACH = 7;

/** "I want the photo read", "get the picture checked": a picture with something done to it is not made, unless the doing makes it ("an image generated"). */
function actedOn(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return next?.pos === 'VERB' && !MAKING_VERBS.has(next.lemma) && !IMAGING_VERBS.has(next.lemma);
}

/** The tagger leaves some plurals unlemmatised ("visuals"). */
const imageWord = (t: Token) => IMAGE_NOUNS.has(t.lemma) || IMAGE_NOUNS.has(t.lower.replace(/s$/, ''));

function objectIsImage(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 1 + REACH); k++) {
    const t = tokens[k]!;
    if (IMAGE_NOUNS.has(t.lemma) && actedOn(tokens, k)) return false;
    // "a cover letter": an image word before the head noun only modifies it.
    const after = tokens[k + 1]?.lemma ?? '';
    const modifiesNext = tokens[k + 1]?.pos === 'NOUN' && !IMAGE_NOUNS.has(after) && !CHOICES.has(after);
    // "three variations of the email": a variant of something is that thing.
    const variantOf = VARIANTS.has(t.lemma) && tokens[k + 1]?.lower === 'of';
    const named = !NAMED_ONLY.has(t.lemma) || tokens[k - 1]?.pos === 'NOUN' || tokens[k - 1]?.pos === 'PROPN';
    const picture = imageWord(t) && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'VERB') && named;
    if (picture && !modifiesNext && !variantOf) return true;
    const ofQuantity = t.lower === 'of' && (QUANTITY_NOUNS.has(tokens[k - 1]?.lemma ?? '') || VARIANTS.has(tokens[k - 1]?.lemma ?? ''));
    // "a coordinated set of …": a participle or a quantity the tagger reads as a verb still modifies.
    const participle = t.pos === 'VERB' && /(?:ed|ing)$/.test(t.lower) && k > i + 1;
    const modifier =
      t.pos === 'DET' ||
      t.pos === 'ADJ' ||
      t.pos === 'NOUN' ||
      t.pos === 'PROPN' ||
      t.pos === 'NUM' ||
      t.pos === 'ADV' ||
      t.text === '-' ||
      // "on-brand visuals": the first half of a hyphened word modifies like the whole.
      tokens[k + 1]?.text === '-' ||
      // "a custom, unique avatar image": describing words listed with commas.
      (t.text === ',' && k > i + 1 && tokens[k + 1]?.pos === 'ADJ') ||
      participle ||
      QUANTITY_NOUNS.has(t.lemma) ||
      variantOf;
    if (!modifier && !ofQuantity && !(t.pos === 'PRON' && k === i + 1)) return false;
  }
  return false;
}

/** What a making verb makes: its object, or for "turn … into …" what follows "into". */
function makesInto(tokens: readonly Token[], i: number): boolean {
  if (!INTO_VERBS.has(tokens[i]!.lemma)) return objectIsImage(tokens, i);
  const into = tokens.findIndex((x, k) => k > i && x.lower === 'into');
  const stop = tokens.findIndex((x, k) => k > i && (x.text === '.' || x.text === ';'));
  return into > 0 && (stop < 0 || into < stop) ? objectIsImage(tokens, into) : objectIsImage(tokens, i);
}

/** "lays them out into a post image", "combine the shots into a collage": what a verb puts things into is what it makes. */
function resultIsImage(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 1 + REACH); k++) {
    const t = tokens[k]!;
    if (t.lower === 'into') return objectIsImage(tokens, k);
    if (t.pos === 'VERB' || t.pos === 'PUNCT' || t.pos === 'CCONJ') return false;
  }
  return false;
}

/** Marks that start another item in a list: "title, description, tags, a couple of mockup images". */
const ITEM_MARKS = new Set([':', ',', 'and', 'plus']);

/**
 * "get everything for the listing generated: title, tags, a couple of mockup images", "make the
 * production pack: transcripts, 2-4 artwork options": what a making verb is followed by after a colon
 * is the list of what it makes — any item of it may be a picture.
 */
function listAfterColonIsImage(tokens: readonly Token[], i: number): boolean {
  let colon = -1;
  for (let k = i + 1; k < Math.min(tokens.length, i + 1 + REACH); k++) {
    if (tokens[k]!.text === ':') {
      colon = k;
      break;
    }
    if (tokens[k]!.pos === 'VERB' && !MAKING_VERBS.has(tokens[k]!.lemma)) return false;
  }
  if (colon < 0) return false;
  // An item that opens with a verb is a verdict or an action ("give: covered / not covered"), not a thing made.
  return tokens.some((t, k) => k >= colon && ITEM_MARKS.has(t.lower) && tokens[k + 1]?.pos !== 'VERB' && objectIsImage(tokens, k));
}

/** Words that make the noun after them a new one: "an image", "no picture", "without an image". */
const INDEFINITE = new Set(['a', 'an', 'no']);

/** "an event without an image … generate one": "one" standing alone is the last thing named with "a"/"an" before it. */
function oneIsImage(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 2]?.pos ?? 'PUNCT';
  if (tokens[i + 1]?.lower !== 'one' || next === 'NOUN' || next === 'PROPN' || next === 'ADJ') return false;
  for (let k = i - 1; k > 0; k--) {
    const t = tokens[k]!;
    if (t.pos === 'NOUN' && INDEFINITE.has(tokens[k - 1]!.lower)) return IMAGE_NOUNS.has(t.lemma);
  }
  return false;
}

/** Pictures of numbers. */
const CHARTS = new Set(['chart', 'graph']);

/** "answers with the number and a chart": a chart an answer comes with is a picture handed back beside it. */
function answerWithChart(tokens: readonly Token[], i: number): boolean {
  if (!ANSWERS.has(tokens[i]!.lemma) || tokens[i + 1]?.lower !== 'with') return false;
  for (let k = i + 2; k < Math.min(tokens.length, i + 2 + REACH); k++) {
    const t = tokens[k]!;
    if (CHARTS.has(t.lemma) && t.pos === 'NOUN') return true;
    if (t.pos === 'VERB' || t.text === ',' || t.text === '.' || t.text === ';') return false;
  }
  return false;
}

/** "a PDF drawing attached", "the painting": an -ing word after a determiner or a noun names a picture, it makes none. */
function namesAPicture(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.pos ?? '';
  if (!tokens[i]!.lower.endsWith('ing')) return false;
  // "drawing register: drawing number, …", "drawing transmittal": opening a title, it names what the rows are of.
  const next = tokens[i + 1];
  const titles = i === 0 && !!next && (next.pos === 'NOUN' || TABLE_WORDS.has(next.lemma));
  // "with drawing number, title": before one thing that is no picture, it names what the thing is of ("drawing cats" draws).
  const compound = !!next && next.pos === 'NOUN' && next.lower === next.lemma && !imageWord(next);
  return titles || compound || before === 'DET' || before === 'ADJ' || before === 'NOUN' || before === 'PROPN';
}

/**
 * Picture nouns that as often name what is handed over ("photos of our receipts", "a selfie", "the
 * design"), and the plain ones that say nothing of made or read ("vacation pictures": ask-turn.ts asks).
 */
const HANDED_PICTURES = new Set(['photo', 'selfie', 'shot', 'design', 'cover', 'variation', 'image', 'picture', 'visual']);
/** "Each image our authors upload": a picture opened on one by one is what comes in. */
const EACH = new Set(['each', 'every', 'any', 'all']);

/**
 * "A poster for every event we run", "a logo for my bakery", "memes about our product": a
 * description that opens on a picture as its title asks for that picture, with no verb to say so.
 */
function opensOnAPicture(tokens: readonly Token[]): boolean {
  if (EACH.has(tokens[0]?.lower ?? '')) return false;
  // A capital at the start is tagged a name as often as not: "Icons for our app".
  const noun = (t: Token) => t.pos === 'NOUN' || t.pos === 'PROPN';
  return tokens.some((t, i) => noun(t) && imageWord(t) && !HANDED_PICTURES.has(t.lemma) && opensWith(tokens, i));
}

/** Words after which "need" or "want" is said of a thing, not a person: "checklists that need a photo", "each item needs a photo". */
const OF_A_THING = new Set(['that', 'which']);

/** "progress checklists that need a photo to tick off": a thing needing a picture is handed one; nothing is made. */
function thingNeeds(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.lemma !== 'need' && tokens[i]!.lemma !== 'want') return false;
  const before = tokens[i - 1];
  return OF_A_THING.has(before?.lower ?? '') || ((before?.pos === 'NOUN' || before?.pos === 'PROPN') && !isOutsider(before));
}

export function makesImages(text: string): boolean {
  const sentences = readSentences(text);
  if (sentences[0] && opensOnAPicture(sentences[0].tokens)) return true;
  for (const { tokens } of sentences) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.negated) continue;
      if (IMAGING_VERBS.has(t.lemma) && t.pos === 'VERB' && !namesAPicture(tokens, i)) return true;
      // "mock up the landing page": a mock-up is a picture of the thing.
      if (t.lemma === 'mock' && tokens[i + 1]?.lower === 'up') return true;
      if (
        MAKING_VERBS.has(t.lemma) &&
        t.pos === 'VERB' &&
        !thingNeeds(tokens, i) &&
        (makesInto(tokens, i) || oneIsImage(tokens, i) || listAfterColonIsImage(tokens, i))
      )
        return true;
      if (t.pos === 'VERB' && !INTO_VERBS.has(t.lemma) && resultIsImage(tokens, i)) return true;
      if (answerWithChart(tokens, i)) return true;
    }
  }
  return false;
}

/** Words that join a second thing handed back to the first: "an image plus a caption", "a banner and a short post", "every image + caption". */
const BESIDE = new Set(['plus', 'and', '+']);

/** A joining word at `k`: one of BESIDE, or "along with". */
const joinsAt = (tokens: readonly Token[], k: number) =>
  BESIDE.has(tokens[k]!.lower) || (tokens[k]!.lower === 'with' && tokens[k - 1]?.lower === 'along');

/** "a finished post image …, plus a caption", "an image along with a caption": writing joined after the picture is handed back with it. */
export function writingBesideImage(text: string): boolean {
  return readSentences(text).some(({ tokens }) => {
    const image = tokens.findIndex((t) => t.pos === 'NOUN' && IMAGE_NOUNS.has(t.lemma));
    if (image < 0) return false;
    return tokens.some((_, k) => {
      // "+ caption" needs no article; the words need one ("and a short post").
      const article = tokens[k + 1]?.pos === 'DET' ? 1 : tokens[k]!.lower === '+' ? 0 : -1;
      if (k <= image || !joinsAt(tokens, k) || article < 0) return false;
      let head = k + 1 + article;
      // "and a short video title": describing words and nouns that only say which kind lead to the head.
      while (tokens[head]?.pos === 'ADJ' || (tokens[head]?.pos === 'NOUN' && tokens[head + 1]?.pos === 'NOUN')) head++;
      const noun = tokens[head];
      return noun !== undefined && noun.pos === 'NOUN' && TEXT_NOUNS.has(noun.lemma) && tokens[head + 1]?.pos !== 'NOUN';
    });
  });
}
