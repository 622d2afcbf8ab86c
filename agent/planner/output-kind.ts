/**
 * Output kind: does the tool write text, make images, edit an uploaded photo, or both
 * (text and a matching image)? Decided from what the description asks the tool to produce.
 */
import { readTokens } from './language';

export type OutputKind = 'text' | 'image' | 'image-edit' | 'text+image';

const IMAGE_NOUN =
  '(?:images?|pictures?|visuals?|illustrations?|graphics?|artwork|banners?|renders?|thumbnails?|posters?|mock-?ups?|wireframes?|logos?|icons?|hero shots?|ad creatives?|creatives?|infographics?|photos?|product shots?)';

/** Making an image: "with a matching image", "generate visuals", "UI mockup generator". */
const MAKES_IMAGE = new RegExp(
  `\\b(?:generat\\w*|creat\\w*|mak\\w*|draw\\w*|design\\w*|render\\w*|produc\\w*|paint\\w*|illustrat\\w*|matching|accompanying|fitting|custom|new|ai|marketing|social|hero|cover|featured|ui|app|screen)\\s+(?:\\w+\\s+){0,3}?${IMAGE_NOUN}\\b|\\b${IMAGE_NOUN}\\s+(?:generator|maker|creator|designer)\\b|\\b${IMAGE_NOUN}\\b[^.;]{0,60}?,?\\s+(?:generated|created|made|designed|drawn|rendered|illustrated)\\b|\\b(?:text|prompt)[- ]to[- ]image\\b|(?<=\\b(?:posts?|captions?|articles?|newsletters?|emails?|tweets?|updates?|stories|story|copy|recipes?|descriptions?|listings?)\\s+(?:[\\w-]+\\s+){0,5}?)with\\s+(?:an?\\s+)?(?:matching\\s+|fitting\\s+)?(?:images?|pictures?|photos?|visuals?|illustrations?|graphics?)\\b|\\b(?:and|plus|with|also)\\s+(?:an?|one|two|three|some)\\s+(?:[\\w-]+\\s+)?(?:images?|pictures?|visuals?|illustrations?|graphics?|banners?|thumbnails?)\\b`,
);

/** Editing a given photo: "from a reference photo", "remove the background", "retouch". */
const EDITS_IMAGE =
  /\b(?:reference (?:photo|image|picture|shot)|from (?:an? |the |their |my |our )?(?:uploaded |own )?(?:photo|image|picture|shot|selfie)s?|(?:upload|uploaded|uploads|give|drop|send)\s+(?:\w+\s+){0,3}?(?:photo|image|picture|shot|selfie)s?\b.*\b(?:into|make\\w*|turn\\w*|put\\w*|chang\\w*|replac\\w*|remov\\w*|restyl\\w*|edit\\w*|clean\\w*|plac\\w*|on a|with a|in a)|edit(?:s|ing)? (?:\w+\s+){0,3}?(?:photos?|images?|pictures?|shots?)|photo editor|image editor|retouch\w*|(?:remove|replace|swap|change) (?:the )?backgrounds?|background (?:removal|replacement|swap)|on a (?:clean |plain |pure )?white background|restyle|touch[- ]up)\b/;

/** Writing text: a text deliverable besides or instead of an image (lemmas). */
const TEXT_DELIVERABLES = new Set([
  'post',
  'caption',
  'copy',
  'text',
  'summary',
  'summarise',
  'summarize',
  'draft',
  'write',
  'reply',
  'answer',
  'email',
  'description',
  'report',
  'digest',
  'headline',
  'tagline',
  'article',
  'translate',
  'translation',
  'classify',
  'classification',
  'extract',
  'extraction',
  'note',
  'hashtag',
  'script',
  'tweet',
  'blurb',
  'message',
  'response',
  'explanation',
  'recipe',
  'plan',
  'outline',
  'idea',
  'name',
  'list',
  'persona',
  'proposal',
  'quote',
  'bio',
  'slogan',
  'poem',
  'joke',
  'newsletter',
  'alt',
]);

function makesText(text: string): boolean {
  return readTokens(text).some((t) => TEXT_DELIVERABLES.has(t.lemma) || TEXT_DELIVERABLES.has(t.lower));
}

/** A photo given to the tool, not made by it: "takes a photo of a receipt". */
const IMAGE_GIVEN =
  /\b(?:takes?|taking|reads?|reading|scans?|scanning|receives?|upload\w*|given|snaps?)\s+(?:an?\s+|the\s+|their\s+|my\s+|our\s+)?(?:[\w-]+\s+)?(?:photos?|images?|pictures?|screenshots?|scans?)\b/g;

/** "from a short description of the screen": what the tool starts from is not what it makes. */
const SOURCE_PHRASE =
  /\b(?:from|based on|out of)\s+(?:[\w-]+\s+){0,6}?[\w-]+(?:\s+and\s+(?:an?\s+|the\s+|its\s+|their\s+)?[\w-]+(?:\s+[\w-]+)?)?(?=[,.;:!?]|\s+(?:and|then|every|each|with|for|in|on|at|so)\b|$)/g;

export function detectOutputKind(text: string): OutputKind {
  const t = text.toLowerCase();
  if (EDITS_IMAGE.test(t)) {
    const alsoWrites = /\b(?:captions?|descriptions?|copy|posts?|alt[- ]text)\b/.test(t.replace(SOURCE_PHRASE, ' '));
    return alsoWrites ? 'text+image' : 'image-edit';
  }
  const made = t.replace(IMAGE_GIVEN, ' ');
  if (!MAKES_IMAGE.test(made)) return 'text';
  const rest = made
    .replace(new RegExp(MAKES_IMAGE.source, 'g'), ' ')
    .replace(SOURCE_PHRASE, ' ')
    .replace(/\b(?:text|prompt)s?\b/g, ' ');
  return makesText(rest) ? 'text+image' : 'image';
}
