/**
 * One email as run inputs. mailparser reads the MIME source (encodings, charsets, multipart,
 * attachments); the app gets `from`, `subject`, `text` and `attachments` where it has inputs of
 * those names, each fitted to its field type. A document attachment (PDF, DOCX, TXT, Markdown)
 * fills the app's first document input, extracted as an uploaded document would be.
 */
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AppSpec, Field } from '../../../agent/spec/app-spec';
import { detectDocumentFormat } from '../../documents/document-format';
import { extractDocument } from '../../documents/extract-document';
import { withDocumentId, type StoredDocument } from '../../documents/document-store';

export interface EmailRunInputs {
  inputs: Record<string, unknown>;
  documents: StoredDocument[];
  /** "Ana <ana@example.com>: Invoice 42", for the run's trigger detail. */
  summary: string;
}

const LIMITS: Partial<Record<Field['type'], number>> = { text: 20_000, longText: 200_000 };

function clip(field: Field, value: string): string {
  return value.slice(0, LIMITS[field.type] ?? 20_000);
}

function sender(mail: ParsedMail, field: Field): string {
  const first = mail.from?.value[0];
  if (field.type === 'email') return first?.address ?? '';
  return mail.from?.text ?? first?.address ?? '';
}

function attachmentList(mail: ParsedMail): string {
  return mail.attachments
    .map((a) => `${a.filename ?? 'unnamed'} (${a.contentType}, ${Math.max(1, Math.round(a.size / 1024))} KB)`)
    .join('\n');
}

async function firstDocument(mail: ParsedMail): Promise<StoredDocument | null> {
  for (const a of mail.attachments) {
    const upload = { filename: a.filename ?? 'attachment', mimeType: a.contentType, bytes: new Uint8Array(a.content) };
    if (!detectDocumentFormat(upload)) continue;
    return withDocumentId(await extractDocument(upload));
  }
  return null;
}

export async function emailRunInputs(spec: AppSpec, source: Buffer): Promise<EmailRunInputs> {
  const mail = await simpleParser(source);
  const inputs: Record<string, unknown> = {};
  const documents: StoredDocument[] = [];
  for (const field of spec.inputs) {
    switch (field.name) {
      case 'from':
        inputs.from = clip(field, sender(mail, field));
        break;
      case 'subject':
        inputs.subject = clip(field, mail.subject ?? '');
        break;
      case 'text':
        inputs.text = clip(field, (mail.text ?? '').trim());
        break;
      case 'attachments':
        // A document input of this name gets the attachment itself (below); a text one, the list.
        if (field.type !== 'document' && mail.attachments.length > 0) inputs.attachments = clip(field, attachmentList(mail));
        break;
    }
  }
  const documentField = spec.inputs.find((f) => f.type === 'document');
  if (documentField) {
    const doc = await firstDocument(mail);
    if (doc) {
      documents.push(doc);
      inputs[documentField.name] = doc.id;
    }
  }
  const from = mail.from?.text ?? 'unknown sender';
  return { inputs, documents, summary: `${from}: ${mail.subject ?? '(no subject)'}`.slice(0, 300) };
}
