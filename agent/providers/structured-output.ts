import type { ProviderResult } from './provider';

/** Structured output: the text is the JSON object; invalid JSON becomes a warning, not a crash. */
export function withParsedObject(result: ProviderResult): ProviderResult {
  const text = result.content.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join('');
  try {
    return { ...result, object: JSON.parse(text) };
  } catch {
    return { ...result, warnings: [...result.warnings, 'The model did not return valid JSON for the structured output.'] };
  }
}
