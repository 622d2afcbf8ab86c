/**
 * The one omitted-input rule for the doors people and programs use (HTTP, MCP). Tool inputs
 * are written for OpenAI strict mode: every property required, `null` meaning "not set".
 * MCP clients (the Inspector's CLI, many hosts) and HTTP clients simply leave such properties
 * out, so there a top-level nullable property may be omitted and is read as null; a required
 * one left out is still refused by the registry as "missing". The schema is derived from the
 * tool's own zod schema, and the registry still validates the filled-in input against it.
 */
import { z } from 'zod';

function isNullable(schema: z.ZodType): boolean {
  return schema.safeParse(null).success;
}

/** The tool's object schema with its nullable properties made optional (for listing and the SDK's check). */
export function lenientInput(schema: z.ZodType): z.ZodType {
  if (!(schema instanceof z.ZodObject)) return schema;
  const shape = Object.fromEntries(
    Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, value]) => [key, isNullable(value) ? value.optional() : value]),
  );
  return z.object(shape);
}

/** Fills the nullable properties a client left out with null, as the strict schema expects. */
export function fillOmittedNulls(schema: z.ZodType, args: unknown): unknown {
  if (!(schema instanceof z.ZodObject) || args === null || typeof args !== 'object' || Array.isArray(args)) return args;
  const filled: Record<string, unknown> = { ...(args as Record<string, unknown>) };
  for (const [key, value] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    if (filled[key] === undefined && isNullable(value)) filled[key] = null;
  }
  return filled;
}
