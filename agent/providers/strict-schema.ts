/**
 * The strict-mode closure OpenAI requires for `strict: true` function tools and json_schema
 * output (as openai-agents-js `utils/strictToolSchema.ts` applies it): every object is
 * closed (`additionalProperties: false`) and lists every property in `required`; a property
 * that was optional becomes nullable so the model can still leave it out by sending null.
 * Tool inputs are strict by construction (see agent/tools/tool.ts), so this is mostly a
 * no-op guard; `$schema` is dropped because the APIs take a bare schema object.
 */
type Schema = Record<string, unknown>;

const SUBSCHEMA_LISTS = ['anyOf', 'allOf', 'oneOf', 'prefixItems'] as const;
const SUBSCHEMA_MAPS = ['$defs', 'definitions'] as const;

export function toStrictJsonSchema(schema: Schema): Schema {
  const { $schema: _dropped, ...rest } = schema;
  return close(rest);
}

function close(node: Schema): Schema {
  const out: Schema = { ...node };
  const properties = isSchema(node.properties) ? node.properties : undefined;
  if (node.type === 'object' || properties) {
    const required = new Set(Array.isArray(node.required) ? (node.required as string[]) : []);
    const closed: Schema = {};
    for (const [key, value] of Object.entries(properties ?? {})) {
      const child = isSchema(value) ? close(value) : value;
      closed[key] = required.has(key) || !isSchema(child) ? child : nullable(child);
    }
    out.properties = closed;
    out.required = Object.keys(closed);
    out.additionalProperties = false;
  }
  if (isSchema(node.items)) out.items = close(node.items);
  for (const key of SUBSCHEMA_LISTS) {
    const list = node[key];
    if (Array.isArray(list)) out[key] = list.map((s) => (isSchema(s) ? close(s) : s));
  }
  for (const key of SUBSCHEMA_MAPS) {
    const map = node[key];
    if (isSchema(map)) out[key] = Object.fromEntries(Object.entries(map).map(([k, s]) => [k, isSchema(s) ? close(s) : s]));
  }
  return out;
}

function nullable(schema: Schema): Schema {
  if (Array.isArray(schema.anyOf)) {
    const hasNull = schema.anyOf.some((s) => isSchema(s) && s.type === 'null');
    return hasNull ? schema : { ...schema, anyOf: [...schema.anyOf, { type: 'null' }] };
  }
  if (typeof schema.type === 'string') return schema.type === 'null' ? schema : { anyOf: [schema, { type: 'null' }] };
  if (Array.isArray(schema.type)) return schema.type.includes('null') ? schema : { ...schema, type: [...schema.type, 'null'] };
  return schema;
}

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
