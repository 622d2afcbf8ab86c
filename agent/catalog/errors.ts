/** Errors of the model directory. Each message is a sentence that says what to do next. */
import { joinWords } from './words';

/** The facts file does not match the ModelFacts schema (a bug in the data, not in the request). */
export class CatalogLoadError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** An id or alias that names no model in the directory. */
export class UnknownModelError extends Error {
  /** What was asked for, as given. */
  readonly query: string;
  /** Up to three ids that look closest to `query`. */
  readonly suggestions: string[];

  constructor(query: string, suggestions: string[]) {
    const hint =
      suggestions.length > 0
        ? ` Did you mean ${joinWords(suggestions, 'or')}?`
        : ' List the directory (toolwright models list) to see every id.';
    super(`No model called "${query}" in the model directory.${hint}`);
    this.name = new.target.name;
    this.query = query;
    this.suggestions = suggestions;
  }
}

/** A workload that cannot be priced: negative, non-finite or contradictory volumes. */
export class CostInputError extends Error {
  /** The workload field at fault, e.g. "inputTokens". */
  readonly field: string;

  constructor(field: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.field = field;
  }
}

/** Hard requirements that no model in the directory meets. */
export class NoModelMatchesError extends Error {
  /** The requirement that removed the last candidates, e.g. "minContextTokens". */
  readonly requirement: string;
  /** Ids of the models nearest to fitting (met the earlier requirements), best first; may be empty. */
  readonly closest: string[];

  constructor(requirement: string, message: string, closest: string[] = []) {
    super(message);
    this.name = new.target.name;
    this.requirement = requirement;
    this.closest = closest;
  }
}

/** A comparison asked for with fewer than two distinct models. */
export class CompareInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Requirements for a recommendation that do not parse (names the field at fault). */
export class RequirementsInputError extends Error {
  readonly field: string;

  constructor(field: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.field = field;
  }
}
