/** Dates for people, in the browser's locale. Money and counts: agent/catalog/money.ts. */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}
