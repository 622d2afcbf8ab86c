/**
 * Words: the planner's view of a sentence — lower-cased tokens and light stems, so that
 * "summaries", "summarising" and "summarize" meet as one word when scoring meaning.
 */

/** Function words that carry no meaning for matching a description to a template. */
const STOPWORDS = new Set(
  (
    'a an the and or but of to for from in on at by with without into onto over under ' +
    'i we you they it its our my your their me us them this that these those there here ' +
    'is are was were be been being am do does did done have has had will would can could ' +
    'should shall may might must need needs want wants like please just also then so ' +
    'some any each every all one two tool app apps thing something which who what when ' +
    'where how as if than too very really new make build create give get let help ' +
    // Size and quality words describe, they do not say what the tool is for.
    'long short quick simple small big good nice great easy about ' +
    'not no yes sure ok okay hmm thanks thank'
  ).split(' '),
);

/** Words in `text`, counted by the spaces between them. */
export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Lower-case word tokens (letters/digits, inner apostrophes and dots dropped). */
export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/\btl;?dr\b/g, 'tldr')
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0);
}

/**
 * A small suffix stripper (a Porter-style subset): enough to merge the inflections people
 * use in tool descriptions, without a dictionary. Stems are never shorter than 3 letters.
 */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  const rules: Array<[RegExp, string]> = [
    [/ies$/, 'y'],
    [/ied$/, 'y'],
    [/(ss|sh|ch|x|z)es$/, '$1'],
    [/(?:is|iz)ation$/, 'ize'],
    [/ational$/, 'ate'],
    [/(?:is|iz)(?:er|ing|ed|e)$/, 'ize'],
    [/ings?$/, ''],
    [/ed$/, ''],
    [/ification$/, 'ify'],
    [/(?:er|or)s?$/, ''],
    [/(.{3,}[^p])ly$/, '$1'],
    [/ments?$/, ''],
    [/ions?$/, ''],
    [/([^su])s$/, '$1'],
  ];
  let w = word;
  for (const [re, rep] of rules) {
    if (!re.test(w)) continue;
    const next = w.replace(re, rep);
    if (next.length >= 3) w = next;
    break;
  }
  // "summary"/"summarize", "classify"/"classifier", "writt"/"write" converge: drop a doubled
  // final consonant, a final e, and a final -iz/-y (not from short words: "story" is not "store").
  w = w
    .replace(/([b-df-hj-np-tv-z])\1$/, '$1')
    .replace(/(.{4,})e$/, '$1')
    .replace(/(.{5,})(?:iz|y|i)$/, '$1');
  return w.length >= 3 ? w : word;
}

/** The stems of a text's words of three letters or more ("Draft the reply" → draft, the, reply). */
export function wordStems(text: string): string[] {
  return tokenize(text)
    .filter((w) => w.length > 2)
    .map(stem);
}

export function isStopword(token: string): boolean {
  return STOPWORDS.has(token);
}

/** A plural noun's singular by its English ending ("queries" → "query", "boxes" → "box"). */
export function singular(word: string): string {
  if (/ies$/.test(word)) return word.replace(/ies$/, 'y');
  // A Latin -us takes -es ("statuses", "bonuses"); after a vowel the -e is the word's own ("causes", "houses").
  if (/[^aeiou]uses$/.test(word)) return word.slice(0, -2);
  if (/(?:ss|sh|ch|x)es$/.test(word)) return word.replace(/es$/, '');
  if (/[^s]s$/.test(word)) return word.slice(0, -1);
  return word;
}
