/**
 * The frozen test split: every test item's id with a hash of its whole JSON. The lock only
 * grows (`npx tsx tests/eval/planner/test-split-lock.ts --add` appends new test items); a
 * test fails when a locked item is changed or removed, so no one tunes by editing test items.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { type CorpusItem, loadCorpus, splitOf } from './corpus';

export const LOCK_FILE = fileURLToPath(new URL('./test-split.lock.json', import.meta.url));

const LockSchema = z.object({ items: z.array(z.object({ id: z.string(), sha256: z.string().length(64) })) });
export type Lock = z.infer<typeof LockSchema>;

export function itemDigest(item: CorpusItem): string {
  return createHash('sha256').update(JSON.stringify(item)).digest('hex');
}

export function readLock(file = LOCK_FILE): Lock {
  return LockSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Sentences naming every locked item that was changed or removed, and every test item not yet locked. */
export function lockProblems(items: CorpusItem[], lock: Lock): string[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const locked = new Set(lock.items.map((entry) => entry.id));
  const problems: string[] = [];
  for (const entry of lock.items) {
    const item = byId.get(entry.id);
    if (!item) problems.push(`Locked test item ${entry.id} was removed; the test split only grows.`);
    else if (itemDigest(item) !== entry.sha256) problems.push(`Locked test item ${entry.id} was changed; add a new item instead.`);
  }
  for (const item of items) {
    if (splitOf(item.id) === 'test' && !locked.has(item.id))
      problems.push(`Test item ${item.id} is not in the lock; run test-split-lock.ts --add.`);
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--add')) {
  const items = loadCorpus();
  let lock: Lock = { items: [] };
  try {
    lock = readLock();
  } catch {
    // No lock yet: this is the first freeze.
  }
  const locked = new Set(lock.items.map((entry) => entry.id));
  const added = items.filter((item) => splitOf(item.id) === 'test' && !locked.has(item.id));
  lock.items.push(...added.map((item) => ({ id: item.id, sha256: itemDigest(item) })));
  writeFileSync(LOCK_FILE, `${JSON.stringify(lock, null, 1)}\n`);
  console.log(`Locked ${added.length} new test items (${lock.items.length} in all).`);
}
