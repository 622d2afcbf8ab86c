/** The spec's smallest shapes, shared by app-spec.ts and test-cases.ts (which app-spec.ts includes). */
import { z } from 'zod';

/** Identifiers used in `{{inputs.x}}` / `{{steps.x}}` references and as record keys. */
export const IdentifierSchema = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9_]{0,62}$/, 'must start with a lower-case letter and use only letters, digits and _ (max 63)');

/** A `{ name, value }` pair; `value` may hold `{{…}}` references. */
export const NamedValueSchema = z.object({ name: IdentifierSchema, value: z.string().max(20_000) });
