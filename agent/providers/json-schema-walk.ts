/** Rewrites every subschema of a JSON Schema bottom-up (properties, items, anyOf/oneOf/allOf/prefixItems, $defs/definitions). */
export type JsonSchema = Record<string, unknown>;

const LISTS = ['anyOf', 'oneOf', 'allOf', 'prefixItems'] as const;
const MAPS = ['properties', '$defs', 'definitions'] as const;

export function isJsonSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function mapSchema(node: JsonSchema, rewrite: (node: JsonSchema) => JsonSchema): JsonSchema {
  const out: JsonSchema = { ...node };
  if (isJsonSchema(node.items)) out.items = mapSchema(node.items, rewrite);
  for (const key of LISTS) {
    const list = node[key];
    if (Array.isArray(list)) out[key] = list.map((s) => (isJsonSchema(s) ? mapSchema(s, rewrite) : s));
  }
  for (const key of MAPS) {
    const map = node[key];
    if (isJsonSchema(map))
      out[key] = Object.fromEntries(Object.entries(map).map(([k, s]) => [k, isJsonSchema(s) ? mapSchema(s, rewrite) : s]));
  }
  return rewrite(out);
}

/** Keeps only the listed keywords on every subschema (property names and $defs names are data, not keywords). */
export function keepKeywords(schema: JsonSchema, allowed: ReadonlySet<string>): JsonSchema {
  return mapSchema(schema, (node) => Object.fromEntries(Object.entries(node).filter(([key]) => allowed.has(key))));
}
