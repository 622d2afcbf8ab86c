/**
 * Words that belong inside a picture, not beside it: "a header image that says Weekly Digest",
 * "a banner with a headline on it", "with the event name as the title". A headline or a title
 * printed on the picture is part of what the image model draws, so it is no writing handed back;
 * these spans are taken out before the rest is weighed for prose.
 */
import { alternatives } from './regex-parts';

/** The picture the words are put in. */
const PICTURE = /images?|pictures?|banners?|posters?|flyers?|graphics?|thumbnails?|covers?|headers?|logos?|visuals?|cards?|memes?|signs?/;
/** Writing that is lettered on a picture rather than handed back beside it (a caption usually sits beside it). */
const LETTERING = /headlines?|titles?|headings?|slogans?|taglines?|text|words|quotes?|lettering|names?|dates?/;
/** Where on the picture: "on it", "across the top", "overlaid". */
const PLACED = /(?:\s+(?:on|in|across|at|over)\s+(?:it|them|the\s+(?:image|picture|top|bottom|middle|centre|center))|\s+overlaid)?/;

/** "an image that says GIVnews", "a sign reading Open": the picture's own wording, to the clause's end. */
const SAYS = /\b(?:(?:that|which)\s+(?:says|reads|spells out|shows the words)|saying|reading|spelling out)\b[^.;:!?,]*/;
/** "a banner with a bold headline on it", "an image with the photo, the talk title and our logo": lettering joined to the picture by "with", alone or among what else it shows. */
const WITH_LETTERING = new RegExp(
  `\\bwith\\s+(?:an?\\s+|the\\s+|its\\s+|our\\s+|their\\s+)?(?:[\\w-]+,?\\s+){0,4}?(?:${LETTERING.source})\\b${PLACED.source}`,
);
/** "the event name as the title", "our slogan on it": what is put on the picture as its lettering. */
const AS_LETTERING = new RegExp(
  `(?:[\\w-]+\\s+){0,3}as\\s+(?:the|its|a)\\s+(?:[\\w-]+\\s+)?(?:${LETTERING.source})\\b|\\b[\\w-]+\\s+on\\s+(?:it|them)\\b`,
);

const PICTURE_AT = new RegExp(`\\b(?:${PICTURE.source})\\b`, 'i');
const IN_PICTURE = new RegExp(alternatives([SAYS, WITH_LETTERING, AS_LETTERING]), 'gi');

/**
 * "writes the image prompt", "suggests some scene prompts", "a fitting logo prompt": where pictures are
 * made, a prompt is written for the image model, not handed back; the verb before it goes with it.
 */
const PROMPT_WRITTEN = /\b[\w-]+\s+(?:(?:an?|the|some|its|their|our|one|few|several)\s+){0,2}(?:[\w-]+\s+){0,2}?prompts?\b/gi;

/** Sentences' spans of wording that goes inside a picture named in the same sentence, and prompts written for pictures, blanked. */
export function withoutPictureWords(text: string): string {
  return text.replace(PROMPT_WRITTEN, ' ').replace(/[^.;!?]+[.;!?]*/g, (sentence) => {
    const picture = PICTURE_AT.exec(sentence);
    if (!picture) return sentence;
    const head = sentence.slice(0, picture.index + picture[0].length);
    return head + sentence.slice(head.length).replace(IN_PICTURE, ' ');
  });
}
