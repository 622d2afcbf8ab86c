/**
 * Which NLP library reads fields out of descriptions better (after one warm-up pass): compromise or wink-nlp (with its
 * bundled English model). On the dev split only, each library's noun phrases are matched
 * against the fields the items label (the eval's fuzzy rule); printed: recall, phrases per
 * description, and the time per description, with compromise's time as a ratio of wink-nlp's.
 *
 *   npx tsx bench/nlp-library-choice.ts
 */
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { corpusSplit } from '../tests/eval/planner/corpus';
import { sameThing } from '../tests/eval/planner/score-corpus';

const items = corpusSplit('dev');
const wink = winkNLP(model);
const its = wink.its;
wink.learnCustomEntities([{ name: 'np', patterns: ['[|ADJ|PROPN|NOUN] [|NOUN|PROPN] [NOUN|PROPN]', '[NOUN|PROPN]'] }]);

const libraries: Record<string, (text: string) => string[]> = {
  compromise: (text) => nlp(text).nouns().out('array') as string[],
  'wink-nlp': (text) => wink.readDoc(text).customEntities().out(its.value) as string[],
};

const msPer: Record<string, number> = {};
for (const [name, phrases] of Object.entries(libraries)) {
  for (const item of items) phrases(item.text);
  let found = 0;
  let total = 0;
  let candidatesSeen = 0;
  const start = performance.now();
  for (const item of items) {
    const candidates = phrases(item.text);
    candidatesSeen += candidates.length;
    for (const f of item.labels.fields) {
      total++;
      if (candidates.some((c) => sameThing(f, c, c))) found++;
    }
  }
  const ms = (performance.now() - start) / items.length;
  msPer[name] = ms;
  console.log(
    `${name.padEnd(11)} fields found among noun phrases ${found}/${total} (${((100 * found) / total).toFixed(1)}%) from ${(candidatesSeen / items.length).toFixed(1)} phrases each, ${ms.toFixed(2)} ms per description`,
  );
}
console.log(`compromise takes ${(msPer.compromise! / msPer['wink-nlp']!).toFixed(1)}× wink-nlp's time per description`);
