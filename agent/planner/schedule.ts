/**
 * Schedules in plain words → five-field cron + IANA time zone.
 * "every Monday at 9am" → `0 9 * * 1`; "on weekdays at 17:30 Berlin time" → `30 17 * * 1-5`
 * in Europe/Berlin. Parsing yields the parts that were said; `toSchedule` fills the rest
 * from the app's previous schedule (follow-ups such as "every Friday instead" keep the
 * time) or from defaults (09:00, UTC).
 */
import { deliveredPerPeriod } from './period-words';
import { findTimeZone } from './time-zones';
import { anyOf } from './regex-parts';

export interface ScheduleParts {
  frequency?: 'minutes' | 'hours' | 'daily' | 'weekly' | 'monthly';
  /** For `minutes`/`hours`: run every N. */
  every?: number;
  /** Clock times said, 24h. */
  times?: Array<{ hour: number; minute: number }>;
  /** 0 = Sunday … 6 = Saturday. */
  daysOfWeek?: number[];
  /** Days of the month, 1–31 ("on the 1st and 15th"). */
  daysOfMonth?: number[];
  timezone?: string;
}

export interface Schedule {
  cron: string;
  timezone: string;
}

const DAY_PATTERNS: Array<[number, string]> = [
  [1, 'mon(?:day)?s?'],
  [2, 'tue(?:s|sday)?s?'],
  [3, 'wed(?:nesday)?s?'],
  [4, 'thu(?:r|rs|rsday)?s?'],
  [5, 'fri(?:day)?s?'],
  [6, 'sat(?:urday)?s?'],
  [0, 'sun(?:day)?s?'],
];
const DAY = `(?:${DAY_PATTERNS.map(([, p]) => p).join('|')})`;

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  ten: 10,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  'forty-five': 45,
  'forty five': 45,
};

function dayNumber(word: string): number | null {
  for (const [n, p] of DAY_PATTERNS) if (new RegExp(`^${p}$`).test(word)) return n;
  return null;
}

function toNumber(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS[word] ?? null;
}

/** Words before a day name that make it one date or a reference point. */
const ONE_DAY = /\b(?:this|next|coming|last|since|until|till|before|after)\s+$/;

/**
 * After a day name, words that make it the name of a thing held that day, not when the tool runs:
 * "Sunday's sermon", "Sunday school check-in", "our Saturday market stall".
 */
const DAY_OF_A_THING =
  /^(?:'s|’s|\s+(?:school|service|services|market|class|classes|league|brunch|mass|worship|sermon|meeting|meetings|practice|club|game|games|shift|shifts)\b)/;

/** "skipping Sundays", "except Saturdays": days it does not run. */
const LEFT_OUT = /\b(?:skip|skips|skipping|except|excluding|but not|not on|no)\s+(?:on\s+)?$/;
/** "listed by weekday", "totals per weekday": a weekday as a grouping, not when it runs. */
const GROUPED_BY = /\b(?:by|per)\s+$/;
const WEEKDAYS_SAID =
  /\b(?:weekdays?|week days|working days?|business days?|work ?days?|monday (?:to|through|thru|-|–) friday|mon ?[-–] ?fri)\b/g;

/** "5 working days before the deadline", "a workday with 0 hours": working days counted or one of them, not when it runs. */
const COUNTED = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|few|several|a|any)\s+$/;

/** "covering last Monday to Sunday", "since Friday through Sunday": a span looked back over, not run days. */
const LOOKED_BACK_SPAN = new RegExp(`\\b(?:last|since|from last|this past)\\s+${DAY}\\s*(?:to|through|thru|-|–)\\s*${DAY}\\b`, 'g');

/** What may stand between two days said together: "every monday and thursday", "Tuesdays, Thursdays". */
const JOINED_DAY = /^\s*(?:,|and|or|&|\/)\s*(?:(?:and|or)\s+)?(?:on\s+)?(?:every\s+)?$/;

/** The days a description names, and whether they were said as recurring ("every friday", "weekdays", "mondays"). */
function parseDays(text: string): { days: number[]; recurring: boolean } | undefined {
  const t = text.replace(LOOKED_BACK_SPAN, ' ');
  if (
    [...t.matchAll(WEEKDAYS_SAID)].some(
      (m) => !GROUPED_BY.test(t.slice(Math.max(0, m.index - 8), m.index)) && !COUNTED.test(t.slice(Math.max(0, m.index - 10), m.index)),
    )
  ) {
    return { days: [1, 2, 3, 4, 5], recurring: true };
  }
  if (/\bweekends?\b/.test(t)) return { days: [0, 6], recurring: true };
  const range = new RegExp(`\\b(${DAY})\\s*(?:to|through|thru|-|–)\\s*(${DAY})\\b`).exec(t);
  if (range) {
    const from = dayNumber(range[1]!);
    const to = dayNumber(range[2]!);
    if (from !== null && to !== null && from < to)
      return { days: Array.from({ length: to - from + 1 }, (_, i) => from + i), recurring: true };
  }
  // Day names must look like days: "mon" inside "month", "sun" inside "sunny" do not count.
  const days = new Set<number>();
  // "every friday … what everyone works on monday": days said as recurring (after every/each, or plural), with the
  // days joined to them ("every monday and thursday"), outrank a day named in passing.
  const recurring = new Set<number>();
  let chainEnd = -1;
  for (const m of t.matchAll(new RegExp(`\\b(${DAY})\\b`, 'g'))) {
    const word = m[1]!;
    // Three-letter forms only with a recurrence cue around, to avoid "sat down", "wed".
    if (word.length <= 3 && !/^(?:mon|tue|thu|fri)$/.test(word)) continue;
    const before = t.slice(Math.max(0, m.index! - 14), m.index);
    // "coming monday", "since Friday": one date or a point to look back to, not a day it runs on;
    // "skipping Sundays": a day it does not run.
    if (ONE_DAY.test(before) || LEFT_OUT.test(before)) continue;
    if (DAY_OF_A_THING.test(t.slice(m.index! + word.length))) continue;
    const n = dayNumber(word);
    if (n === null) continue;
    days.add(n);
    const every = /\b(?:every|each)\s+(?:other\s+)?$/.test(before) || (word.endsWith('s') && word.length > 3);
    const joined = chainEnd >= 0 && JOINED_DAY.test(t.slice(chainEnd, m.index));
    if (every || joined) {
      recurring.add(n);
      chainEnd = m.index! + word.length;
    }
  }
  const said = recurring.size > 0 ? recurring : days;
  return said.size > 0 ? { days: [...said].sort((a, b) => a - b), recurring: recurring.size > 0 } : undefined;
}

function hour24(h: number, suffix: string | undefined, context: string, written: string): number {
  const s = (suffix ?? '').replace(/\./g, '');
  // "03:00", "07:30": a leading zero is the 24-hour clock.
  if (!s && written.length === 2 && written.startsWith('0')) return h;
  if (s === 'pm' && h < 12) return h + 12;
  if (s === 'am' && h === 12) return 0;
  if (s === 'am' || s === 'pm' || h > 12) return h;
  if (/\b(?:evenings?|nights?|afternoons?|tonight)\b/.test(context) && h < 12) return h + 12;
  // Without am/pm an office schedule "at 5" means the afternoon, not 05:00.
  if (h >= 1 && h <= 5) return h + 12;
  return h;
}

/** "at 9", "by 5.30pm" — not "at 50%", "at 3 pages". */
const AT_A_TIME =
  /\b(?:at|@|by|around)\s+(\d{1,2})(?:[:.h](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?(?!\d)(?!\s*(?:%|k\b|minutes?|mins?|hours?|days?|pages?|images?|words?|times|x\b))/;
/** "9am", "5.30 p.m.". */
const AM_PM_TIME = /\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)(?![a-z])/;
/** "14:30". */
const CLOCK_TIME = /\b(\d{1,2})[:](\d{2})\b/;
/** A time of day; its groups are hour, minute, am/pm of each form in turn. */
const CLOCK = anyOf([AT_A_TIME, AM_PM_TIME, CLOCK_TIME], 'g');

function parseTimes(t: string): Array<{ hour: number; minute: number }> | undefined {
  const times: Array<{ hour: number; minute: number }> = [];
  for (const m of t.matchAll(CLOCK)) {
    const written = m[1] ?? m[4] ?? m[7] ?? '';
    const h = Number(written);
    const minute = Number(m[2] ?? m[5] ?? m[8] ?? 0);
    const suffix = m[3] ?? m[6];
    if (h > 23 || minute > 59) continue;
    // "every evening at 8", "at 8 in the evening": the part of day said just before or after.
    const around = t.slice(Math.max(0, m.index - 20), m.index + m[0].length + 25);
    times.push({ hour: hour24(h, suffix, around, written), minute });
  }
  if (times.length === 0) {
    if (/\bmidnight\b/.test(t)) times.push({ hour: 0, minute: 0 });
    else if (/\b(?:noon|midday|lunch ?time)\b/.test(t)) times.push({ hour: 12, minute: 0 });
    else if (/\b(?:end of (?:the |each |every )?(?:day|business|work ?day)|close of business|eod|cob)\b/.test(t))
      times.push({ hour: 17, minute: 0 });
    else if (/\bmornings?\b/.test(t)) times.push({ hour: 8, minute: 0 });
    else if (/\bafternoons?\b/.test(t)) times.push({ hour: 14, minute: 0 });
    else if (/\bevenings?\b/.test(t)) times.push({ hour: 18, minute: 0 });
    else if (/\bnight(?:s|ly)?\b/.test(t)) times.push({ hour: 21, minute: 0 });
    else if (/\btwice (?:a|per) day|twice daily\b/.test(t)) times.push({ hour: 9, minute: 0 }, { hour: 17, minute: 0 });
  }
  const unique = new Map(times.map((x) => [`${x.hour}:${x.minute}`, x]));
  return unique.size > 0 ? [...unique.values()] : undefined;
}

/** An ordinal day: "1st", "15th", "the 3rd". */
const ORDINAL = String.raw`(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)`;
/** "on the 1st and 15th", "on the 1st, 10th and 20th", "the 5th of every month". */
const ON_DAYS = new RegExp(String.raw`\bon ${ORDINAL}((?:\s*(?:,|and|&)\s*${ORDINAL})*)`);
const DAYS_OF_THE_MONTH = new RegExp(String.raw`\b${ORDINAL}((?:\s*(?:,|and|&)\s*${ORDINAL})*) of (?:each|every|the) month\b`);

function parseDaysOfMonth(t: string): number[] | undefined {
  if (/\b(?:first|1st) (?:day )?of (?:each|every|the) month\b|\bstart of (?:each|every|the) month\b/.test(t)) return [1];
  if (/\blast day of (?:each|every|the) month\b/.test(t)) return [28];
  const m = ON_DAYS.exec(t) ?? DAYS_OF_THE_MONTH.exec(t);
  if (!m) return undefined;
  const days = [...m[0].matchAll(/(\d{1,2})(?:st|nd|rd|th)/g)].map((d) => Number(d[1])).filter((d) => d >= 1 && d <= 31);
  return days.length > 0 ? [...new Set(days)].sort((a, b) => a - b) : undefined;
}

/** A run each day said as such. */
const EVERY_DAY =
  /\b(?:daily|every ?day|each day|every (?:morning|evening|night|afternoon|midnight)|every calendar day|each (?:morning|evening|night)|nightly|once a day|once per day|twice (?:a|per) day|twice daily)\b/;

/** "three times a day", "4x per day": several runs a day are a daily schedule at the times said. */
const MANY_TIMES_A_DAY = /\b(?:\d|two|three|four|five|six) ?(?:times|x) (?:a|per|each) day\b/;
/**
 * "the day before their appointment", "on the day of each event": a reminder on each record's own date is a
 * check run every day. ("2 weeks before their membership expires" is as often one reminder sent per record.)
 */
const ON_EACH_DATE = /\b(?:the day (?:before|of)|on the day of) (?:their|its|each|every)\b/;
/**
 * "at the end of the month give me a summary", "at the end of each month build my report": a monthly run
 * handing the speaker something ("at the end of the month the employee checks it" is someone else's task).
 */
const MONTH_END = /\bat the end of (?:the|each|every) month,? (?:\w+ ){1,2}(?:me|us|my|our)\b/;

/** "9:25am post every open issue", "8am pacific morning report": a time the description opens on is when it runs each day. */
const OPENING_TIME = /^\s*(?:at )?\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])/;

/** "a morning briefing at 9am", "Morning brief at 7:30am": a thing of a part of the day sent at a time is sent each day. */
const DAILY_THING = /\b(?:morning|evening|nightly|end-of-day)\s+(?:briefing|brief|digest|report|summary|roundup|recap)s?\b/;

/** "every Monday", "each Friday", "on Mondays": a day of the week said as when it runs. */
const EVERY_WEEKDAY = new RegExp(`\\b(?:every|each|on)\\s+(?:${DAY})\\b`);

/** The schedule parts said in `text`, or null when it names no schedule at all. */
export function parseSchedule(text: string): ScheduleParts | null {
  const t = text.toLowerCase().replace(/\s+/g, ' ');
  const parts: ScheduleParts = {};

  const minutes = /\bevery (\d+|[a-z]+(?:[- ][a-z]+)?) ?(?:minutes?|mins?)\b/.exec(t);
  const hours = /\bevery (\d+|[a-z]+) ?(?:hours?|hrs?|h)\b/.exec(t);
  // Cron steps must divide the hour or the day: "every 0 minutes" or "every 1000 hours" is no schedule.
  const everyMinutes = minutes ? toNumber(minutes[1]!) : null;
  const everyHours = hours ? toNumber(hours[1]!) : null;
  if (everyMinutes !== null && everyMinutes >= 1 && everyMinutes <= 59) {
    parts.frequency = 'minutes';
    parts.every = everyMinutes;
  } else if (/\bevery half(?:-| an )?hour\b|\bevery half hour\b/.test(t)) {
    parts.frequency = 'minutes';
    parts.every = 30;
  } else if (/\bevery minute\b/.test(t)) {
    parts.frequency = 'minutes';
    parts.every = 1;
  } else if (everyHours !== null && everyHours >= 1 && everyHours <= 23) {
    parts.frequency = 'hours';
    parts.every = everyHours;
  } else if (/\b(?:every|each|once an|once per) hour\b|\bhourly\b/.test(t)) {
    parts.frequency = 'hours';
    parts.every = 1;
  }

  const named = parseDays(t);
  const days = named?.days;
  const daysOfMonth = parseDaysOfMonth(t);
  if (!parts.frequency) {
    // "every 24h": a day.
    if (everyHours === 24) parts.frequency = 'daily';
    else if (
      daysOfMonth !== undefined ||
      /\b(?:every month|each month|once a month|per month basis)\b/.test(t) ||
      // "every Monday at 6am: … compare with the monthly average": a weekday said as the run outweighs the adjective.
      (/\bmonthly\b/.test(t) && !EVERY_WEEKDAY.test(t)) ||
      MONTH_END.test(t)
    ) {
      parts.frequency = 'monthly';
      parts.daysOfMonth = daysOfMonth ?? [1];
    } else if (days && days.length < 7 && (named?.recurring || !EVERY_DAY.test(t))) {
      parts.frequency = 'weekly';
    } else if (/\b(?:weekly|every week|each week|once a week|once per week)\b/.test(t)) {
      parts.frequency = 'weekly';
    } else if (EVERY_DAY.test(t) || MANY_TIMES_A_DAY.test(t) || ON_EACH_DATE.test(t)) {
      parts.frequency = 'daily';
    } else if (OPENING_TIME.test(t) || (DAILY_THING.test(t) && (AM_PM_TIME.test(t) || CLOCK_TIME.test(t)))) {
      parts.frequency = 'daily';
    } else {
      parts.frequency = deliveredPerPeriod(text) ?? undefined;
      if (parts.frequency === 'monthly') parts.daysOfMonth = [1];
    }
  }
  // "every day, … email the team (Monday's tasks first)": a day named in passing gives a daily run no days.
  if (days && parts.frequency !== 'monthly' && !(parts.frequency === 'daily' && !named?.recurring)) parts.daysOfWeek = days;
  const times = parseTimes(t);
  if (times && parts.frequency !== 'minutes' && parts.frequency !== 'hours') parts.times = times;
  const zone = findTimeZone(text);
  if (zone) parts.timezone = zone;

  return parts.frequency || parts.times || parts.timezone ? parts : null;
}

/** True when the parts say how often, not only a time or a zone. */
export function hasRecurrence(
  parts: ScheduleParts | null,
): parts is ScheduleParts & { frequency: NonNullable<ScheduleParts['frequency']> } {
  return Boolean(parts?.frequency);
}

interface CronFields {
  minute: string;
  hour: string;
  dayOfMonth: string;
  dayOfWeek: string;
}

function splitCron(cron: string): CronFields | null {
  const f = cron.trim().split(/\s+/);
  if (f.length !== 5) return null;
  return { minute: f[0]!, hour: f[1]!, dayOfMonth: f[2]!, dayOfWeek: f[4]! };
}

function daysField(days: number[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const contiguous = sorted.length > 2 && last - first === sorted.length - 1;
  return contiguous ? `${first}-${last}` : sorted.join(',');
}

/**
 * Cron + zone for the parts, keeping from `previous` whatever the parts leave unsaid
 * (a follow-up "every Friday instead" keeps 09:30; "at 10 instead" keeps Fridays).
 */
export function toSchedule(parts: ScheduleParts, previous?: Schedule | null): Schedule {
  const prev = previous ? splitCron(previous.cron) : null;
  const timezone = parts.timezone ?? previous?.timezone ?? 'UTC';
  const days = parts.daysOfWeek ? daysField(parts.daysOfWeek) : undefined;
  if (parts.frequency === 'minutes') {
    const every = parts.every ?? 1;
    return { cron: `${every === 1 ? '*' : `*/${every}`} * * * ${days ?? '*'}`, timezone };
  }
  if (parts.frequency === 'hours') {
    const every = parts.every ?? 1;
    return { cron: `0 ${every === 1 ? '*' : `*/${every}`} * * ${days ?? '*'}`, timezone };
  }
  const prevIsClock = prev && /^\d+$/.test(prev.minute) && /^[\d,]+$/.test(prev.hour);
  const times = parts.times;
  const minute = times ? String(times[0]!.minute) : prevIsClock ? prev.minute : '0';
  const hour = times
    ? times
        .filter((x) => x.minute === times[0]!.minute)
        .map((x) => x.hour)
        .join(',')
    : prevIsClock
      ? prev.hour
      : '9';
  let dayOfMonth = '*';
  let dayOfWeek = '*';
  switch (parts.frequency) {
    case 'monthly':
      dayOfMonth = (parts.daysOfMonth ?? [1]).join(',');
      break;
    case 'weekly':
      dayOfWeek = days ?? (prev && prev.dayOfWeek !== '*' ? prev.dayOfWeek : '1');
      break;
    case 'daily':
      dayOfWeek = days ?? '*';
      break;
    default:
      // Only a time or a zone was said: keep the previous days.
      dayOfMonth = prev?.dayOfMonth ?? '*';
      dayOfWeek = days ?? prev?.dayOfWeek ?? '*';
  }
  return { cron: `${minute} ${hour} ${dayOfMonth} * ${dayOfWeek}`, timezone };
}

/** 1 → "1st", 12 → "12th", 22 → "22nd". */
function ordinal(day: string): string {
  const n = Number(day);
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${day}${suffix}`;
}

const listed = (items: string[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? ''));

/** "every Monday at 09:00 (Europe/Berlin)": a schedule read back in words for summaries. */
export function describeSchedule(s: Schedule): string {
  const f = splitCron(s.cron);
  if (!f) return `on cron ${s.cron} (${s.timezone})`;
  const names = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  if (f.minute.startsWith('*')) return `every ${f.minute === '*' ? 'minute' : `${f.minute.slice(2)} minutes`}`;
  if (f.hour.startsWith('*')) return `every ${f.hour === '*' ? 'hour' : `${f.hour.slice(2)} hours`} (${s.timezone})`;
  const at = f.hour
    .split(',')
    .map((h) => `${h.padStart(2, '0')}:${f.minute.padStart(2, '0')}`)
    .join(' and ');
  let when = 'every day';
  if (f.dayOfMonth !== '*') when = `on the ${listed(f.dayOfMonth.split(',').map(ordinal))} of every month`;
  else if (f.dayOfWeek === '1-5') when = 'on weekdays';
  else if (f.dayOfWeek === '0,6') when = 'on weekends';
  else if (f.dayOfWeek !== '*') {
    const list = f.dayOfWeek.includes('-')
      ? (() => {
          const [a, b] = f.dayOfWeek.split('-').map(Number);
          return `${names[a!]} to ${names[b!]}`;
        })()
      : f.dayOfWeek
          .split(',')
          .map((d) => names[Number(d)] ?? d)
          .join(', ');
    when = `every ${list}`;
  }
  return `${when} at ${at} (${s.timezone})`;
}
