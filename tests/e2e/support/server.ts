/**
 * The real server for e2e tests: the integration harness's server (createServer, lowdb in a
 * fresh temp folder, 127.0.0.1 on a free port), minus the environment's provider keys so every
 * run is a dry run whatever machine the tests run on; with no AGENT_MODEL the built-in planner
 * answers the chat, as on a machine without keys.
 */
import { startTestServer, type TestServer } from '../../fixtures/server-harness';

export type RunningServer = Pick<TestServer, 'url' | 'dataDir' | 'close'>;

/** `env`: provider keys and base URLs the server sees (default none: every run is a dry run). */
export function startServer(options: { env?: Record<string, string> } = {}): Promise<RunningServer> {
  return startTestServer({ env: options.env ?? {} });
}
