/**
 * Domain errors a store raises; the HTTP layer maps `kind` to a status code. 'invalid' is
 * a value no adapter can keep (a NUL character, a malformed timestamp): the client's fault.
 */
export class StoreError extends Error {
  constructor(
    readonly kind: 'not-found' | 'conflict' | 'corrupt' | 'unavailable' | 'invalid',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}
