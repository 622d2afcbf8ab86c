/**
 * A template is another tool when its form holds nothing the person said they hand over, or
 * none of several inputs they named: the app is composed from the description instead of
 * showing a form that asks for something else. A template whose plain text box takes whatever
 * is pasted still fits. Wording written for this test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtAppSpec, openEvalSession, type EvalSession } from '../eval/planner/drive';

let session: EvalSession;
beforeAll(async () => {
  session = await openEvalSession();
});
afterAll(async () => {
  await session.close();
});

const built = (text: string) => builtAppSpec(session, text);

describe('a template’s form must hold what the person hands over', () => {
  it('rewriting a job ad I paste is not the job-ad writer that asks for role, level and team', async () => {
    const spec = await built('for our recruiters: paste a job ad and it rewrites it in plain, gender-neutral language, under 250 words');
    expect(spec.template).not.toBe('job-description-writer');
    expect(spec.inputs.map((f) => f.name)).not.toContain('level');
  });

  it('noting down callers by name, phone and reason is not a meeting-notes summariser', async () => {
    const spec = await built(
      'The shop phone rings all day. I want to note down caller name, phone number, reason and who should call back, and email that person a short summary.',
    );
    expect(spec.template).not.toBe('meeting-notes-summariser');
    expect(spec.inputs.map((f) => f.name)).toEqual(expect.arrayContaining(['callerName', 'reason']));
  });

  it('a translator still takes the article I paste into its text box', async () => {
    const spec = await built('translator for our newsletter: I paste an article and get it back in French and Dutch');
    expect(spec.template).toBe('translator');
  });
});

describe('the photo handed over is the template’s own upload', () => {
  it('asks for one photo, not the template’s and another', async () => {
    const spec = await built('upload a picture of our shop window and get it back restyled for Christmas');
    expect(spec.inputs.filter((f) => f.type === 'image')).toHaveLength(1);
  });

  it('a list named as the tool, typed into and with nothing to read, keeps its rows instead of showing a box to paste into', async () => {
    const spec = await built(
      'Guest list for our company summer party: first name, last name, email, plus-one, dietary needs and table number.',
    );
    expect(spec.template).not.toBe('data-extractor');
    expect(spec.inputs.map((f) => f.name)).not.toContain('text');
    expect(spec.inputs.map((f) => f.name)).toEqual(expect.arrayContaining(['firstName', 'lastName', 'email']));
    expect(spec.collections.map((c) => c.name)).toEqual(['guests']);
  });

  it('the extractor still reads what is pasted into it', async () => {
    const spec = await built(
      'I paste order confirmation emails and want the order number, customer name and total pulled out into a table',
    );
    expect(spec.template).toBe('data-extractor');
  });
});
