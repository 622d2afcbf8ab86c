/**
 * How names are matched: case, spaces, dashes, dots, underscores and "·" are ignored, and a
 * leading "models/" or provider prefix ("openai/", "gemini/", "google/") is dropped, so
 * "Gemini 3.1 Pro", "gemini-3.1-pro" and "models/gemini-3.1-pro" all meet.
 */
export function normalizeModelName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .normalize('NFKD')
    .replace(/^(models|openai|gemini|google)\//, '')
    .replace(/[\s\-_.·/]+/g, '');
}

/** Edit distance (insert, delete, substitute), for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
