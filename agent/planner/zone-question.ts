/**
 * A schedule with no time zone said runs in UTC, and the planner asks once which zone it
 * should run in, offering the person's browser zone and UTC as buttons (or their own words).
 * The answer changes the zone of the app just built; it is never read as a new description.
 */
import { timeZoneProblem } from '../spec/schedule-rule';
import type { AskUserData, AskUserInput } from '../tools/ask-user';
import type { Description } from './description';
import { findTimeZone } from './time-zones';

export const ZONE_QUESTION = 'Which time zone should it run in?';

/** True when `d` has a schedule and names no zone, so it runs in UTC until the person says. */
export function needsZone(d: Description): boolean {
  return d.schedule !== null && findTimeZone(d.text) === null;
}

/** The question with buttons, when the browser told a zone other than UTC to offer; else null. */
export function zoneButtons(browserZone: string | null): AskUserInput | null {
  return browserZone && browserZone !== 'UTC' ? { question: ZONE_QUESTION, options: [browserZone, 'UTC'] } : null;
}

/** The words that end the built reply: the question, and how to answer it in your own words. */
export function zoneQuestionText(ask: AskUserInput | null): string {
  const offered = ask ? `${ask.options.join(' or ')} — or type another` : 'Name one';
  return `It runs in UTC for now. ${ZONE_QUESTION} ${offered} (e.g. America/New_York).`;
}

/**
 * The zone the latest message names when it answers the zone question (ask-turn.ts lastAnswer):
 * a button's text, its number, an IANA name or "Berlin time". Else null, and the message is
 * read like any other ("run it on Fridays instead").
 */
export function zoneAnswer(answered: { ask: AskUserData; answer: string } | null): string | null {
  if (answered?.ask.question !== ZONE_QUESTION) return null;
  const { ask, answer } = answered;
  const chosen = /^\d$/.test(answer) ? (ask.options[Number(answer) - 1] ?? answer) : answer;
  return timeZoneProblem(chosen) === null ? chosen : (findTimeZone(chosen) ?? findTimeZone(`in ${chosen}`));
}
