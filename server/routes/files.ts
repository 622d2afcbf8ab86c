/**
 * Image uploads (reference photos for edit-image steps): the raw image as the body
 * (Content-Type image/png|jpeg|webp|gif) or a multipart form with a `file` field, streamed to
 * disk (server/http/multipart.ts). Answers the stored file's id (what an image input takes) and URL.
 */
import { Router } from 'express';
import { HttpError } from '../http/http-error';
import { isUpload, receiveUpload } from '../http/multipart';
import type { ApiDeps } from './deps';

export function fileRoutes(deps: ApiDeps): Router {
  const router = Router();
  router.post('/', async (req, res) => {
    const upload = isUpload(req)
      ? await receiveUpload(req, res, { dir: deps.files.incomingDir, limitBytes: deps.config.uploadLimitBytes })
      : null;
    const part = upload ? (upload.files.file ?? Object.values(upload.files)[0]) : undefined;
    if (!part || part.size === 0) {
      throw new HttpError(
        400,
        'invalid_upload',
        'No image arrived. Send the image bytes with Content-Type image/png (or jpeg, webp, gif), or a multipart form with a "file" field.',
      );
    }
    res.status(201).json({ file: await deps.files.keepImage(part) });
  });
  return router;
}
