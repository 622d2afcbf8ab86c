/** A size or volume the user stated, as tools take it (strict: every property required). */
import { z } from 'zod';

export const StatedWorkloadInputSchema = z
  .object({
    amount: z.number().positive().max(1e9).describe('How many, e.g. 300 (pages) or 500 (a week).'),
    unit: z.string().min(1).max(40).describe('What is counted: pages, documents, tickets, images, runs…'),
    per: z
      .enum(['document', 'run', 'day', 'week', 'month'])
      .describe('"document" = the size of one input; otherwise the volume per period.'),
  })
  .meta({ id: 'StatedWorkload' });
