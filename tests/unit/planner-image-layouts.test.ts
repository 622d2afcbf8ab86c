/**
 * What a list after a picture's title names is laid out on the picture ("a social share image
 * for every blog post: … the title, 'by author' and our logo"), not written beside it; and a
 * description that ends on its colon ("make a poster for our fair:") is read, not a crash.
 * Wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import { detectOutputKind } from '../../agent/planner/output-kind';
import { openEvalSession } from '../eval/planner/drive';

describe('a picture’s layout after a colon', () => {
  it('is no writing handed back beside the picture', () => {
    expect(
      detectOutputKind(
        "make a unique on-brand social share image for every blog post: dark left side with a 'new post' badge, the title, 'by author' and our logo",
      ),
    ).toBe('image');
  });

  it('a list that says writing is still writing', () => {
    expect(detectOutputKind('generate an image for each product: write a caption and a short description too')).toBe('text+image');
  });
});

describe('a description ending on its colon', () => {
  it('builds the tool', async () => {
    const session = await openEvalSession();
    try {
      const turn = await session.say('make a poster for our summer fair:');
      expect(turn.calls.some((c) => c.name === 'create_app' && c.ok)).toBe(true);
    } finally {
      await session.close();
    }
  });
});
