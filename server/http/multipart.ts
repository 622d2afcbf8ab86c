/**
 * Receiving uploads without holding them in memory: a multipart/form-data body is parsed as it
 * streams in (busboy) and each file goes straight to a temp file in the data folder; a raw
 * image body (Content-Type image/*) is streamed to one temp file the same way. Memory per
 * upload stays at a few stream buffers whatever the size, and the event loop is never blocked
 * by parsing a whole body at once.
 *
 * What a handler receives is `ReceivedUpload`: the text fields, and each file (by form field
 * name) as an `UploadedPart` on disk. A handler keeps a file by moving it (FileStore.keepImage);
 * an extractor reads it from `path` (fs.readFile when it needs the bytes, after checking
 * `size` against its own limit). Every temp file still there when the response ends — kept or
 * not, success or failure, client gone mid-upload — is removed then.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import busboy from 'busboy';
import type { Request, Response } from 'express';
import pLimit from 'p-limit';
import { HttpError } from './http-error';

/** One uploaded file, already on disk. Name and type are what the client said: untrusted. */
export interface UploadedPart {
  /** The form field it came in ("file" for a raw image body). */
  field: string;
  /** The client's file name (untrusted; never use it as a path). */
  filename: string;
  /** The client's declared type (untrusted; sniff the bytes). */
  mimeType: string;
  /** Bytes received. */
  size: number;
  /** A temp file in the data folder; move it to keep it, else it is removed when the response ends. */
  path: string;
}

export interface ReceivedUpload {
  fields: Record<string, string>;
  /** By form field name (a field sent twice: the last file). */
  files: Record<string, UploadedPart>;
}

export interface UploadOptions {
  /** Folder for temp files; on the same disk as where kept files go, so keeping is a rename. */
  dir: string;
  /** Most bytes one request may upload, all files together. */
  limitBytes: number;
}

const MAX_FILES = 20;
// Bodies read at once per process; the rest wait with their sockets paused (TCP pushes back).
// Parsing many bodies at once gains no throughput, it only makes every other request wait
// behind their chunks on the event loop.
const receiving = pLimit(4);
const MAX_FIELDS = 200;
const MAX_FIELD_BYTES = 64 * 1024;

export function isMultipart(req: Request): boolean {
  return req.is('multipart/form-data') === 'multipart/form-data';
}

/** A multipart form or a raw image body: the bodies `receiveUpload` takes. */
export function isUpload(req: Request): boolean {
  return isMultipart(req) || req.is('image/*') !== false;
}

const tooLarge = (limit: number) =>
  new HttpError(413, 'payload_too_large', `The upload is larger than ${Math.round(limit / (1024 * 1024))} MB. Send a smaller file.`);
const malformed = () =>
  new HttpError(400, 'invalid_multipart', 'The form upload could not be read. Send a well-formed multipart/form-data body.');

/** Reads the body of an upload request (see isUpload) to disk. */
export async function receiveUpload(req: Request, res: Response, options: UploadOptions): Promise<ReceivedUpload> {
  try {
    return await receiving(() => receive(req, res, options));
  } catch (error) {
    // The rest of the body is drained, not read, and the connection is not reused for another request.
    res.setHeader('Connection', 'close');
    req.unpipe();
    req.resume();
    throw error;
  }
}

async function receive(req: Request, res: Response, options: UploadOptions): Promise<ReceivedUpload> {
  // The client may have gone while this upload waited for its turn.
  if (req.destroyed) throw aborted();
  const declared = Number(req.get('content-length') ?? 0);
  if (declared > options.limitBytes + 64 * 1024) throw tooLarge(options.limitBytes);
  await fs.mkdir(options.dir, { recursive: true });
  const temps: string[] = [];
  res.once('close', () => {
    for (const temp of temps) void fs.rm(temp, { force: true }).catch(() => undefined);
  });
  let total = 0;
  const newTemp = () => {
    const temp = path.join(options.dir, `${randomUUID()}.part`);
    temps.push(temp);
    return temp;
  };
  // Counts bytes across every file of the request and stops at the limit.
  const meter = () =>
    new Transform({
      transform(chunk: Buffer, _encoding, done) {
        total += chunk.length;
        done(total > options.limitBytes ? tooLarge(options.limitBytes) : null, chunk);
      },
    });

  if (!isMultipart(req)) {
    const temp = newTemp();
    const counted = meter();
    const aborting = new Promise<never>((_resolve, reject) => onAbort(req, () => reject(aborted())));
    aborting.catch(() => undefined);
    // Not pipeline(req, …): that would destroy the socket before the error can be answered.
    req.pipe(counted);
    await Promise.race([pipeline(counted, createWriteStream(temp, { flags: 'wx' })), aborting]);
    return {
      fields: {},
      files: { file: { field: 'file', filename: '', mimeType: req.get('content-type') ?? '', size: total, path: temp } },
    };
  }

  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: req.headers,
      limits: { fileSize: options.limitBytes, files: MAX_FILES, fields: MAX_FIELDS, fieldSize: MAX_FIELD_BYTES },
    });
  } catch {
    throw malformed();
  }
  const fields: Record<string, string> = {};
  const files: Record<string, UploadedPart> = {};
  const writes: Promise<void>[] = [];
  const done = new Promise<void>((resolve, reject) => {
    const fail = (error: unknown) => {
      req.unpipe(parser);
      req.resume();
      reject(error);
    };
    parser.on('field', (name, value, info) => {
      if (info.valueTruncated)
        return fail(new HttpError(413, 'payload_too_large', `The form field "${name.slice(0, 100)}" is longer than 64 KB.`));
      fields[name] = value;
    });
    parser.on('file', (field, stream, info) => {
      const part: UploadedPart = { field, filename: info.filename ?? '', mimeType: info.mimeType, size: 0, path: newTemp() };
      stream.on('data', (chunk: Buffer) => (part.size += chunk.length));
      stream.on('limit', () => stream.destroy(tooLarge(options.limitBytes)));
      files[field] = part;
      const write = pipeline(stream, meter(), createWriteStream(part.path, { flags: 'wx' }));
      writes.push(write);
      write.catch(fail);
    });
    parser.on('filesLimit', () => fail(new HttpError(413, 'payload_too_large', `A form may carry at most ${MAX_FILES} files.`)));
    parser.on('fieldsLimit', () => fail(new HttpError(413, 'payload_too_large', `A form may carry at most ${MAX_FIELDS} fields.`)));
    parser.on('error', () => fail(malformed()));
    parser.on('close', () => {
      Promise.all(writes).then(() => resolve(), fail);
    });
    onAbort(req, () => fail(aborted()));
  });
  req.pipe(parser);
  await done;
  return { fields, files };
}

/** The client went away before its body ended. */
function onAbort(req: Request, then: () => void): void {
  req.once('close', () => {
    if (!req.readableEnded) then();
  });
}

function aborted(): Error {
  return new HttpError(400, 'request_aborted', 'The upload was cut off before it arrived whole. Try again.');
}
