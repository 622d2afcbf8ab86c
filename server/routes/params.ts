/** Path-parameter and paging schemas shared by route files. */
import { z } from 'zod';
import { IdentifierSchema, SlugSchema } from '../../agent/spec/app-spec';

export const SlugParams = z.object({ slug: SlugSchema });
export const CollectionParams = z.object({ slug: SlugSchema, collection: IdentifierSchema });
export const RecordParams = CollectionParams.extend({ id: z.string().min(1).max(100) });
export const VersionParams = z.object({ slug: SlugSchema, version: z.coerce.number().int().min(1).max(1_000_000) });
export const RunParams = z.object({ slug: SlugSchema, runId: z.string().min(1).max(100) });
export const IdParams = z.object({ id: z.string().min(1).max(200) });

export const PagingQuery = z.object({
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
