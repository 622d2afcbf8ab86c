/**
 * The one error family: every typed error Toolwright raises extends ToolwrightError and
 * carries a `family` and a `kind`; agent/errors/outcomes.ts is the one table that turns them
 * into an HTTP status, a tool (and MCP) outcome and the chat's error event. Marked with a
 * registered symbol, as vercel/ai marks its errors, so `isInstance` holds across module
 * copies (vitest workers, bundled code) where `instanceof` alone does not.
 */
import type { ErrorKinds } from './error-kinds';

const MARKER = Symbol.for('toolwright.error');

export type ErrorFamily = keyof ErrorKinds;

export abstract class ToolwrightError<F extends ErrorFamily = ErrorFamily> extends Error {
  /** Which part of Toolwright raised it; with `kind`, the key of the outcome table. */
  abstract readonly family: F;
  abstract readonly kind: ErrorKinds[F];

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }

  static isInstance(error: unknown): error is ToolwrightError {
    return typeof error === 'object' && error !== null && (error as { [MARKER]?: unknown })[MARKER] === true;
  }
}

Object.defineProperty(ToolwrightError.prototype, MARKER, { value: true });
