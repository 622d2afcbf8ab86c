/**
 * A request body as the JSON bytes the SDK sends. A tool list built by `toFunctionTools` is
 * spliced in as the bytes serialised when it was built, so a turn serialises only what
 * changes (the instructions and the history), and the bytes go to the transport as they are
 * (a string would be encoded again on every turn).
 */
import { serialisedTools } from './function-tools';

const CLOSE = Buffer.from('}');

export function jsonBody<Body extends { tools?: readonly unknown[] | undefined }>(body: Body): Buffer {
  const tools = body.tools ? serialisedTools(body.tools) : undefined;
  if (!tools) return Buffer.from(JSON.stringify(body));
  // JSON.stringify leaves out an undefined member: the rest of the body, then the tools before its closing brace.
  const rest = JSON.stringify({ ...body, tools: undefined });
  return Buffer.concat([Buffer.from(rest.length > 2 ? `${rest.slice(0, -1)},` : '{'), tools, CLOSE]);
}
