/** An error that already knows its HTTP status; routes throw it for not-found and similar answers. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

export const notFound = (message: string) => new HttpError(404, 'not_found', message);
