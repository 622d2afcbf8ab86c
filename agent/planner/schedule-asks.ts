/**
 * What a follow-up says of the app's schedule: that it should stop ("pause the weekly run",
 * "it shouldn't go out on mondays anymore", "deactivate it"), and which of its words say the new
 * times, without the ones said of the old schedule or of why ("once a week isn't enough, make it
 * daily", "fridays at 5 so people read it before the weekend").
 */
import { anyOf } from './regex-parts';
import { parseSchedule } from './schedule';

/** The runs a schedule makes: "the weekly run", "the monday send", "automatic emails". */
const PERIODIC_RUNS = String.raw`(?:(?:weekly|daily|monthly|nightly|hourly|scheduled|regular|recurring|automatic|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+(?:runs?|sends?|emails?|posts?|jobs?|digests?|thing|one))`;
/** Other names for the schedule itself: "the weekly timer", "the cron job", "the recurrence". */
const SCHEDULE_NOUNS = String.raw`(?:timers?|cron(?: ?jobs?)?|recurrences?)\b`;
const STOPS_THE_SCHEDULE = new RegExp(
  String.raw`\b(?:stop|remove|delete|turn off|disable|cancel|pause|drop|get rid of|kill|scrap|ditch|axe|lose)\b.{0,30}\b(?:schedul\w*|automatic\w*|running (?:it )?(?:automatically|every|on its own|by itself)|${PERIODIC_RUNS}|${SCHEDULE_NOUNS})`,
);
/** "no more weekly emails", "no more monday runs". */
const NO_MORE_RUNS = new RegExp(String.raw`\bno more ${PERIODIC_RUNS}`);
/** "we don't want it to run by itself anymore", "it shouldn't run on its own". */
const NOT = "(?:don'?t|do not|doesn'?t|does not|shouldn'?t|should not|no longer)";
const NOT_ON_ITS_OWN = new RegExp(
  String.raw`\b${NOT}\s+(?:(?:want|need)\s+(?:it|this|the app)\s+to\s+)?(?:run|go out|send|fire)\w*\s+(?:by itself|on its own|automatically|on a schedule)\b`,
);
/** "deactivate it", "pause it for now": the app itself stopped is its schedule stopped (it stays usable by hand). */
const APP_PAUSED = /^(?:\w+\s+){0,3}?(?:deactivate|pause|suspend)\s+(?:it|this|the app|the tool)\b/;
const ONLY_BY_HAND =
  /\bonly (?:run it )?(?:manually|by hand|on demand)\b|\b(?:manual(?:ly)?|by hand|on demand) only\b|\bmake it manual\b|\bno (?:more )?(?:schedul\w*|automatic runs?)\b|\bdon'?t run it automatically\b/;
/** "switch the automatic runs off", "deactivate the schedule". */
const SCHEDULE_OFF =
  /\b(?:switch|turn|shut)\b.{0,30}\b(?:schedul\w*|automatic\w*|auto[- ]?runs?)\b.{0,10}\boff\b|\b(?:deactivate|kill|end|suspend)\b.{0,30}\b(?:schedul\w*|automatic\w*)\b/;
/** "only run it when I click", "just send it when I ask": runs only at the person's word. */
const ONLY_WHEN_ASKED =
  /\bonly (?:run|send|go|post)s?(?: it| out)? (?:when|if|once) (?:i|we|someone|somebody) (?:click|ask|say|press|hit|want|tell)|\bjust (?:run|send) it when (?:i|we) (?:click|ask|say|want)\b/;
const STOP_SCHEDULE = anyOf([STOPS_THE_SCHEDULE, ONLY_BY_HAND, SCHEDULE_OFF, APP_PAUSED, ONLY_WHEN_ASKED, NO_MORE_RUNS, NOT_ON_ITS_OWN]);

/** Days a change moves away from ("tuesdays at 10 instead of mondays") and why ("so it's ready for monday") name no new day. */
const OLD_DAYS =
  /\b(?:instead of|rather than|not on|not|no longer on|away from)\s+(?:just\s+|on\s+|the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b[\s,]*(?:and|or)?\s*)+/g;
/** The period moved away from ("every day instead of weekly") names no new one. */
const OLD_PERIOD =
  /\b(?:instead of|rather than|not)\s+(?:(?:weekly|daily|monthly|hourly)\b|(?:once|twice) a (?:week|day|month)\b|every (?:week|day|month)\b)/g;
const PURPOSE =
  /\s+(?:so|so that|because|since|as|which means|to be ready)\s+(?:it|we|i|you|they|he|she|the|everyone|people|ppl|folks|users|readers|our|my)\b.*$/;
/** "before the weekend", "by end of week": when it is wanted by, not when it runs. */
const DEADLINE = /\b(?:before|by|ahead of|for)\s+(?:the\s+)?(?:weekend|end of (?:the\s+)?(?:week|day|month))\b/g;
/**
 * A clause said of the schedule as it is or was: "once a week isn't enough anymore", "it shouldn't
 * go out on mondays anymore", "it goes out at 9 UTC which is 4am for me", "currently it runs at 8".
 */
const NOT_SO =
  /\b(?:isn'?t|is not|aren'?t|wasn'?t|not enough|too (?:often|rare|much|little)|shouldn'?t|should not|no longer|anymore|any more|currently)\b|^\s*it (?:goes out|runs|sends|fires|is sent)\b/;

const clausesOf = (text: string) => text.split(/[,;]|\.+\s|\s+[-–—]\s+/);

/** The words that say the new schedule; a clause denying one is left out when another says one. */
export function newScheduleWords(text: string): string {
  const t = text.replace(OLD_DAYS, ' ').replace(OLD_PERIOD, ' ').replace(DEADLINE, ' ').replace(PURPOSE, '');
  const clauses = clausesOf(t);
  const kept = clauses.filter((c) => !NOT_SO.test(c.toLowerCase()));
  return kept.length < clauses.length && kept.some((c) => parseSchedule(c) !== null) ? kept.join(', ') : t;
}

/** The message stops the schedule, or only denies the one it has ("it shouldn't go out on mondays anymore") and says no other. */
export function stopsTheSchedule(lower: string): boolean {
  if (STOP_SCHEDULE.test(lower)) return true;
  const clauses = clausesOf(lower);
  const denied = clauses.filter(
    (c) => NOT_SO.test(c) && /\b(?:run|runs|go(?:es)? out|send|sends|post|posts)\b/.test(c) && parseSchedule(c) !== null,
  );
  return denied.length > 0 && clauses.every((c) => denied.includes(c) || parseSchedule(c) === null);
}
