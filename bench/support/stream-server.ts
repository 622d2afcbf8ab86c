/**
 * Child process of bench/stream-first-token.ts: a real Toolwright server (lowdb in a temp
 * folder) whose agent is gpt-5-mini at the OpenAI base URL given as argv[2], and a bare `ws`
 * echo server, in one process so both get the same CPU; prints `{ url, echo }` as one JSON
 * line once both listen, then `{ cpuMs }` (this process's CPU since then) when stdin closes,
 * and exits.
 */
import { WebSocketServer } from 'ws';
import { startTestServer } from '../../tests/fixtures/server-harness';

const baseURL = process.argv[2];
if (!baseURL) throw new Error('Usage: stream-server.ts <OpenAI base URL>');

const server = await startTestServer({ env: { OPENAI_API_KEY: 'sk-bench-0000', OPENAI_BASE_URL: baseURL, AGENT_MODEL: 'gpt-5-mini' } });
const echo = new WebSocketServer({ host: '127.0.0.1', port: 0 });
echo.on('connection', (socket) => socket.on('message', (data) => socket.send(String(data))));
await new Promise((resolve) => echo.once('listening', resolve));
const { port } = echo.address() as { port: number };
console.log(JSON.stringify({ url: server.url, echo: `ws://127.0.0.1:${port}` }));
const cpu = process.cpuUsage();

process.stdin.resume();
process.stdin.once('end', () => {
  const used = process.cpuUsage(cpu);
  console.log(JSON.stringify({ cpuMs: (used.user + used.system) / 1000 }));
  echo.close();
  void server.close().then(() => process.exit(0));
});
