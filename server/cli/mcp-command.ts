/**
 * `toolwright mcp`: serves the builder's tools over MCP on stdin/stdout for a local client
 * (Claude Desktop, an IDE, the MCP Inspector). stdout carries only protocol messages, so
 * everything for people goes to stderr.
 */
import { parseArgs } from 'node:util';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';
import { createMcpServer } from '../../agent/mcp/server';
import { createToolRegistry } from '../../agent/tools/registry';
import { loadConfig } from '../config/config';
import { cliAppTools } from '../mcp/cli-app-tools';
import { openStore } from '../store/open-store';
import { SINGLE_USER_ACTOR } from '../../agent/access/actor';

const MCP_USAGE = `Usage: toolwright mcp [--data-dir <folder>]

Serves Toolwright's tools, each app as a run_<slug> tool, the model directory, templates
and app specs over MCP (stdio).
  --data-dir <folder>  where apps are stored (default: $DATA_DIR or ./data;
                       PostgreSQL instead when DATABASE_URL is set)`;

const FlagsSchema = z.object({
  'data-dir': z.string().trim().min(1, 'needs a folder path').optional(),
  help: z.boolean().optional(),
});

export async function mcpCommand(args: string[]): Promise<number> {
  let flags: z.infer<typeof FlagsSchema>;
  try {
    const { values } = parseArgs({
      args,
      options: { 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    });
    flags = FlagsSchema.parse(values);
  } catch (error) {
    const detail = error instanceof z.ZodError ? `--data-dir ${error.issues[0]?.message ?? 'is invalid'}` : (error as Error).message;
    process.stderr.write(`${detail}.\n\n${MCP_USAGE}\n`);
    return 2;
  }
  if (flags.help) {
    process.stderr.write(`${MCP_USAGE}\n`);
    return 0;
  }

  const config = loadConfig(flags['data-dir'] ? { ...process.env, DATA_DIR: flags['data-dir'] } : process.env);
  const store = await openStore(config);
  // A stdio session lasts, so it can hear about app changes: list-changed is sent, not just advertised.
  const server = createMcpServer(createToolRegistry(), () => ({ store, actor: SINGLE_USER_ACTOR }), {
    listChanged: true,
    apps: cliAppTools(config, store),
  });
  await server.refreshApps();
  const transport = new StdioServerTransport();
  // The client ends the session by closing stdin or by signalling the process.
  const closed = new Promise<void>((resolve) => {
    transport.onclose = resolve;
    process.stdin.once('end', resolve);
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.connect(transport);
  process.stderr.write(`Toolwright MCP server on stdio (data: ${config.databaseUrl ? 'PostgreSQL' : config.dataDir}).\n`);
  await closed;
  await server.close();
  await store.close();
  return 0;
}
