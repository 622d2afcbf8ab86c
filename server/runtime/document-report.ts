/**
 * What a step shows about each document it reads: name, pages, tokens counted for the bound
 * model, and whether the whole prompt fits the model's input limit. Dry runs show it (under
 * `dryRun`, beside the other counts, so it never shadows an output name); a real run refuses a
 * prompt that does not fit before anything is sent.
 */
import { contextFit, countTokens, formatCount, type ContextFit, type ModelFacts } from '../../agent/catalog/index';
import { documentInputsOf, modelsThatFit } from '../../agent/spec/document-fit';
import { STEP_NEEDS } from '../../agent/spec/step-needs';
import type { AppSpec, Step } from '../../agent/spec/app-spec';
import type { StoredDocument } from '../documents/document-store';
import type { RunRow } from '../store/records';

/** A step's prompt is past its model's input limit; the run records the sentence as the step's error. */
export class PromptTooLongError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

export interface DocumentReport {
  /** The input field. */
  input: string;
  filename: string;
  format: StoredDocument['format'];
  pages: number;
  pagesEstimated: boolean;
  /** The document's tokens for the bound model (its tokenizer, or the catalog's estimate). */
  tokens: number;
  /** How `tokens` was counted. */
  tokenCount: string;
  /** The step's whole prompt against the model's input limit. */
  fit: ContextFit;
  /** When it does not fit: up to three models that take the prompt and can run the step. */
  modelsThatFit: string[];
}

/** Reports for the documents `step` reads; empty when it reads none. `promptTokens`: the whole request's input tokens. */
export function documentReports(
  spec: AppSpec,
  step: Step,
  documents: ReadonlyMap<string, StoredDocument>,
  model: ModelFacts,
  promptTokens: number,
  now: Date = new Date(),
): DocumentReport[] {
  const fit = contextFit(model, promptTokens);
  const alternatives = fit.fits ? [] : modelsThatFit(promptTokens, STEP_NEEDS[step.kind] ?? [], now, model);
  return documentInputsOf(spec, step).flatMap((field) => {
    const doc = documents.get(field.name);
    if (!doc) return [];
    const count = countTokens(model, doc.text);
    return [
      {
        input: field.name,
        filename: doc.filename,
        format: doc.format,
        pages: doc.pages,
        pagesEstimated: doc.pagesEstimated,
        tokens: count.tokens,
        tokenCount: count.explanation,
        fit,
        modelsThatFit: alternatives,
      },
    ];
  });
}

/** "contract.pdf: 40 pages, 26,412 tokens for gemini-3-flash-preview; fits in 1,048,576 tokens." */
export function documentSentence(report: DocumentReport): string {
  const pages = `${report.pagesEstimated ? 'about ' : ''}${formatCount(report.pages)} page${report.pages === 1 ? '' : 's'}`;
  const instead = report.modelsThatFit.length > 0 ? ` Models that fit: ${report.modelsThatFit.join(', ')}.` : '';
  return `${report.filename}: ${pages}, ${formatCount(report.tokens)} tokens for ${report.fit.model}; the prompt ${report.fit.sentence}.${instead}`;
}

/** The document sentences of a stored run's dry-run steps, once each. */
export function runDocumentSentences(run: RunRow): string[] {
  const reports = run.steps.flatMap((s) => {
    const list = (s.output as { dryRun?: { documents?: unknown } } | null)?.dryRun?.documents;
    return Array.isArray(list) ? (list as DocumentReport[]) : [];
  });
  return [...new Set(reports.map(documentSentence))];
}
