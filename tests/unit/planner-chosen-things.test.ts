/**
 * A thing the person picks, said with "a given", "any chosen", "the selected" or "a specific"
 * before its noun, is handed over to the tool.
 */
import { describe, expect, it } from 'vitest';
import { saidFields } from '../../agent/planner/said-fields';

const said = (text: string) => saidFields(text);

describe('things the person picks', () => {
  it('reads the noun after "a given" as given', () => {
    const field = said('For a given warehouse, list the items below their reorder level.').find((f) => f.words === 'warehouse');
    expect(field?.given).toBe(true);
  });

  it('reads the noun after "a specific" as given', () => {
    expect(said('Show the rota of a specific nurse.').find((f) => f.words === 'nurse')?.given).toBe(true);
  });
});
