/**
 * Request validation: every body, query and path parameter goes through a zod schema here, and
 * a failure becomes a 400 whose sentence names the field ("body.name: expected a string").
 */
import type { z } from 'zod';
import { HttpError } from './http-error';

/** Where the value came from, e.g. 'body', 'query', or a nested 'body.spec'. */
export type RequestPart = 'body' | 'query' | 'params' | `body.${string}`;

export class RequestValidationError extends HttpError {
  constructor(
    readonly part: RequestPart,
    readonly issues: { path: string; message: string }[],
  ) {
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
    super(
      400,
      'invalid_request',
      `${first ? `${first.path}: ${first.message}` : `${part} is invalid`}${more}. Fix the request and try again.`,
    );
  }
}

export function describeIssues(part: string, error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({
    path: [part, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
}

/** Parses one part of a request; throws RequestValidationError naming the field. */
export function parseRequest<S extends z.ZodType>(schema: S, value: unknown, part: RequestPart): z.infer<S> {
  // A request without a JSON body arrives as undefined; treat it as an empty object so the
  // schema's own "required" messages name the missing fields.
  const result = schema.safeParse(value === undefined ? {} : value);
  if (!result.success) throw new RequestValidationError(part, describeIssues(part, result.error));
  return result.data;
}
