/**
 * A conversion done once per list: the agent sends the same tool list on every turn, and the
 * registry hands out one list per tool set and never changes it, so a list's identity is its key.
 */
export function oncePerList<T, R extends object>(build: (list: readonly T[]) => R): (list: readonly T[]) => R {
  const done = new WeakMap<readonly T[], R>();
  return (list) => {
    let result = done.get(list);
    if (result === undefined) {
      result = build(list);
      done.set(list, result);
    }
    return result;
  };
}
