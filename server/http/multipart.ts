/**
 * multipart/form-data bodies (forms with an image upload), parsed by the platform's own
 * `Request.formData()` over a size-limited raw body, so no extra parser is needed.
 */
import type { Request } from 'express';
import { HttpError } from './http-error';

export interface UploadedPart {
  filename: string;
  mimeType: string;
  bytes: Buffer;
}

export interface MultipartBody {
  fields: Record<string, string>;
  files: Record<string, UploadedPart>;
}

export function isMultipart(req: Request): boolean {
  return req.is('multipart/form-data') === 'multipart/form-data';
}

/** Expects `req.body` to be the raw Buffer (express.raw for multipart). */
export async function parseMultipart(req: Request): Promise<MultipartBody> {
  const raw: unknown = req.body;
  if (!Buffer.isBuffer(raw)) throw new HttpError(400, 'invalid_multipart', 'The form upload was empty. Send multipart/form-data with the fields and files.');
  let form: FormData;
  try {
    form = await new Request('http://local/upload', {
      method: 'POST',
      headers: { 'content-type': req.get('content-type') ?? '' },
      body: Uint8Array.from(raw),
    }).formData();
  } catch {
    throw new HttpError(400, 'invalid_multipart', 'The form upload could not be read. Send a well-formed multipart/form-data body.');
  }
  const out: MultipartBody = { fields: {}, files: {} };
  for (const [name, value] of form.entries()) {
    if (typeof value === 'string') out.fields[name] = value;
    else out.files[name] = { filename: value.name, mimeType: value.type, bytes: Buffer.from(await value.arrayBuffer()) };
  }
  return out;
}
