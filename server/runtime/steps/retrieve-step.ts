/**
 * retrieve: searches the app's knowledge documents for the rendered query and hands on the top
 * passages (`passages`, numbered and labelled with document and page, for a later prompt) and
 * their `sources` (the same as data, from which an answer's `[n]` citations are resolved).
 * No model is called; it costs nothing.
 */
import { emptyUsage } from '../../../agent/providers/usage';
import { formatPassages, toSources } from '../../knowledge/retrieved-passages';
import type { StepRunner } from '../step-context';
import { renderTemplate } from '../template-render';

export const runRetrieveStep: StepRunner<'retrieve'> = async (step, env) => {
  const query = renderTemplate(step.query, env.scope).trim();
  const hits = query ? await env.services.store.knowledge.search(env.app.id, query, step.limit) : [];
  return {
    status: 'ok',
    output: { passages: formatPassages(hits), sources: toSources(hits) },
    usage: emptyUsage(),
    costUsd: 0,
    request: { query, limit: step.limit },
    model: null,
    error: null,
  };
};
