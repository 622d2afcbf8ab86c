/**
 * How much knowledge an app may hold. The lowdb adapter keeps an app's passages and their
 * MiniSearch index in memory while the app is searched, so these bound that memory too.
 */
import { formatCount } from '../../agent/catalog/index';
import { describeDocumentLimits } from '../documents/document-limits';

export const KNOWLEDGE_LIMITS = {
  /** Documents per app. */
  documents: 100,
  /** Passages per app, all documents together (about 6M tokens at 300 tokens a passage). */
  passages: 20_000,
} as const;

/** Said when an upload would pass a limit, and under the upload button. */
export function describeKnowledgeLimits(): string {
  return `Each document may be up to ${describeDocumentLimits()}; an app holds up to ${formatCount(KNOWLEDGE_LIMITS.documents)} documents and ${formatCount(KNOWLEDGE_LIMITS.passages)} passages.`;
}
