import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toStrictJsonSchema } from '../../agent/providers/strict-schema';

describe('strict JSON schema closure', () => {
  it('closes every object, requires every property, makes optional ones nullable, drops $schema', () => {
    const schema = z.toJSONSchema(
      z.object({
        name: z.string(),
        note: z.string().optional(),
        fields: z.array(z.object({ key: z.string(), label: z.string().nullable() })),
      }),
    ) as Record<string, unknown>;
    expect(toStrictJsonSchema(schema)).toEqual({
      type: 'object',
      properties: {
        name: { type: 'string' },
        note: { anyOf: [{ type: 'string' }, { type: 'null' }] },
        fields: {
          type: 'array',
          items: {
            type: 'object',
            properties: { key: { type: 'string' }, label: { type: ['string', 'null'] } },
            required: ['key', 'label'],
            additionalProperties: false,
          },
        },
      },
      required: ['name', 'note', 'fields'],
      additionalProperties: false,
    });
  });

  it('leaves an already strict schema as it is and walks $defs and anyOf', () => {
    const strict = { type: 'object', properties: { a: { type: 'number' } }, required: ['a'], additionalProperties: false };
    expect(toStrictJsonSchema(strict)).toEqual(strict);
    const withDefs = toStrictJsonSchema({
      $defs: { T: { type: 'object', properties: { x: { type: 'string' } } } },
      anyOf: [{ $ref: '#/$defs/T' }],
    });
    expect(withDefs.$defs).toEqual({
      T: {
        type: 'object',
        properties: { x: { anyOf: [{ type: 'string' }, { type: 'null' }] } },
        required: ['x'],
        additionalProperties: false,
      },
    });
    const closedX = {
      type: 'object',
      properties: { x: { anyOf: [{ type: 'string' }, { type: 'null' }] } },
      required: ['x'],
      additionalProperties: false,
    };
    const withDefinitions = toStrictJsonSchema({
      definitions: { T: { type: 'object', properties: { x: { type: 'string' } } } },
      $ref: '#/definitions/T',
    });
    expect(withDefinitions.definitions).toEqual({ T: closedX });
    const inAnyOfAndItems = toStrictJsonSchema({
      anyOf: [
        { type: 'object', properties: { x: { type: 'string' } } },
        { type: 'array', items: { type: 'object', properties: { x: { type: 'string' } } } },
      ],
    });
    expect(inAnyOfAndItems.anyOf).toEqual([closedX, { type: 'array', items: closedX }]);
  });
});
