/**
 * A document Q&A app over three uploaded documents (a PDF, a DOCX, a Markdown file), built from
 * the document-qa template and bound to an OpenAI model, answering through the real OpenAI SDK
 * against the loopback emulator. The emulator answers only from what its prompt holds: it cites
 * the passage whose text carries the fact, by the number the prompt gave it, or says the
 * documents do not say. So a right citation shows the passage was retrieved and sent, and the
 * run's citations are resolved from what the retrieve step found.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentQa } from '../../templates/document-qa';
import type { RetrievedSource } from '../../server/knowledge/retrieved-passages';
import { knowledgeFixtures, type KnowledgeFixture } from '../fixtures/knowledge-documents';
import { chatCompletionBody, json, responsesBody, startOpenAIEmulator, type OpenAIEmulator } from '../fixtures/openai-emulator';
import type { RecordedRequest } from '../fixtures/emulators/scripted-server';
import { startTestServer, type TestServer } from '../fixtures/server-harness';

let t: TestServer;
let openai: OpenAIEmulator;
let fixtures: KnowledgeFixture[];

/** Every string in a request body, joined: the prompt as the model would read it. */
function promptOf(request: RecordedRequest): string {
  const strings: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (value && typeof value === 'object') for (const item of Object.values(value)) walk(item);
  };
  walk(request.body);
  return strings.join('\n');
}

/** The emulated model: finds the numbered passage holding `fact` in its prompt and cites it. */
function answerFrom(fact: string) {
  return (request: RecordedRequest) => {
    const prompt = promptOf(request);
    const passage = prompt.split(/\n(?=\[\d+\] )/).find((block) => block.replace(/\s+/g, ' ').includes(fact));
    const n = passage ? /^\[(\d+)\]/.exec(passage.trim())?.[1] : undefined;
    const text = n ? `${fact} [${n}]` : 'The documents do not say.';
    return json(request.path === '/v1/responses' ? responsesBody({ text }) : chatCompletionBody({ text }));
  };
}

async function uploadDocument(file: KnowledgeFixture): Promise<{ status: number; body: any }> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
  const response = await fetch(`${t.url}/api/apps/document-qa/knowledge`, { method: 'POST', body: form });
  return { status: response.status, body: await response.json() };
}

async function ask(question: string) {
  const { status, body } = await t.api('POST', '/api/apps/document-qa/runs', { inputs: { question } });
  expect(status).toBe(201);
  expect(body.run.status).toBe('ok');
  const [find, answer] = body.run.steps;
  return {
    sources: find.output.sources as RetrievedSource[],
    text: answer.output.text as string,
    citations: answer.output.citations as RetrievedSource[],
    prompt: promptOf(openai.requests.at(-1)!),
  };
}

beforeAll(async () => {
  [openai, fixtures] = await Promise.all([startOpenAIEmulator(), knowledgeFixtures()]);
  t = await startTestServer({ env: { OPENAI_API_KEY: 'sk-test-emulator-0000', OPENAI_BASE_URL: openai.url } });
  // The template as shipped, on an OpenAI model.
  const spec = { ...documentQa.spec, model: { model: 'gpt-5-mini' } };
  expect((await t.api('POST', '/api/apps', { spec })).status).toBe(201);
});
afterAll(async () => {
  await t?.close();
  await openai?.close();
});

describe('a Q&A app over three uploaded documents', () => {
  it('uploads a PDF, a DOCX and a Markdown file and lists them', async () => {
    for (const file of fixtures) {
      const { status, body } = await uploadDocument(file);
      expect(status).toBe(201);
      expect(body.document).toMatchObject({ filename: file.name, pagesEstimated: file.pageEstimated });
      expect(body.summary).toMatch(new RegExp(`^${file.name.replace('.', '\\.')}: (about )?\\d+ pages?, \\d+ passages?\\.$`));
    }
    const { body } = await t.api('GET', '/api/apps/document-qa/knowledge');
    expect(body.items.map((d: { filename: string }) => d.filename).sort()).toEqual(fixtures.map((f) => f.name).sort());
    expect(body.items.find((d: { filename: string }) => d.filename === 'handbook.pdf')).toMatchObject({ pages: 3, pagesEstimated: false });
  });

  it('answers each question citing the right document and page, from the passages it was sent', async () => {
    for (const file of fixtures) {
      openai.script(answerFrom(file.fact));
      const { sources, text, citations, prompt } = await ask(file.question);
      // The retrieve step found the passage, and the prompt the model saw carries it with its label.
      expect(sources[0]).toMatchObject({ document: file.name, page: file.page, pageEstimated: file.pageEstimated });
      expect(prompt).toContain(`[1] ${file.name}, ${file.pageEstimated ? 'about page' : 'page'} ${file.page}`);
      expect(prompt.replace(/\s+/g, ' ')).toContain(file.fact);
      expect(text).toBe(`${file.fact} [1]`);
      // The answer's citations are what was retrieved, resolved from its [n].
      expect(citations).toEqual([sources[0]]);
      expect(citations[0]).toMatchObject({ document: file.name, page: file.page });
    }
  });

  it('sends passages, not whole documents', async () => {
    openai.script(answerFrom(fixtures[0]!.fact));
    const { prompt } = await ask(fixtures[0]!.question);
    // Parental leave (page 3 of the handbook) shares no word with the question.
    expect(prompt).not.toContain('Parental leave lasts sixteen weeks');
    expect(prompt).not.toContain('Section 12.');
  });

  it('deleting a document removes its passages: the question no longer finds it, the answer cites nothing', async () => {
    const { body } = await t.api('GET', '/api/apps/document-qa/knowledge');
    const handbook = body.items.find((d: { filename: string }) => d.filename === 'handbook.pdf');
    const deleted = await t.api('DELETE', `/api/apps/document-qa/knowledge/${handbook.id}`);
    expect(deleted.status).toBe(200);
    const search = await t.api('GET', `/api/apps/document-qa/knowledge/search?q=${encodeURIComponent('vacation days employee')}`);
    expect(search.body.items.map((h: { filename: string }) => h.filename)).not.toContain('handbook.pdf');
    openai.script(answerFrom(fixtures[0]!.fact));
    const { sources, text, citations, prompt } = await ask(fixtures[0]!.question);
    expect(sources.map((s) => s.document)).not.toContain('handbook.pdf');
    expect(prompt).not.toContain(fixtures[0]!.fact);
    expect(text).toBe('The documents do not say.');
    expect(citations).toEqual([]);
    expect((await t.api('DELETE', `/api/apps/document-qa/knowledge/${handbook.id}`)).status).toBe(404);
    // Uploads and the deletion are in the audit log.
    const audit = await t.api('GET', '/api/audit');
    const actions = audit.body.entries.filter((e: { action: string }) => e.action.startsWith('knowledge.'));
    expect(actions.map((e: { action: string }) => e.action).sort()).toEqual([
      'knowledge.add',
      'knowledge.add',
      'knowledge.add',
      'knowledge.delete',
    ]);
  });
});
