/**
 * A tool list as OpenAI strict function tools, built and serialised once per list: the
 * agent sends all of its tools on every turn (~70 kB of JSON), and the list only changes
 * when the tool set does. Lists are keyed by identity, as the registry hands out one list
 * and never changes it; a different list (another tool set) gets its own entry.
 */
import type { FunctionTool } from 'openai/resources/responses/responses';
import type { ToolSpec } from '../messages';
import { oncePerList } from '../once-per-list';
import { toStrictJsonSchema } from '../strict-schema';

/** The JSON of each built list, as the `"tools":[…]` member of a request body. */
const serialised = new WeakMap<readonly FunctionTool[], Buffer>();

export const toFunctionTools = oncePerList((specs: readonly ToolSpec[]): FunctionTool[] => {
  const tools = specs.map(toFunctionTool);
  serialised.set(tools, Buffer.from(`"tools":${JSON.stringify(tools)}`));
  return tools;
});

/** The `"tools":[…]` bytes of a list `toFunctionTools` built; undefined for any other list. */
export function serialisedTools(tools: readonly unknown[]): Buffer | undefined {
  return serialised.get(tools as readonly FunctionTool[]);
}

function toFunctionTool(tool: ToolSpec): FunctionTool {
  return {
    type: 'function',
    name: tool.name,
    description: tool.description,
    parameters: toStrictJsonSchema(tool.inputSchema),
    strict: true,
  };
}
