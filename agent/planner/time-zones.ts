/**
 * Time zones named in plain words ("Berlin time", "in New York", "Pacific time", "CET")
 * → IANA zone: the names listed here anywhere, and any city of the IANA database next to a
 * clock time (zone-cities.ts); anything else stays UTC rather than guessing.
 */

import { zoneCityNearTime } from './zone-cities';

const CITY_ZONES: Record<string, string> = {
  berlin: 'Europe/Berlin',
  munich: 'Europe/Berlin',
  hamburg: 'Europe/Berlin',
  frankfurt: 'Europe/Berlin',
  germany: 'Europe/Berlin',
  vienna: 'Europe/Vienna',
  zurich: 'Europe/Zurich',
  geneva: 'Europe/Zurich',
  paris: 'Europe/Paris',
  france: 'Europe/Paris',
  amsterdam: 'Europe/Amsterdam',
  brussels: 'Europe/Brussels',
  madrid: 'Europe/Madrid',
  barcelona: 'Europe/Madrid',
  spain: 'Europe/Madrid',
  rome: 'Europe/Rome',
  milan: 'Europe/Rome',
  italy: 'Europe/Rome',
  lisbon: 'Europe/Lisbon',
  london: 'Europe/London',
  uk: 'Europe/London',
  dublin: 'Europe/Dublin',
  stockholm: 'Europe/Stockholm',
  oslo: 'Europe/Oslo',
  copenhagen: 'Europe/Copenhagen',
  helsinki: 'Europe/Helsinki',
  warsaw: 'Europe/Warsaw',
  prague: 'Europe/Prague',
  athens: 'Europe/Athens',
  istanbul: 'Europe/Istanbul',
  kyiv: 'Europe/Kyiv',
  moscow: 'Europe/Moscow',
  'new york': 'America/New_York',
  nyc: 'America/New_York',
  boston: 'America/New_York',
  miami: 'America/New_York',
  toronto: 'America/Toronto',
  chicago: 'America/Chicago',
  austin: 'America/Chicago',
  dallas: 'America/Chicago',
  denver: 'America/Denver',
  phoenix: 'America/Phoenix',
  'los angeles': 'America/Los_Angeles',
  la: 'America/Los_Angeles',
  'san francisco': 'America/Los_Angeles',
  sf: 'America/Los_Angeles',
  seattle: 'America/Los_Angeles',
  vancouver: 'America/Vancouver',
  'mexico city': 'America/Mexico_City',
  'sao paulo': 'America/Sao_Paulo',
  'são paulo': 'America/Sao_Paulo',
  'buenos aires': 'America/Argentina/Buenos_Aires',
  dubai: 'Asia/Dubai',
  mumbai: 'Asia/Kolkata',
  delhi: 'Asia/Kolkata',
  bangalore: 'Asia/Kolkata',
  india: 'Asia/Kolkata',
  singapore: 'Asia/Singapore',
  'hong kong': 'Asia/Hong_Kong',
  shanghai: 'Asia/Shanghai',
  beijing: 'Asia/Shanghai',
  tokyo: 'Asia/Tokyo',
  japan: 'Asia/Tokyo',
  seoul: 'Asia/Seoul',
  sydney: 'Australia/Sydney',
  melbourne: 'Australia/Melbourne',
  auckland: 'Pacific/Auckland',
  johannesburg: 'Africa/Johannesburg',
  cairo: 'Africa/Cairo',
  lagos: 'Africa/Lagos',
  nairobi: 'Africa/Nairobi',
};

/** Region words and abbreviations; summer/winter variants map to the zone that observes both. */
const REGION_ZONES: Record<string, string> = {
  utc: 'UTC',
  gmt: 'Europe/London',
  cet: 'Europe/Berlin',
  cest: 'Europe/Berlin',
  'central european': 'Europe/Berlin',
  bst: 'Europe/London',
  eet: 'Europe/Athens',
  wet: 'Europe/Lisbon',
  est: 'America/New_York',
  edt: 'America/New_York',
  et: 'America/New_York',
  eastern: 'America/New_York',
  cst: 'America/Chicago',
  cdt: 'America/Chicago',
  central: 'America/Chicago',
  mst: 'America/Denver',
  mdt: 'America/Denver',
  mountain: 'America/Denver',
  pst: 'America/Los_Angeles',
  pdt: 'America/Los_Angeles',
  pt: 'America/Los_Angeles',
  pacific: 'America/Los_Angeles',
  ist: 'Asia/Kolkata',
  jst: 'Asia/Tokyo',
  aest: 'Australia/Sydney',
  sgt: 'Asia/Singapore',
};

const ALL_NAMES = { ...CITY_ZONES, ...REGION_ZONES };
// Longest names first so "new york" wins over "york"-like fragments.
const NAMES = Object.keys(ALL_NAMES).sort((a, b) => b.length - a.length);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Cities count anywhere ("in Berlin", "Berlin time"); abbreviations and regions ("ET",
 * "Pacific") only next to "time" or a clock time, because "central" or "et" alone mean other
 * things. Built once, longest names first.
 */
const PATTERNS: Array<[string, RegExp, string]> = NAMES.map((name) => {
  const n = escapeRegExp(name);
  const isCity = name in CITY_ZONES && name.length > 2;
  const pattern = isCity
    ? new RegExp(`(?<![a-z])${n}(?![a-z])`)
    : new RegExp(
        `(?:\\d\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)?\\s*|\\b(?:in|at)\\s+)${n}\\b|(?<![a-z])${n}\\s+(?:standard\\s+|daylight\\s+)?time\\b`,
      );
  return [name, pattern, ALL_NAMES[name]!];
});

/** The IANA zone named in `text`, or null (see PATTERNS). Explicit zones ("Europe/Paris") win. */
export function findTimeZone(text: string): string | null {
  const explicit = /\b((?:Europe|America|Asia|Africa|Australia|Pacific|Atlantic|Indian)\/[A-Za-z_]+(?:\/[A-Za-z_]+)?)\b/.exec(text);
  if (explicit) return explicit[1]!;
  const lower = text.toLowerCase();
  // A name's pattern is tried only where the name occurs at all: a substring search is far cheaper.
  for (const [name, pattern, zone] of PATTERNS) if (lower.includes(name) && pattern.test(lower)) return zone;
  return zoneCityNearTime(lower);
}
