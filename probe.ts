import { startTestServer } from './tests/fixtures/server-harness';
import { connectChat } from './tests/fixtures/chat-client';
const t = await startTestServer();
const chat = await connectChat(t.url);
for (const m of ['I need a tool that writes a short product description from a product name and its key features', 'add a priority field (low, medium, high)', 'rename the priority field to urgency', 'remove the urgency field', 'run it every day at 9 in Europe/Berlin instead', 'stop the schedule', 'switch to gemini 3.1 pro', 'use gpt-5-mini for the draft step', 'give me the public link', 'undo that', 'run it', 'what does it cost per run?', 'what does it cost per month at 500 a week?', 'is gpt-5-mini still available?', 'delete this app', 'no', 'delete this app', 'yes']) {
  const turn = await chat.say(m);
  console.log('>>', m, '|', turn.done.outcome, JSON.stringify(turn.done.app), turn.tools.join(','), '\n   ', turn.text.slice(0, 300).replace(/\n/g, ' / '));
  console.log('   apps:', (await t.store.listApps()).map((a) => `${a.slug}@${a.version}`).join(' '));
}
chat.close();
await t.close();
