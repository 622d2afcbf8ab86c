/**
 * Open-weight families listed next to the directory as "runs on your server": no price (the
 * cost is the server's), each with where it was seen and when. Read from open-weight.json.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const OpenWeightFamilySchema = z.strictObject({
  id: z.string().min(1),
  displayName: z.string().min(1),
  maker: z.string().min(1),
  /** Ids hosted providers use for these weights in the price data (evidence the family is current). */
  hostedIds: z.array(z.string().min(1)).min(1),
  source: z.string().min(1),
  sourceDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** A name a local server uses, where a source gives one; null otherwise. */
  serverExample: z.string().nullable(),
});
export type OpenWeightFamily = z.infer<typeof OpenWeightFamilySchema>;

const OpenWeightFileSchema = z.strictObject({ note: z.string(), families: z.array(OpenWeightFamilySchema).min(1) });

/** What the table says about price, for every family. */
export const RUNS_ON_YOUR_SERVER = 'not priced (your server)';

let families: OpenWeightFamily[] | null = null;

export function openWeightFamilies(): readonly OpenWeightFamily[] {
  families ??= OpenWeightFileSchema.parse(JSON.parse(readFileSync(new URL('./open-weight.json', import.meta.url), 'utf8'))).families;
  return families;
}
