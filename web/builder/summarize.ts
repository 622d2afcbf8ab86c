/** One-line summaries of tool arguments for the chat's tool steps ("slug: lead-tracker, model: gpt-5"). */

const MAX = 160;

function short(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.length > 60 ? `${value.slice(0, 57)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item === 'string' || typeof item === 'number')) return value.map(short).join(', ');
    return `${value.length} item${value.length === 1 ? '' : 's'}`;
  }
  if (typeof value === 'object') {
    const name = (value as Record<string, unknown>).name ?? (value as Record<string, unknown>).model;
    return typeof name === 'string' ? name : '{…}';
  }
  return '';
}

export function summarizeArgs(args: unknown): string {
  if (args === null || typeof args !== 'object' || Array.isArray(args)) return short(args);
  const parts = Object.entries(args as Record<string, unknown>)
    .map(([key, value]) => [key, short(value)] as const)
    .filter(([, text]) => text !== '')
    .map(([key, text]) => `${key}: ${text}`);
  const line = parts.join(' · ');
  return line.length > MAX ? `${line.slice(0, MAX - 1)}…` : line;
}
