/** Errors of the model directory. Each message is a sentence that says what to do next. */
import { ToolwrightError } from '../errors/toolwright-error';
import { joinWords } from './words';

/** The facts file does not match the ModelFacts schema (a bug in the data, not in the request). */
export class CatalogLoadError extends ToolwrightError<'catalog'> {
  readonly family = 'catalog';
  readonly kind = 'unreadable';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** An id or alias that names no model in the directory. */
export class UnknownModelError extends ToolwrightError<'catalog'> {
  readonly family = 'catalog';
  readonly kind = 'unknown-model';

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
    this.query = query;
    this.suggestions = suggestions;
  }
}

/** A workload that cannot be priced: negative, non-finite or contradictory volumes. */
export class CostInputError extends ToolwrightError<'catalog'> {
  readonly family = 'catalog';
  readonly kind = 'invalid-workload';

  /** The workload field at fault, e.g. "inputTokens". */
  readonly field: string;

  constructor(field: string, message: string) {
    super(message);
    this.field = field;
  }
}

/** Hard requirements that no model in the directory meets. */
export class NoModelMatchesError extends ToolwrightError<'catalog'> {
  readonly family = 'catalog';
  readonly kind = 'no-model-matches';

  /** The requirement that removed the last candidates, e.g. "minContextTokens". */
  readonly requirement: string;
  /** Ids of the models nearest to fitting (met the earlier requirements), best first; may be empty. */
  readonly closest: string[];

  constructor(requirement: string, message: string, closest: string[] = []) {
    super(message);
    this.requirement = requirement;
    this.closest = closest;
  }
}

/** A comparison asked for with fewer than two distinct models. */
export class CompareInputError extends ToolwrightError<'catalog'> {
  readonly family = 'catalog';
  readonly kind = 'invalid-comparison';

  constructor(message: string) {
    super(message);
  }
}

/** Requirements for a recommendation that do not parse (names the field at fault). */
export class RequirementsInputError extends ToolwrightError<'catalog'> {
  readonly family = 'catalog';
  readonly kind = 'invalid-requirements';

  readonly field: string;

  constructor(field: string, message: string) {
    super(message);
    this.field = field;
  }
}
