/**
 * Output kind: does the tool write text, make images, edit an uploaded photo, or both
 * (text and a matching image)? Decided from what the description asks the tool to produce.
 */
import { alternatives, anyOf, anyWhole } from './regex-parts';
import { withoutPictureWords } from './picture-words';
import { deliversProse, TEXT_NOUNS } from './result-shape';

export type OutputKind = 'text' | 'image' | 'image-edit' | 'text+image';

/** Pictures and the design pieces people ask a tool to make. */
const PICTURE_WORD = /images?|pictures?|visuals?|illustrations?|graphics?|artwork|banners?(?: ads?)?|renders?|thumbnails?|posters?|flyers?/;
const DESIGN_WORD = /mock-?ups?|wireframes?|logos?|icons?|hero shots?|ad creatives?|creatives?|infographics?|photos?|product shots?/;
/** Pictures named by what they are used as: "a desktop wallpaper", "an avatar", "coloring pages". */
const PICTURE_USE = /wallpapers?|avatars?|headshots?|stickers?|memes?|colou?ring (?:book )?pages?/;
const IMAGE_NOUN = `(?:${alternatives([PICTURE_WORD, DESIGN_WORD, PICTURE_USE])})`;

/** "generate visuals", "design a logo": a making verb a few words before its image. */
const MAKE_VERB = /generat\w*|creat\w*|mak\w*|draw\w*|design\w*|render\w*|produc(?:e[sd]?|ing)|paint\w*|illustrat\w*/;
/** Words between may be hyphened or listed with commas: "a set of on-brand visuals", "a custom, unique avatar image". */
const MAKING_AN_IMAGE = new RegExp(`\\b(?:${MAKE_VERB.source})\\s+(?:[\\w-]+,?\\s+){0,3}?${IMAGE_NOUN}\\b`);
/** "4 variations of a banner", "a few options for a logo": several takes on one picture, made at once. */
const TAKES = /variations?|versions?|variants?|options?|alternatives?|takes?|concepts?|drafts?/;
const MAKING_TAKES = new RegExp(
  `\\b(?:${MAKE_VERB.source})\\s+(?:[\\w-]+\\s+){0,2}?(?:${TAKES.source})\\s+(?:of|for)\\s+(?:[\\w-]+\\s+){0,2}?${IMAGE_NOUN}\\b`,
);
/** "a matching image", "hero shots", "UI mockup": a describing word right before the image. */
const IMAGE_KIND = /matching|accompanying|fitting|custom|new|ai|marketing|social|hero|cover|featured|ui|app|screen/;
const DESCRIBED_IMAGE = new RegExp(`\\b(?:${IMAGE_KIND.source})\\s+(?:[\\w-]+\\s+)?${IMAGE_NOUN}\\b`);
const PICTURE_SAID = new RegExp(`\\b${IMAGE_NOUN}\\b`);
/** "a logo generator". */
const IMAGE_TOOL = new RegExp(`\\b${IMAGE_NOUN}\\s+(?:generator|maker|creator|designer)\\b`);
/** "images, generated from…": the image said first, the making after. */
const IMAGE_THEN_MADE = new RegExp(
  `\\b${IMAGE_NOUN}\\b[^.;]{0,60}?,?\\s+(?:generated|created|made|designed|drawn|rendered|illustrated)\\b`,
);
/**
 * "show them what the finished room could look like": a look at what is not there yet is a picture
 * of it — when pictures are in play at all ("what my budget would look like" is a forecast).
 */
const LOOKS_LIKE =
  /\b(?:show|see|preview|visuali[sz]e|imagine|picture)\w*\b[^.;]{0,60}?\bwhat\b[^.;]{0,50}?\b(?:could|would|will|might)\s+look\s+like\b/;
const TEXT_TO_IMAGE = /\b(?:text|prompt)[- ]to[- ]image\b/;
/** "posts with a matching image": a written piece that comes with a picture. */
const WRITTEN_PIECE =
  /posts?|captions?|articles?|newsletters?|emails?|tweets?|updates?|stories|story|copy|recipes?|descriptions?|listings?/;
const WRITING_WITH_IMAGE = new RegExp(
  `(?<=\\b(?:${WRITTEN_PIECE.source})\\s+(?:[\\w-]+\\s+){0,5}?)with\\s+(?:an?\\s+)?(?:matching\\s+|fitting\\s+)?(?:images?|pictures?|photos?|visuals?|illustrations?|graphics?)\\b`,
);
/** "and two images", "plus a banner". */
const AND_AN_IMAGE =
  /\b(?:and|plus|with|also)\s+(?:an?|one|two|three|some)\s+(?:[\w-]+\s+)?(?:images?|pictures?|visuals?|illustrations?|graphics?|banners?|thumbnails?)\b/;
/** "both the image and the text", "text and image both": a picture asked beside the writing. */
const PICTURE = /(?:images?|pictures?|visuals?|graphics?)/;
const WORDING = /(?:text|copy|captions?|words)/;
const BOTH_KINDS = new RegExp(
  `\\bboth\\s+(?:the\\s+|an?\\s+)?(?:${PICTURE.source}\\s+and\\s+(?:the\\s+|a\\s+)?${WORDING.source}|${WORDING.source}\\s+and\\s+(?:the\\s+|an?\\s+)?${PICTURE.source})\\b`,
);
/** "1280x720", "a 1024x1024 jpeg": a size in pixels is a picture's, and asked of one made. */
const PIXEL_SIZE = /\b\d{2,5}\s?[x×]\s?\d{2,5}\b(?!\s*(?:mm|cm|in|inch|inches|ft|feet|m)\b)/;
/** "turn a prompt into a printable coloring page": something turned into a picture. */
const TURNED_INTO_PICTURE = new RegExp(
  `\\b(?:turn|transform|convert)(?:s|ed|ing)?\\b[^.;:]{0,60}?\\binto\\s+(?:an?\\s+|\\d+\\s+)?(?:[\\w-]+\\s+){0,2}?(?:${alternatives([PICTURE_WORD, PICTURE_USE])})\\b`,
);
/** "get a coloring page", "get back 3 thumbnails": a picture the tool hands over, not one fetched ("get the images from …"). */
const GETS_A_PICTURE = new RegExp(
  `\\bget\\s+(?:back\\s+)?(?:an?|one|two|three|four|five|\\d+|some|fresh|new)\\s+(?:[\\w-]+\\s+){0,2}?(?:${alternatives([PICTURE_WORD, PICTURE_USE])})\\b`,
);

/**
 * Making an image: "with a matching image", "generate visuals", "UI mockup generator". A making
 * verb may stand a few words before its image; a describing word ("hero", "AI") only right before.
 */
const MAKES_IMAGE = anyOf([
  MAKING_AN_IMAGE,
  MAKING_TAKES,
  DESCRIBED_IMAGE,
  IMAGE_TOOL,
  IMAGE_THEN_MADE,
  TEXT_TO_IMAGE,
  WRITING_WITH_IMAGE,
  AND_AN_IMAGE,
  BOTH_KINDS,
  PIXEL_SIZE,
  TURNED_INTO_PICTURE,
  GETS_A_PICTURE,
]);

/** Editing a photo, said outright: "retouch", "remove the background", "a photo editor". */
const EDITS_A_PHOTO = /edit(?:s|ing)? (?:\w+\s+){0,3}?(?:photos?|images?|pictures?|shots?)|photo editor|image editor|retouch\w*/;
const BACKGROUND_WORK =
  /(?:remove|replace|swap|change) (?:the )?backgrounds?|background (?:removal|remover|replacement|swap)|on a (?:clean |plain |pure )?white background/;
const RESTYLES = /restyle|touch[- ]up/;
/** "colorize my old black and white photos", "restore old damaged photos": a photo brought back. */
const RESTORES_PHOTO =
  /(?:restor|coloui?ri[sz]|colori[sz]|upscal|denois|deblur)\w*\s+(?:[\w-]+\s+){0,5}?(?:photos?|images?|pictures?|scans?|portraits?)\b/;
/** "fix the scratches and tears": the damage a photo is mended of. */
const MENDS_PHOTO = /fix(?:es|ing)?\s+(?:the\s+)?(?:scratches|tears|fading|creases|red[- ]eye)\b/;
/** "cut the product out and put it in a new scene": a thing lifted out of a photo and set into another picture. */
const CUTS_OUT = /cut(?:s|ting)? (?:out (?:the |its |their )?\w+|(?:the |its |their )?\w+ out) and (?:put|place|set|drop)s?/;
const EDITS_IMAGE = anyWhole([EDITS_A_PHOTO, BACKGROUND_WORK, RESTYLES, RESTORES_PHOTO, MENDS_PHOTO, CUTS_OUT]);

/**
 * "get a coloured version", "a restored version": a photo handed back changed in how it looks is an
 * edit of it ("a translated version" of a photographed menu is writing).
 */
const LOOK_CHANGES = /colou?r|colori[sz]|restor|enhanc|retouch|sharpen|upscal|brighten|repair|cartooni[sz]|stylis|styliz/;
const CHANGED_VERSION = new RegExp(`\\b(?:an?|the)\\s+(?:\\w+\\s+)?(?:${LOOK_CHANGES.source})ed\\s+(?:versions?|copy|copies)\\b`);
const PHOTO_WORD = /\b(?:photos?|pictures?|images?|selfies?|snapshots?)\b/;

/** A photo the tool starts from: "a reference photo", "from a selfie", "upload a product shot". */
const REFERENCE_PHOTO = /reference (?:photo|image|picture|shot)/;
const FROM_A_PHOTO = /from (?:an? |the |their |my |our )?(?:uploaded |own )?(?:photo|image|picture|shot|selfie)s?/;
const GIVES_A_PHOTO = /(?:upload|uploaded|uploads|give|drop|send|take|takes)\s+(?:[\w-]+\s+){0,3}?(?:photo|image|picture|shot|selfie)s?/;
/** "photograph a client's room": the person takes the photo the tool starts from. */
const PHOTOGRAPHS = /photograph(?:s|ed|ing)?\s+(?:an?|the|their|my|our|your|each|every)/;
const PHOTO_SOURCE = anyWhole([REFERENCE_PHOTO, FROM_A_PHOTO, GIVES_A_PHOTO, PHOTOGRAPHS]);

/** What changes a given photo into another picture: "place it in a kitchen", "turn it into a cartoon", "get the room furnished". */
const CHANGES_PHOTO =
  /\b(?:plac|replac|remov|restyl|redesign|restor|enhanc|upscal|colou?ri[sz]|transform|edit|clean|swap|turn|furnish|decorat|renovat|remodel|declutter|stag)(?:e|es|ed|ing|s)?\b/;

/** "turn it into structured notes": a photo turned into writing or values is read, not changed. */
const TURNED_INTO = /\b(?:turn|transform|convert)(?:s|ed|ing)?\b[^.;:]{0,40}?\binto\s+((?:[\w-]+\s+){0,3}[\w-]+)/g;
/** Values a photo may be turned into, besides writing (TEXT_NOUNS): "into a tab-delimited file" is its values written out. */
const VALUE_FORMATS = new Set([
  'text',
  'data',
  'list',
  'table',
  'spreadsheet',
  'sheet',
  'file',
  'row',
  'json',
  'csv',
  'field',
  'record',
  'entry',
]);
const readsOut = (what: string) =>
  what.split(/\s+/).some((w) => TEXT_NOUNS.has(w.replace(/s$/, '')) || VALUE_FORMATS.has(w.replace(/s$/, '')));
/** "gets back staged versions": new versions of a photo handed over are pictures made from it. */
const NEW_VERSIONS = /\b(?:versions|variations|variants)\b(?!\s+of\b)/;

/** Verbs of a photo given to the tool or fetched by it: "takes a photo", "pull the featured image from the post". */
const GIVING_VERB =
  /takes?|taking|reads?|reading|scans?|scanning|receives?|upload\w*|given|snaps?|pull(?:s|ing)?|fetch|fetches|fetching|grab(?:s|bing)?/;
/** A photo given to the tool, not made by it: "takes a photo of a receipt". */
const IMAGE_GIVEN = new RegExp(
  `\\b(?:${GIVING_VERB.source})\\s+(?:an?\\s+|the\\s+|their\\s+|my\\s+|our\\s+)?(?:[\\w-]+\\s+)?(?:photos?|images?|pictures?|screenshots?|scans?)\\b`,
  'g',
);

/** "from a short description of the screen": what the tool starts from is not what it makes. */
const SOURCE_PHRASE =
  /\b(?:from|based on|out of)\s+(?:[\w-]+\s+){0,6}?[\w-]+(?:\s+and\s+(?:an?\s+|the\s+|its\s+|their\s+)?[\w-]+(?:\s+[\w-]+)?)?(?=[,.;:!?]|\s+(?:and|then|every|each|with|for|in|on|at|so)\b|$)/g;

/**
 * "an image for each blog post", "a cover for our newsletter": what a picture is made for is
 * no writing handed back beside it ("everything for the listing generated:" goes on to say what is made).
 */
const PURPOSE_PHRASE =
  /\bfor\s+(?:each|every|all|the|our|my|a|an|its|their|this|that|your)\s+(?:[\w-]+\s+)?(?![\w-]+ed\b)[\w-]+(?=[,.;:!?]|\s+(?:and|then|using|with|in|on|so|based|from)\b|$)/gi;

/** `text` without what its pictures are for, for weighing what writing comes back beside them. */
export const withoutPurposes = (text: string) => text.replace(PURPOSE_PHRASE, ' ');

/**
 * A photo is edited when editing is said, or when the tool starts from a photo and either
 * changes it, hands back new versions of it or makes a picture; starting from a photo to read it ("the total from a photo of the
 * receipt") edits nothing.
 */
function editsPhoto(t: string): boolean {
  if (EDITS_IMAGE.test(t)) return true;
  if (PHOTO_WORD.test(t) && CHANGED_VERSION.test(t)) return true;
  const source = PHOTO_SOURCE.exec(t);
  if (!source) return false;
  // What changes the photo is said in the same sentence ("the agent can edit everything" later edits no photo).
  const start = Math.max(t.lastIndexOf('. ', source.index), t.lastIndexOf('; ', source.index)) + 1;
  const sentence = t.slice(start).split(/[.;!?](?:\s|$)/)[0]!;
  // Turned into writing or values ("turn it into structured notes"), the photo is read, not changed.
  const changes = sentence.replace(TURNED_INTO, (said, what: string) => (readsOut(what) ? ' ' : said));
  return (
    CHANGES_PHOTO.test(changes) ||
    LOOKS_LIKE.test(t) ||
    NEW_VERSIONS.test(t.slice(source.index)) ||
    MAKES_IMAGE.test(t.replace(IMAGE_GIVEN, ' '))
  );
}

/** Making verbs said around a list: "generate for each post: a title, a summary and a cover image" lists what is made. */
const MADE_BEFORE = new RegExp(`\\b(?:${MAKE_VERB.source}|writ\\w*|draft\\w*|get|want)\\b`);
/** A whole item of a list that is a picture: "…, cover image, …". */
const PICTURE_ITEM = new RegExp(`^(?:[\\w-]+\\s+){0,2}${IMAGE_NOUN}$`);
/** Items a list of columns has at least. */
const COLUMNS_AT_LEAST = 3;

/**
 * "blog posts table: title, author, cover image, status": a picture named among the columns of a
 * list after a colon is a column the rows keep, not a picture made — unless the words before the
 * colon or in the list say making ("generate for each post: …", "…, a hero image, generated from …").
 */
export function withoutPictureColumns(t: string): string {
  return t.replace(/([^.;:!?]*):([^.;:!?]*)/g, (said, title: string, list: string) => {
    const items = list.split(/,|\band\b|\+/).map((x) => x.trim().replace(/^(?:an?|the|its|their)\s+/, ''));
    if (items.length < COLUMNS_AT_LEAST || MADE_BEFORE.test(title) || MADE_BEFORE.test(list)) return said;
    return `${title}:${items.some((x) => PICTURE_ITEM.test(x)) ? list.replace(new RegExp(`\\b${IMAGE_NOUN}\\b`, 'g'), 'column') : list}`;
  });
}

/**
 * "a link preview image for each blog post: author avatar, …, the post title and description on the right":
 * what a list after a picture's title names is laid out on the picture, not written beside it.
 */
const withoutImageLayouts = (t: string) =>
  t.replace(/([^.;:!?]*):([^.;!?]*)/g, (said, title: string, list: string) =>
    PICTURE_MADE.test(title) && !MADE_BEFORE.test(list) ? `${title}:` : said,
  );
/** A picture said made: "generate a link preview image", "make a social share image". */
const PICTURE_MADE = new RegExp(`\\b(?:${MAKE_VERB.source})\\b.*\\b${IMAGE_NOUN}\\b`);

export function detectOutputKind(text: string): OutputKind {
  const t = withoutPictureColumns(text.toLowerCase());
  if (editsPhoto(t)) {
    // "resize a post's image": the post owns the photo, nothing is written for it.
    const alsoWrites = /\b(?:captions?|descriptions?|copy|posts?|alt[- ]text)\b(?!'s)/.test(t.replace(SOURCE_PHRASE, ' '));
    return alsoWrites ? 'text+image' : 'image-edit';
  }
  const made = t.replace(IMAGE_GIVEN, ' ');
  const picturesAhead = LOOKS_LIKE.test(made) && PICTURE_SAID.test(made);
  if (!MAKES_IMAGE.test(made) && !picturesAhead) return 'text';
  const rest = withoutPurposes(withoutPictureWords(withoutImageLayouts(made)))
    .replace(new RegExp(MAKES_IMAGE.source, 'g'), ' ')
    .replace(SOURCE_PHRASE, ' ')
    .replace(/\b(?:text|prompt)s?\b/g, ' ');
  return deliversProse(rest) ? 'text+image' : 'image';
}
