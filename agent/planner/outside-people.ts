/**
 * People outside the team who start things by acting somewhere ("a customer", "applicants",
 * "someone"), and the public places of ours where they act ("on our landing page").
 */
import { OUR_PLACES } from './event-words';
import type { Token } from './language';
import { singular } from './words';

/** People outside the team who start things by acting somewhere. */
const OUTSIDE_PEOPLE = new Set([
  'someone',
  'anyone',
  'customer',
  'user',
  'people',
  'client',
  'lead',
  'visitor',
  'shopper',
  'buyer',
  'member',
  'subscriber',
  'applicant',
  'candidate',
  'patient',
  'guest',
  'prospect',
  'contact',
  'supplier',
  'vendor',
  // People a school, a landlord, a charity or an event deals with.
  'parent',
  'student',
  'tenant',
  'resident',
  'citizen',
  'donor',
  'attendee',
  'participant',
  'volunteer',
  // Outside firms and people working for the team by contract.
  'partner',
  'contractor',
  'freelancer',
]);
/** One of the people outside the team, singular or plural. */
export const isOutsider = (t: Token | undefined) => !!t && (OUTSIDE_PEOPLE.has(t.lower) || OUTSIDE_PEOPLE.has(singular(t.lower)));

const AT_WORDS = new Set(['on', 'via', 'through', 'at', 'in', 'from']);

/** "… on our landing page", "through our website": one of our public places is named in `words`. */
export function atOurPlace(words: readonly Token[]): boolean {
  return words.some(
    (t, k) =>
      OUR_PLACES.has(t.lemma) &&
      words.slice(Math.max(0, k - 3), k).some((w, j, near) => w.lower === 'our' && AT_WORDS.has(near[j - 1]?.lower ?? '')),
  );
}
