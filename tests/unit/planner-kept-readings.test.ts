/**
 * The planner keeps its last few readings of a description (recent.ts): the agent loop plans again
 * after each tool result, and the second turn reads the same message. Building the app from a kept
 * reading must leave it as it was, or the second turn would read a changed description.
 */
import { describe, expect, it } from 'vitest';
import { describeWithShape, understandDescription } from '../../agent/planner/description';
import { learnedRowNoun } from '../../agent/planner/learned/row-noun';
import { buildTurn } from '../../agent/planner/build-turn';
import { readConversation } from '../../agent/planner/conversation';
import { planTurn } from '../../agent/planner/plan-turn';
import { listTemplates } from '../../agent/templates/catalogue';
import { TOOLS } from '../../agent/tools/registry';

const tools = new Set(TOOLS.map((t) => t.name));
const build = (text: string) =>
  planTurn({ messages: [{ role: 'user', content: text }], app: null, tools, templates: listTemplates(), now: new Date() });

describe('kept readings of a description', () => {
  it('are the same reading each time the message is read', () => {
    const text = 'Every Monday at 9 draft a LinkedIn post from my notes.';
    expect(understandDescription(text)).toBe(understandDescription(text));
  });

  it.each([
    // A dev corpus item (cookbook-0001): its document goes into a field of the description, made a document input.
    'We get about 50 supplier invoices a day as PDFs. I want to upload each PDF and get back the invoice number, the date, every line item with description, quantity and gross worth, plus the total gross worth.',
    'I upload a contract PDF with my notes and get back the parties, the renewal date and the notice period.',
  ])('are left unchanged by building the app: %s', (text) => {
    const kept = understandDescription(text);
    const before = JSON.stringify(kept);
    // Frozen, so that any write into the reading fails here, even one that leaves a value as it was.
    for (const f of kept.fields) Object.freeze(f);
    const state = readConversation([{ role: 'user', content: text }], null);
    expect(buildTurn(state, kept, listTemplates(), new Date()).kind).toBe('calls');
    expect(JSON.stringify(kept)).toBe(before);
    expect(build(text).kind).toBe('calls');
    expect(JSON.stringify(understandDescription(text))).toBe(JSON.stringify(learnedRowNoun(describeWithShape(text))));
  });
});
