/** Domain errors a store raises; the HTTP layer maps `kind` to a status code. */
export class StoreError extends Error {
  constructor(
    readonly kind: 'not-found' | 'conflict' | 'corrupt' | 'unavailable',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}
