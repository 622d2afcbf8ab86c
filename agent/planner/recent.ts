/**
 * The last few results of a function of one text: a planner turn reads the same message from
 * several places, and the agent loop plans again after each tool result, so the same text comes
 * back within a turn. Bounded (the oldest goes first), so a long-running server holds no more.
 */
export function keepRecent<T>(size: number, read: (text: string) => T): (text: string) => T {
  const kept = new Map<string, T>();
  return (text) => {
    if (kept.has(text)) return kept.get(text) as T;
    const result = read(text);
    if (kept.size >= size) kept.delete(kept.keys().next().value!);
    kept.set(text, result);
    return result;
  };
}
