/**
 * Image uploads (reference photos for edit-image steps): the raw image as the body
 * (Content-Type image/png|jpeg|webp|gif) or a multipart form with a `file` field.
 * Answers the stored file's id (what an image input takes) and URL.
 */
import { Router } from 'express';
import { HttpError } from '../http/http-error';
import { isMultipart, parseMultipart } from '../http/multipart';
import type { ApiDeps } from './deps';

export function fileRoutes(deps: ApiDeps): Router {
  const router = Router();
  router.post('/', async (req, res) => {
    let bytes: Buffer | undefined;
    if (isMultipart(req)) {
      const form = await parseMultipart(req);
      bytes = (form.files.file ?? Object.values(form.files)[0])?.bytes;
    } else if (Buffer.isBuffer(req.body)) {
      bytes = req.body;
    }
    if (!bytes || bytes.length === 0) {
      throw new HttpError(400, 'invalid_upload', 'No image arrived. Send the image bytes with Content-Type image/png (or jpeg, webp, gif), or a multipart form with a "file" field.');
    }
    res.status(201).json({ file: await deps.files.saveImage(bytes) });
  });
  return router;
}
