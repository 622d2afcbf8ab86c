import { describe, expect, it } from 'vitest';
import { planEdits } from '../../agent/planner/edit-calls';
import { openEvalSession } from '../eval/planner/drive';
import { parseFollowUp } from '../../agent/planner/follow-ups';
import { AppSpecSchema, type AppSpec } from '../../agent/spec/app-spec';

/** The fields a follow-up adds, as `name:type[options]`. */
function added(text: string): string[] {
  return parseFollowUp(text).flatMap((edit) =>
    edit.op === 'add-fields' ? edit.fields.map((f) => `${f.name}:${f.type}${f.options ? `[${f.options.join('|')}]` : ''}`) : [],
  );
}

describe('follow-ups that add a field with its choices', () => {
  it.each([
    ['add a priority field (low, medium, high)', 'priority:select[low|medium|high]'],
    ['add a priority dropdown (low, medium, high)', 'priority:select[low|medium|high]'],
    ['add a field priority with options low, medium and high', 'priority:select[low|medium|high]'],
    ['add a language field with options English, German', 'language:select[English|German]'],
    ['add a dropdown for language with English, German and French', 'language:select[English|German|French]'],
    ["Add 'Lead source' with options web, referral, event", 'leadSource:select[web|referral|event]'],
  ])('%s → one select field, its choices not read as fields', (text, field) => {
    expect(added(text)).toEqual([field]);
  });

  it('keeps the other instruction of the same message', () => {
    expect(parseFollowUp('add a priority field (low, medium, high) and make it public').map((e) => e.op)).toEqual(['add-fields', 'access']);
  });
});

describe('planned edits', () => {
  it('binds a named image model even when removing a field rewrites the image step', async () => {
    const session = await openEvalSession();
    try {
      const built = await session.say('Generate banner images with fields: headline, colour');
      const created = AppSpecSchema.parse((built.calls.find((c) => c.name === 'create_app')!.data as { spec: unknown }).spec);
      // The image prompt names the colour field itself, so removing the field replaces the image step.
      const spec: AppSpec = {
        ...created,
        steps: created.steps.map((s) => (s.kind === 'generate-image' ? { ...s, prompt: `${s.prompt}\nColour: {{inputs.colour}}` } : s)),
      };
      const { calls } = planEdits(spec, parseFollowUp('remove the colour field and use gpt-image-1.5 for the images'), [], 1);
      expect(calls.map((c) => c.name)).toEqual(['update_app', 'bind_model']);
      expect(calls[1]!.args).toMatchObject({ model: 'gpt-image-1.5', step: 'image' });
    } finally {
      await session.close();
    }
  });
});
