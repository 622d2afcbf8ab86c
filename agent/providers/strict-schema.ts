/**
 * The strict-mode closure OpenAI requires for `strict: true` function tools and json_schema
 * output (as openai-agents-js `utils/strictToolSchema.ts` applies it): every object is
 * closed (`additionalProperties: false`) and lists every property in `required`; a property
 * that was optional becomes nullable so the model can still leave it out by sending null.
 * Tool inputs are strict by construction (see agent/tools/tool.ts), so this is mostly a
 * no-op guard; `$schema` is dropped because the APIs take a bare schema object.
 */
import { isJsonSchema as isSchema, mapSchema, type JsonSchema as Schema } from './json-schema-walk';

// Schemas are not changed once made (the registry builds its tool specs once), so each is closed once: every agent turn sends every tool.
const closedOnce = new WeakMap<Schema, Schema>();

export function toStrictJsonSchema(schema: Schema): Schema {
  const known = closedOnce.get(schema);
  if (known) return known;
  const { $schema: _dropped, ...rest } = schema;
  const closed = mapSchema(rest, close);
  closedOnce.set(schema, closed);
  return closed;
}

/** Closes one object node; mapSchema has already closed its subschemas. */
function close(node: Schema): Schema {
  if (node.type !== 'object' && !isSchema(node.properties)) return node;
  const required = new Set(Array.isArray(node.required) ? (node.required as string[]) : []);
  const properties = isSchema(node.properties) ? node.properties : {};
  const closed: Schema = {};
  for (const [key, child] of Object.entries(properties)) closed[key] = required.has(key) || !isSchema(child) ? child : nullable(child);
  return { ...node, properties: closed, required: Object.keys(closed), additionalProperties: false };
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
