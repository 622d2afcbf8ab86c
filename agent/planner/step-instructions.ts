/**
 * How the app's writing should change, said as an instruction for its prompt: "make the replies
 * more formal", "keep them under 100 words", "write them in Spanish from now on", "always sign
 * off with 'The Acme team'", "never promise refunds", "tell it to mention our returns policy".
 * The instruction is added to the prompt of the step that writes what was named (edit-calls.ts),
 * so every later run follows it; an undo takes it back like any change.
 */
import { alternatives } from './regex-parts';

/** `words`: what the person called the output ("the replies"), for finding its step; null = said as "it" or not at all. */
export type InstructStep = { op: 'instruct-step'; words: string | null; instruction: string };

/** What a writing step hands back, as people call it (plural forms by `s?`/`ies`). */
const OUTPUT_NOUNS = [
  'repl(?:y|ies)',
  'answers?',
  'responses?',
  'drafts?',
  'emails?',
  'messages?',
  'descriptions?',
  'summar(?:y|ies)',
  'digests?',
  'captions?',
  'posts?',
  'copy',
  'texts?',
  'outputs?',
  'results?',
  'titles?',
  'articles?',
  'notes?',
  'letters?',
  'reports?',
  'bios?',
  'listings?',
  'images?',
  'pictures?',
  'visuals?',
  'illustrations?',
];
const OUTPUT_NOUN = new RegExp(`(?:the |these |those |its |our |your )?(?:${OUTPUT_NOUNS.join('|')})`);
const PRONOUN = /it|them|they|these|those/;
const SUBJECT = `(${alternatives([OUTPUT_NOUN, PRONOUN])})`;

/** Ways writing can be, said as its quality ("shorter", "friendly"); "more …"/"less …" below. */
const STYLE_WORDS = [
  'shorter',
  'longer',
  'briefer',
  'simpler',
  'clearer',
  'friendlier',
  'warmer',
  'punchier',
  'snappier',
  'crisper',
  'tighter',
  'livelier',
  'funnier',
  'nicer',
  'politer',
  'brighter',
  'darker',
  'formal',
  'informal',
  'casual',
  'friendly',
  'polite',
  'concise',
  'brief',
  'short',
  'detailed',
  'professional',
  'warm',
  'playful',
  'neutral',
  'upbeat',
  'personal',
  'direct',
  'simple',
  'clear',
];
/** "more formal", "less salesy"; not how often, what it costs or who sees it. */
const MORE_OR_LESS = /(?:more|less) (?!often\b|frequent\w*|expensive\b|cheap\w*|secure\b|private\b|public\b)[a-z-]+/;
const STYLE_WORD = new RegExp(`${MORE_OR_LESS.source}|${STYLE_WORDS.join('|')}`);
const DEGREE = /(?:a (?:bit|little|lot|touch) |much |way |slightly |even )?/;
const STYLE = `(?:sound |read |feel )?${DEGREE.source}(?:${STYLE_WORD.source})\\b`;

/** "make the replies more formal", "keep it short", "get them a bit friendlier". */
const MAKE_STYLED = new RegExp(String.raw`\b(?:make|keep|get)\s+${SUBJECT}\s+${STYLE}`);
/** "the replies should be more formal", "they need to sound friendlier", "it's too long" is left alone. */
const SHOULD_BE_STYLED = new RegExp(
  String.raw`\b${SUBJECT}\s+(?:should|must|need to|needs to|have to|has to|could)\s+(?:always\s+)?(?:be|sound|read|feel)\s+${STYLE}`,
);
/** "keep the replies under 100 words", "the summary should be at most 3 sentences". */
const LENGTH_CAP =
  /(?:under|below|within|to|at most|less than|fewer than|no more than|no longer than|max(?:imum)?)\s+\d+\s+(?:words|sentences|lines|paragraphs|characters|bullet points|bullets)\b/;
const KEPT_SHORT = new RegExp(
  String.raw`\b(?:(?:keep|make)\s+${SUBJECT}|${SUBJECT}\s+(?:should|must)\s+(?:be|stay))\s+(?:${LENGTH_CAP.source})`,
);

/** Languages people ask writing in; a small named list, enough for the asks seen. */
const LANGUAGES = [
  'english',
  'spanish',
  'french',
  'german',
  'italian',
  'portuguese',
  'dutch',
  'polish',
  'swedish',
  'danish',
  'norwegian',
  'finnish',
  'greek',
  'turkish',
  'russian',
  'ukrainian',
  'arabic',
  'hebrew',
  'hindi',
  'chinese',
  'japanese',
  'korean',
  'vietnamese',
  'thai',
  'indonesian',
  'czech',
  'romanian',
  'hungarian',
];
const LANGUAGE = new RegExp(LANGUAGES.join('|'));
/** "write the replies in Spanish", "answer in German from now on", "the summary in French please". */
const IN_LANGUAGE = new RegExp(
  String.raw`\b(?:(?:write|draft|reply|answer|respond|translate)(?:\s+${SUBJECT})?|${SUBJECT}\s+(?:should be|must be|always))\s+(?:in|into)\s+(${LANGUAGE.source})\b`,
);
/** "in a friendlier tone", "use a more formal voice". */
const IN_A_TONE = new RegExp(
  String.raw`\b(?:in|use|with)\s+an?\s+(?:${DEGREE.source})(?:more\s+|less\s+)?[a-z-]+\s+(?:tone|voice|style|register)\b`,
);
/** "always sign off with …", "never promise refunds", "don't mention prices", "avoid jargon". */
const ALWAYS_OR_NEVER = new RegExp(
  String.raw`\b(?:always|never|(?:please )?(?:don'?t|do not)|avoid)\s+(?:` +
    String.raw`(?:mention|promise|say|apologi[sz]e|quote|sign off|end|start|open|close|refer|offer|address)\w*\b|` +
    String.raw`(?:using\s+|use\s+)?(?:emojis?|jargon|slang|exclamation marks?|hashtags|markdown)\b)`,
);
/** "sign off with 'The Acme team'", "end every reply with a link to our help centre", "mention our 30-day returns". */
const WRITE_THIS_WAY =
  /\b(?:sign (?:off|them off|it off)|(?:end|start|open|close) (?:each|every|all|the) (?:\w+ )?(?:with|by)|address (?:the )?(?:customers?|people|them) by)\b/;
/** "add to the prompt: …", "tell it to …", "the instructions should say …". */
const TOLD_OUTRIGHT =
  /\b(?:(?:add|put|append)\s+(?:this\s+)?to\s+(?:the|its|your)\s+(?:prompt|instructions?)|tell (?:it|the model|the ai) (?:to|that)|(?:the )?(?:prompt|instructions?) should (?:also )?say)\b\s*[:,-]?\s*/;

const READINGS = [MAKE_STYLED, SHOULD_BE_STYLED, KEPT_SHORT, IN_LANGUAGE, IN_A_TONE, ALWAYS_OR_NEVER, WRITE_THIS_WAY];

/** Where an instruction ends: a sentence's end, or "and" before another order. */
const INSTRUCTION_END = /[.;!?\n]|,?\s+(?:and|then)\s+(?=(?:make|switch|run|rename|add|remove|set|share|schedule)\b)/;
/** Words about when or how politely it was asked, no part of what the writing should be. */
const ASIDE = /,?\s*\b(?:from now on|going forward|please|pls|instead|for now|by default|thanks)\b\s*/g;

/** The instruction to add to the prompt: the clause said from `at`, as a sentence. */
function sentenceFrom(text: string, at: number): string {
  const rest = text.slice(at);
  const end = INSTRUCTION_END.exec(rest);
  const clause = (end ? rest.slice(0, end.index) : rest).replace(ASIDE, ' ').replace(/\s+/g, ' ').trim();
  return clause ? `${clause[0]!.toUpperCase()}${clause.slice(1)}.` : '';
}

/** The output's name said (not "it"), for finding the step that writes it. */
function outputWords(said: string | undefined): string | null {
  const words = said?.replace(/^(?:the|these|those|its|our|your)\s+/, '');
  return words && !new RegExp(`^(?:${PRONOUN.source})$`).test(words) ? words : null;
}

/** The instruction for the app's writing in `message`, if it gives one. */
export function stepInstruction(message: string): InstructStep | null {
  const lower = message.toLowerCase();
  const outright = TOLD_OUTRIGHT.exec(lower);
  if (outright) {
    const instruction = sentenceFrom(message, outright.index + outright[0].length);
    return instruction ? { op: 'instruct-step', words: null, instruction } : null;
  }
  for (const re of READINGS) {
    const m = re.exec(lower);
    if (!m) continue;
    // "please make the replies more formal": the clause from the order itself.
    const instruction = sentenceFrom(message, m.index);
    if (instruction) return { op: 'instruct-step', words: outputWords(m[1] ?? m[2]), instruction };
  }
  return null;
}
