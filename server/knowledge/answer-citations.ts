/** The citations of a text step's answer: the `[n]` it uses among the passages of the retrieve steps its prompt reads. */
import type { Step } from '../../agent/spec/app-spec';
import type { StepEnv } from '../runtime/step-context';
import { citedSources, retrieveStepsUsedBy, type RetrievedSource } from './retrieved-passages';

/** `{ citations }` when the step reads retrieved passages, else nothing (the output stays `{ text }`). */
export function answerCitations(step: Step, answer: string, env: StepEnv): { citations?: RetrievedSource[] } {
  const used = retrieveStepsUsedBy(step, env.spec.steps);
  if (used.length === 0) return {};
  const retrieved = used.flatMap((id) => (env.scope.steps[id]?.sources as RetrievedSource[] | undefined) ?? []);
  return { citations: citedSources(answer, retrieved) };
}
