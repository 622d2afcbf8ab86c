/**
 * `toolwright <command> …`: looks the command up and runs it. A command is a module that
 * exports `(args) => Promise<exitCode>`; adding one is one line in COMMANDS.
 */
export type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  models: {
    summary: 'list, show, compare and recommend models, with prices',
    load: async () => (await import('./models-command')).modelsCommand,
  },
  spend: {
    summary: 'what the workspace spent on models this month, per app, model and day',
    load: async () => (await import('./spend-command')).spendCommand,
  },
  records: {
    summary: 'export a collection as CSV, XLSX or JSON; import CSV or XLSX into one',
    load: async () => (await import('./records-command')).recordsCommand,
  },
  mcp: { summary: "serve Toolwright's tools over MCP on stdio", load: async () => (await import('./mcp-command')).mcpCommand },
};

const USAGE = `Usage: toolwright <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`)
  .join('\n')}

Run "toolwright <command> --help" for a command's options.`;

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`Unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(', ')}.\n`);
    return 2;
  }
  return (await command.load())(args);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Commands report their own input errors; anything reaching here is a fault, said in one line.
  process.stderr.write(`Toolwright stopped: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
