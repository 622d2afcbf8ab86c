/**
 * A tool that reads values out of a text the person hands over asks for that text once: "I paste
 * a supplier quote and it pulls out…" is one box for the quote, not a one-line "Supplier quote"
 * beside a second "Text to read". Wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import { openEvalSession, builtAppSpec } from '../eval/planner/drive';

describe('the text handed over is the text read', () => {
  it('leaves a value copied in as one line', async () => {
    const session = await openEvalSession();
    try {
      const spec = await builtAppSpec(session, 'I type in an order number and it pulls out the customer, the items and the delivery date');
      expect(spec.inputs.find((f) => f.name === 'orderNumber')?.type).toBe('text');
    } finally {
      await session.close();
    }
  });

  it('makes the pasted quote the one long text input', async () => {
    const session = await openEvalSession();
    try {
      const spec = await builtAppSpec(
        session,
        'I paste a supplier quote and it pulls out supplier, item, unit price, quantity and delivery date',
      );
      expect(spec.inputs.map((f) => `${f.name}:${f.type}`)).toEqual(['supplierQuote:longText']);
      const extract = spec.steps.find((s) => s.kind === 'extract');
      expect(extract?.kind === 'extract' && extract.fields.map((f) => f.name)).toEqual([
        'supplier',
        'item',
        'unitPrice',
        'quantity',
        'deliveryDate',
      ]);
    } finally {
      await session.close();
    }
  });
});
