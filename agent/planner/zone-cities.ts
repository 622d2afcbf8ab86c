/**
 * Every city the IANA time zone database names ("Australia/Brisbane" → "brisbane"), from the
 * runtime's own copy (Intl.supportedValuesOf, kept current with ICU), for the places
 * time-zones.ts does not list by hand. Such a city counts only next to a clock time or the
 * word "time" ("at 9 Brisbane time", "9am brisbane"): many are also names or words
 * ("Victoria", "Phoenix", "Casey") that say nothing about a zone elsewhere.
 */
const ZONES: ReadonlyMap<string, string> = new Map(
  Intl.supportedValuesOf('timeZone')
    .filter((zone) => zone.includes('/') && !zone.startsWith('Etc/'))
    .map(
      (zone) =>
        [
          zone
            .slice(zone.lastIndexOf('/') + 1)
            .replace(/_/g, ' ')
            .toLowerCase(),
          zone,
        ] as const,
    )
    .filter(([city]) => city.length > 3),
);

/** Up to three words after a clock time ("9 brisbane time"), or before "time" ("brisbane time"). */
const AFTER_CLOCK = /\d\s*(?:am|pm|a\.m\.|p\.m\.)?\s+([a-z]+(?: [a-z]+){0,2})/g;
const BEFORE_TIME = /([a-z]+(?: [a-z]+){0,2})\s+time\b/g;

/** The zone of an IANA city said next to a time in `lower` (lower-cased text), or null. */
export function zoneCityNearTime(lower: string): string | null {
  for (const re of [AFTER_CLOCK, BEFORE_TIME]) {
    for (const m of lower.matchAll(re)) {
      const words = m[1]!.split(' ');
      // After a clock the city comes first ("9 new york"); before "time" it comes last ("in new york time").
      const tries = re === AFTER_CLOCK ? words.map((_, n) => words.slice(0, words.length - n)) : words.map((_, n) => words.slice(n));
      for (const t of tries) {
        const zone = ZONES.get(t.join(' '));
        if (zone) return zone;
      }
    }
  }
  return null;
}
