/** Ten folds of dev by a hash of the id, the same for every model judged by cross-validation. */
import { createHash } from 'node:crypto';

export const FOLDS = 10;

export const foldOf = (id: string): number => createHash('sha256').update(`fold:${id}`).digest()[0]! % FOLDS;

/** How many of `rows` a model gets right when each is judged by one fitted on the other nine folds. */
export function rightByTenFolds<R extends { item: { id: string } }, M>(
  rows: readonly R[],
  fitOn: (rows: readonly R[]) => M,
  right: (model: M, row: R) => boolean,
): number {
  let count = 0;
  for (let k = 0; k < FOLDS; k++) {
    const model = fitOn(rows.filter((r) => foldOf(r.item.id) !== k));
    for (const r of rows) if (foldOf(r.item.id) === k && right(model, r)) count++;
  }
  return count;
}
