/**
 * `npx tsx tests/eval/planner/template-padding.ts [--list]`: over the dev split, how many apps
 * built from a template still carry the template's own default fields (extract values, form
 * inputs) that the description never names: the fields a template must not pad the person's
 * words with. A default counts as named when every word of its name is in the text.
 */
import { specIn } from '../../../agent/planner/conversation';
import type { AppSpec } from '../../../agent/spec/app-spec';
import { TEMPLATES } from '../../../templates';
import { corpusSplit } from './corpus';
import { openEvalSession } from './drive';
import { normalWords } from './score-corpus';

type Part = 'extract' | 'input';

function defaults(spec: Pick<AppSpec, 'steps' | 'inputs'>): { part: Part; name: string }[] {
  return [
    ...spec.steps.flatMap((s) => (s.kind === 'extract' ? s.fields.map((f) => ({ part: 'extract' as const, name: f.name })) : [])),
    ...spec.inputs.map((f) => ({ part: 'input' as const, name: f.name })),
  ];
}

const list = process.argv.includes('--list');
const padded: Record<Part, number> = { extract: 0, input: 0 };
let fromTemplate = 0;
for (const item of corpusSplit('dev')) {
  const session = await openEvalSession();
  try {
    const turn = await session.say(item.text);
    const last = [...turn.calls].reverse().find((c) => c.ok && specIn(c.data) !== null);
    const spec = last ? specIn(last.data) : null;
    const created = turn.calls.find((c) => c.name === 'create_app' && c.ok);
    const template = spec && TEMPLATES.find((t) => t.id === (created?.args as { template?: string } | undefined)?.template);
    if (!spec || !template) continue;
    fromTemplate++;
    const said = new Set(normalWords(item.text));
    const built = new Set(defaults(spec).map((f) => `${f.part}:${f.name}`));
    const unnamed = defaults(template.spec as Pick<AppSpec, 'steps' | 'inputs'>).filter(
      (f) => built.has(`${f.part}:${f.name}`) && !normalWords(f.name).every((w) => said.has(w)),
    );
    for (const part of ['extract', 'input'] as const) {
      const these = unnamed.filter((f) => f.part === part);
      if (these.length === 0) continue;
      padded[part]++;
      if (list) console.log(`${part.padEnd(8)} ${item.id.padEnd(20)} ${template.id.padEnd(26)} ${these.map((f) => f.name).join(' ')}`);
    }
  } finally {
    await session.close();
  }
}
console.log(`apps from a template: ${fromTemplate}`);
console.log(`with unnamed template extract fields: ${padded.extract}`);
console.log(`with unnamed template form inputs: ${padded.input}`);
process.exit(0);
