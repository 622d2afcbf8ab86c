import { z } from 'zod';
import { IdentifierInput, ModelOptionsInputSchema, ProviderInputSchema, SlugInput } from './spec-inputs';

export const BindModelInputSchema = z.object({
  slug: SlugInput,
  model: z.string().min(1).max(120).describe('Model id or alias from the model directory, e.g. "gemini-3.1-pro-preview".'),
  step: IdentifierInput.nullable().describe("Step id to bind; null = the app's default model (used by every step without its own)."),
  provider: ProviderInputSchema,
  options: ModelOptionsInputSchema.nullable().describe('Binding options (thinking level, temperature, image quality/size); null = none.'),
});
export type BindModelInput = z.infer<typeof BindModelInputSchema>;
