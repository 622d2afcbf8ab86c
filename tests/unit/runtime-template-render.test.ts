import { describe, expect, it } from 'vitest';
import { jsonStringEscape, renderTemplate, templateReferences } from '../../server/runtime/template-render';

const scope = {
  inputs: { topic: 'tea', count: 3, empty: null },
  steps: { draft: { text: 'Hello "world"' }, facts: { json: { a: 1 }, company: 'ACME' } },
};

describe('template render', () => {
  it('substitutes inputs and step outputs, with spaces allowed inside braces', () => {
    expect(renderTemplate('About {{inputs.topic}} x{{ inputs.count }}: {{steps.draft.text}} / {{steps.facts.company}}', scope)).toBe(
      'About tea x3: Hello "world" / ACME',
    );
  });
  it('renders objects as JSON and missing values as empty', () => {
    expect(renderTemplate('{{steps.facts.json}}|{{inputs.nope}}|{{inputs.empty}}|{{steps.other.text}}', scope)).toBe('{"a":1}|||');
  });
  it('does not walk prototypes', () => {
    expect(renderTemplate('{{inputs.constructor}}{{inputs.__proto__}}', scope)).toBe('');
  });
  it('escapes values for JSON bodies', () => {
    const body = renderTemplate('{"t": "{{steps.draft.text}}"}', scope, jsonStringEscape);
    expect(JSON.parse(body)).toEqual({ t: 'Hello "world"' });
  });
  it('lists references', () => {
    expect(templateReferences('{{inputs.a}} and {{steps.b.text}}')).toEqual(['inputs.a', 'steps.b.text']);
  });
});
