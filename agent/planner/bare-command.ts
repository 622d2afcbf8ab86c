/**
 * A follow-up with its politeness and hesitation taken off, so "hmm, actually I'd like to remove
 * this tool please" is read as the command it holds ("remove this tool"). Only openers and
 * closers that never carry the request themselves are taken: interjections, "please", "can
 * you", "I want to", "let's", "for me", "thanks".
 */

/** Words that open a message without asking anything ("ok,", "hmm", "actually"). */
const FILLERS = [
  'ok',
  'okay',
  'hmm',
  'hm',
  'um',
  'uh',
  'actually',
  'alright',
  'right',
  'so',
  'now',
  'great',
  'thanks',
  'cool',
  'nice',
  'perfect',
  'hey',
  'hi',
  'oh',
  'well',
  'yeah',
  'sorry',
  'wait',
  'oops',
];
/** Openers that ask for what follows ("could you", "I'd like to", "go ahead and"). */
const REQUESTS = [
  'please',
  'pls',
  'plz',
  'kindly',
  'just',
  'can you',
  'could you',
  'would you',
  'will you',
  'can we',
  'could we',
  'can i',
  'could i',
  'i want to',
  'i wanna',
  'i need to',
  "i'd like to",
  'i would like to',
  'i need you to',
  'we want to',
  "we'd like to",
  'we need to',
  "let's",
  'lets',
  'go ahead and',
  // Leave given to do it: "this was a test, you can delete it".
  'you can',
  'you may',
  'feel free to',
  'help me',
  'let me',
  'time to',
  // Asking how is asking for it done ("how do I delete this?").
  'how do i',
  'how can i',
  'how do we',
  'how can we',
  'is it possible to',
  'is there a way to',
];
/** Closers that add nothing ("… please", "… for me", "… thx"). */
const CLOSERS = [
  'please',
  'pleasee',
  'pleaase',
  'pls',
  'plss',
  'plz',
  'for me',
  'thanks',
  'thank you',
  'thx',
  'ty',
  'now',
  'right now',
  'then',
];

const alternation = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
const OPENER = new RegExp(`^(?:${alternation([...FILLERS, ...REQUESTS])})\\b[\\s,.!:;-]*`);
const CLOSER = new RegExp(`[\\s,]+(?:${alternation(CLOSERS)})$`);

/** `text` lower-cased, its openers, closers and end punctuation taken off. */
export function bareCommand(text: string): string {
  let t = text.toLowerCase().replace(/[’]/g, "'").trim();
  for (let previous = ''; previous !== t; ) {
    previous = t;
    t = t
      .replace(/[\s.!?,;:)]+$/, '')
      .replace(OPENER, '')
      .replace(CLOSER, '')
      .trim();
  }
  return t;
}
