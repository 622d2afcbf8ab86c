/**
 * An app's knowledge documents: upload one (multipart, field `file`: PDF, DOCX, TXT or
 * Markdown, streamed to disk by busboy), list them, search their passages, delete one (its
 * passages go with it). Refusals — wrong type, too large, damaged, the app's knowledge full —
 * answer 4xx with a sentence and store nothing.
 */
import { readFile } from 'node:fs/promises';
import { Router } from 'express';
import { z } from 'zod';
import { formatCount } from '../../agent/catalog/index';
import { actorFor } from '../http/actor';
import { HttpError, notFound } from '../http/http-error';
import { isMultipart, receiveUpload } from '../http/multipart';
import { auditRequest } from '../http/audit-request';
import { parseRequest } from '../http/validate';
import { DOCUMENT_LIMITS } from '../documents/document-limits';
import { megabytes, tooLarge } from '../documents/extract-document';
import { addKnowledgeDocument } from '../knowledge/add-knowledge-document';
import type { KnowledgeDocument } from '../knowledge/knowledge-base';
import { describeKnowledgeLimits } from '../knowledge/knowledge-limits';
import { requireApp } from './app-lookup';
import type { ApiDeps } from './deps';
import { SlugParams } from './params';

const DocumentParams = SlugParams.extend({ documentId: z.string().regex(/^doc-[0-9a-f-]{36}$/, 'must be a document id (doc-…)') });
const SearchQuery = z.object({
  q: z.string().trim().min(1, 'say what to look for').max(2000),
  limit: z.coerce.number().int().min(1).max(20).default(5),
});

const notAForm = () =>
  new HttpError(
    400,
    'knowledge_upload_not_multipart',
    'Send the document as a multipart/form-data upload with a "file" field (PDF, DOCX, TXT or Markdown).',
  );
const noFile = () =>
  new HttpError(400, 'knowledge_upload_empty', 'The upload has no file. Choose a PDF, DOCX, TXT or Markdown file and send it as "file".');

/** "handbook.pdf: 12 pages, 40 passages." */
export function documentSentence(d: KnowledgeDocument): string {
  const pages = `${d.pagesEstimated ? 'about ' : ''}${formatCount(d.pages)} page${d.pages === 1 ? '' : 's'}`;
  return `${d.filename}: ${pages}, ${formatCount(d.passageCount)} passage${d.passageCount === 1 ? '' : 's'}.`;
}

export function knowledgeRoutes(deps: ApiDeps): Router {
  const router = Router({ mergeParams: true });

  router.get('/', async (req, res) => {
    const { slug } = parseRequest(SlugParams, req.params, 'params');
    const app = await requireApp(deps.store, slug);
    res.json({ items: await deps.store.knowledge.list(app.id), limits: describeKnowledgeLimits() });
  });

  router.post('/', async (req, res) => {
    const { slug } = parseRequest(SlugParams, req.params, 'params');
    const app = await requireApp(deps.store, slug);
    if (!isMultipart(req)) throw notAForm();
    const form = await receiveUpload(req, res, { dir: deps.files.incomingDir, limitBytes: deps.config.uploadLimitBytes });
    const part = form.files.file;
    if (!part || part.size === 0) throw noFile();
    // Past the document limit it is refused before it is read into memory.
    if (part.size > DOCUMENT_LIMITS.bytes) throw tooLarge(megabytes(part.size));
    const bytes = new Uint8Array(await readFile(part.path));
    const actor = actorFor(req);
    const document = await addKnowledgeDocument(deps.store, app, { filename: part.filename, mimeType: part.mimeType, bytes }, actor.userId);
    await auditRequest(deps.store, req, {
      action: 'knowledge.add',
      target: app.slug,
      detail: { documentId: document.id, filename: document.filename, passages: document.passageCount },
    });
    res.status(201).json({ document, summary: documentSentence(document) });
  });

  router.get('/search', async (req, res) => {
    const { slug } = parseRequest(SlugParams, req.params, 'params');
    const { q, limit } = parseRequest(SearchQuery, req.query, 'query');
    const app = await requireApp(deps.store, slug);
    res.json({ items: await deps.store.knowledge.search(app.id, q, limit) });
  });

  router.delete('/:documentId', async (req, res) => {
    const { slug, documentId } = parseRequest(DocumentParams, req.params, 'params');
    const app = await requireApp(deps.store, slug);
    if (!(await deps.store.knowledge.remove(app.id, documentId))) {
      throw notFound(`App "${slug}" has no knowledge document "${documentId}". List them with GET /api/apps/${slug}/knowledge.`);
    }
    await auditRequest(deps.store, req, {
      action: 'knowledge.delete',
      target: app.slug,
      detail: { documentId },
    });
    res.json({ deleted: documentId });
  });

  return router;
}
