/** The days of the week, lower case: words that say when a tool runs, never a value or a table. */
export const WEEKDAY_WORDS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
