/**
 * A description with no app open is a tool, even when it says "model" or "provider" about
 * something other than AI models ("the model number", "our SMS provider"); a question about
 * models is still a question.
 */
import { describe, expect, it } from 'vitest';
import { describesNewTool } from '../../agent/planner/new-tool';
import { openEvalSession } from '../eval/planner/drive';

describe('model words that name no model', () => {
  it('a model number or a provider of texts does not make a description a question about models', () => {
    expect(
      describesNewTool(
        'car parts catalogue: I photograph the sticker on a part, it reads the model number and serial and adds the part to our stock list',
      ),
    ).toBe(true);
    expect(describesNewTool('fleet log: vehicles (year, make, model) and service entries with date of service and odometer')).toBe(true);
    expect(describesNewTool('For a laptop: asset tag, serial number, model, status, current assignee, location')).toBe(true);
    expect(describesNewTool('Our payment provider posts each refund to us; keep it with the amount, the reason and who approved it')).toBe(
      true,
    );
  });

  it('models named as models still are', () => {
    expect(describesNewTool('which model should I use for summaries of very long reports')).toBe(false);
    expect(describesNewTool('is there a cheaper AI provider for the summaries of our long reports')).toBe(false);
  });

  it('through the chat, such descriptions build an app instead of "There is no app to change yet"', async () => {
    for (const text of [
      'Our payment provider posts each refund to us; add it to a refunds list with the amount, the reason and who approved it',
      "Our SMS provider sends every inbound text to us: add it to the customer's record and show all of them in one inbox",
      'home workshop: I snap the label on a power tool, it reads the model number and serial and adds the tool to my inventory',
      // Change words a description holds: a verb it opens with, a list naming a model.
      'Drop each supplier bill (photo or PDF) into my bills folder and it should pull out the date, supplier and total and keep them in a list',
      'equipment register for our gym: machines (brand, model, serial number), service visits with date and technician, and a reminder when one is due',
      // A model named as who does the job: "have GPT write …" is the tool's job, not a switch of model.
      'grab the three most-read posts from our blog, skim each one and have GPT write a short newsletter intro for them',
    ]) {
      const session = await openEvalSession();
      try {
        const turn = await session.say(text);
        expect(
          turn.calls.some((c) => c.name === 'create_app' && c.ok),
          text,
        ).toBe(true);
      } finally {
        await session.close();
      }
    }
  });
});
