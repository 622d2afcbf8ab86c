/**
 * A name for a new app from its description: the name the person gave, else the job as
 * "<object> <doer>" ("drafts LinkedIn posts" → "LinkedIn post drafter"), else the records
 * it keeps ("Lead tracker").
 */
import type { Description } from './description';
import { singular } from './description';

const DOERS: Record<string, string> = {
  draft: 'drafter', write: 'writer', summarise: 'summariser', summarize: 'summarizer', classify: 'classifier',
  categorise: 'categoriser', categorize: 'categorizer', translate: 'translator', extract: 'extractor', generate: 'generator',
  create: 'creator', make: 'maker', track: 'tracker', log: 'log', answer: 'answerer', edit: 'editor', enrich: 'enricher',
  score: 'scorer', tag: 'tagger', sort: 'sorter', triage: 'triage', compose: 'composer', design: 'designer',
  produce: 'producer', collect: 'collector', research: 'researcher', monitor: 'monitor', review: 'reviewer',
  check: 'checker', convert: 'converter', rewrite: 'rewriter', suggest: 'suggester', prepare: 'preparer',
  plan: 'planner', analyse: 'analyser', analyze: 'analyzer', caption: 'captioner', illustrate: 'illustrator',
  retouch: 'retoucher', qualify: 'qualifier', reply: 'reply drafter', respond: 'responder', turn: 'studio',
};

function baseVerb(word: string): string {
  const w = word.toLowerCase();
  if (DOERS[w]) return w;
  for (const candidate of [w.replace(/ies$/, 'y'), w.replace(/es$/, ''), w.replace(/s$/, '')]) if (DOERS[candidate]) return candidate;
  return w;
}

function capitalise(s: string): string {
  return s.length > 0 ? s[0]!.toUpperCase() + s.slice(1) : s;
}

function fromJob(job: string): string | null {
  const [verb, ...rest] = job.split(/\s+/);
  const doer = verb ? DOERS[baseVerb(verb)] : undefined;
  if (!doer) return null;
  const words = rest.filter((w) => !/^(?:a|an|the|our|my|their|your|some|new|incoming)$/i.test(w));
  if (words.length === 0) return capitalise(doer);
  const last = words.length - 1;
  words[last] = singular(words[last]!);
  return capitalise(`${words.join(' ')} ${doer}`);
}

export function appName(d: Description, templateTitle: string | null): string {
  const name = d.name ?? templateTitle ?? (d.job ? fromJob(d.job) : null) ?? (d.recordNoun ? `${capitalise(d.recordNoun)} tracker` : null);
  return (name ?? 'New tool').slice(0, 120);
}
