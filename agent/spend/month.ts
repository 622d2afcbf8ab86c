/** Calendar months in UTC, the period budgets and the Spend page count in. */
export interface Month {
  /** YYYY-MM. */
  key: string;
  /** First instant of the month (ISO, inclusive). */
  from: string;
  /** First instant of the next month (ISO, exclusive). */
  to: string;
  /** "November 2026". */
  label: string;
  days: number;
}

export function monthOf(at: Date): Month {
  const start = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
  const next = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1));
  return {
    key: start.toISOString().slice(0, 7),
    from: start.toISOString(),
    to: next.toISOString(),
    label: start.toLocaleString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
    days: Math.round((next.getTime() - start.getTime()) / 86_400_000),
  };
}

export const previousMonth = (month: Month): Month => monthOf(new Date(new Date(month.from).getTime() - 1));

/** "1 December": when a month's budget starts over. */
export const nextMonthStart = (month: Month): string =>
  new Date(month.to).toLocaleString('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });
