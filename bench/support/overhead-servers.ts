/**
 * Child process of bench/http-overhead.ts: a bare express hello-world and a real Toolwright
 * server (lowdb in a temp folder, one app) in one process, so both get the same CPU; prints
 * `{ bare, toolwright, appPath }` as one JSON line once both listen.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { createToolRegistry } from '../../agent/tools/registry';
import { createServer } from '../../server/app';
import { loadConfig } from '../../server/config/config';
import { loadSettings } from '../../server/config/settings';
import { createLogger } from '../../server/logger';
import { openLowdbStore } from '../../server/store/lowdb';
import { supportSpec } from '../../tests/fixtures/server-specs';
import { AppSpecSchema } from '../../agent/spec/app-spec';

const bare = express();
bare.get('/', (_req, res) => {
  res.json({ hello: 'world' });
});
const bareServer = bare.listen(0, '127.0.0.1');
await new Promise((resolve) => bareServer.once('listening', resolve));

const dataDir = await mkdtemp(join(tmpdir(), 'tw-bench-overhead-'));
const store = await openLowdbStore({ dir: dataDir });
await store.createApp({ workspaceId: 'default', spec: AppSpecSchema.parse(supportSpec()), createdBy: null });
// Logging as `npm start` does (info level, to stdout of this child, discarded by the parent).
const server = createServer({
  store,
  registry: createToolRegistry(),
  config: loadConfig({ DATA_DIR: dataDir, PORT: '0' }),
  logger: createLogger({ level: 'info', write: () => undefined }),
  settings: loadSettings({ dataDir, env: {} }),
});
const { port } = await server.listen(0, '127.0.0.1');
const address = bareServer.address() as { port: number };
console.log(
  JSON.stringify({ bare: `http://127.0.0.1:${address.port}/`, toolwright: `http://127.0.0.1:${port}`, appPath: '/apps/support-reply' }),
);
// The parent asks for this process's CPU time ("cpu" on stdin) to price each request by CPU,
// which machine load skews far less than wall-clock rates.
process.stdin.setEncoding('utf8');
process.stdin.on('data', (text: string) => {
  for (const line of text.split('\n')) {
    if (line === 'cpu') {
      const { user, system } = process.cpuUsage();
      console.log(JSON.stringify({ cpuMicros: user + system }));
    } else if (line === 'exit') process.exit(0);
  }
});
