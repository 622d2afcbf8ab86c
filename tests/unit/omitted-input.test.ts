/**
 * One omitted-input rule for the HTTP and MCP doors (agent/tools/omitted-input.ts): a nullable
 * property left out reads as null; a required one left out is refused as "missing". The same
 * input therefore passes or fails both doors alike.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createMemoryPorts } from '../../agent/ports/memory';
import { fillOmittedNulls } from '../../agent/tools/omitted-input';
import { createToolRegistry, ToolInputError } from '../../agent/tools/registry';
import type { ToolContext } from '../../agent/tools/tool';

const registry = createToolRegistry();
const ctx: ToolContext = { store: createMemoryPorts(), actor: { userId: null, workspaceId: 'default', role: 'owner' } };

function nullable(schema: z.ZodType): boolean {
  return schema.safeParse(null).success;
}

describe('omitted input', () => {
  it('fills nullable properties left out with null, and leaves the rest to be refused as missing', () => {
    const schema = z.object({ slug: z.string(), note: z.string().nullable() });
    expect(fillOmittedNulls(schema, { slug: 'a' })).toEqual({ slug: 'a', note: null });
    expect(fillOmittedNulls(schema, {})).toEqual({ note: null });
    expect(fillOmittedNulls(schema, { slug: 'a', note: 'kept' })).toEqual({ slug: 'a', note: 'kept' });
  });

  it.each(registry.all().map((t) => [t.name, t] as const))(
    '%s: an empty input is refused naming exactly its required fields',
    async (name, tool) => {
      const shape = (tool.input as z.ZodObject).shape as Record<string, z.ZodType>;
      const required = Object.keys(shape).filter((key) => !nullable(shape[key]!));
      const outcome = await registry.run(name, fillOmittedNulls(tool.input, {}), ctx).then(
        () => null,
        (error: unknown) => error,
      );
      if (required.length === 0) {
        expect(outcome === null || !(outcome instanceof ToolInputError)).toBe(true);
        return;
      }
      expect(outcome).toBeInstanceOf(ToolInputError);
      const issues = (outcome as ToolInputError).issues;
      expect(issues.map((i) => i.path.split(/[.[]/)[0]).sort()).toEqual([...required].sort());
      for (const issue of issues) expect(issue.message).toMatch(/^missing/);
    },
  );
});
