/**
 * People handing material in through a form of our own: "when someone submits our enquiry form",
 * "each time a response to our enquiry form comes in", "when a user asks a question". Where no
 * service is said to send it (Typeform, Jotform, a Google Form, a webhook), the form is the tool's
 * own, so the person's act is filling it in, not an event from elsewhere.
 */
import { ENDPOINT_WORDS } from './endpoint-words';
import { isService, OUR_PLACES } from './event-words';
import type { Token } from './language';
import { isOutsider } from './outside-people';
import { clauseEnd } from './when-clauses';

/** Verbs by which someone hands material in through a form. */
const FILLING_IN = new Set(['submit', 'fill', 'apply', 'ask', 'request', 'complete', 'type', 'upload', 'enter']);
/** What filling in a form makes: "a response to our form", "every new application" ("app", read as application, is software). */
const FORM_THINGS = new Set(['response', 'application', 'inquiry', 'enquiry']);
/** Services that host forms and call in with each one: "our Jotform survey … whenever someone submits it". */
const FORM_SERVICES = new Set(['typeform', 'jotform', 'tally']);
/** Makers whose name before "form" names their form product: "our Google Form", "a Microsoft Forms survey". */
const FORM_MAKERS = new Set(['google', 'microsoft']);

/** A product named for forms, as its makers write it: "FormCrafts", "Formstack", "WPForms" (not "Form" or "Forms" alone). */
const FORM_PRODUCT = /^(?:Form[A-Z][A-Za-z]*|Form(?:stack|spree|site|keep)|[A-Z][A-Za-z]*[a-zA-Z]Forms?)$/;

/** Token `k` of `all` names a form service: "Typeform", "FormCrafts", a maker before "form(s)" ("our Google Form"), a name before "Forms" ("Gravity Forms"). */
const formService = (all: readonly Token[], k: number) => {
  const t = all[k]!;
  const next = all[k + 1]?.text ?? '';
  if (FORM_SERVICES.has(t.lower) || FORM_PRODUCT.test(t.text)) return true;
  if (FORM_MAKERS.has(t.lower)) return /^forms?$/i.test(next);
  return next === 'Forms' && /^[A-Z]/.test(t.text) && k > 0 && all[k - 1]!.text !== '.';
};

/**
 * The start found at `tokens[from, to)` is someone filling in a form: someone outside hands material in
 * ("someone submits", "a visitor asks"; "when a form is submitted" says no one, and may come from anywhere) or
 * what a form makes comes in, with no service named up to those words in their sentence, no public place of
 * ours in their clause, and no form service or endpoint anywhere in `all` (every token of the text).
 */
export function filledOnOwnForm(tokens: readonly Token[], from: number, to: number, all: readonly Token[]): boolean {
  const words = tokens.slice(from, to);
  // "someone requests a book": the tagger may read the verb after its subject as a noun.
  const acts = (t: Token, k: number) => FILLING_IN.has(t.lemma) && isOutsider(words[k - 1]);
  const made = (t: Token) => t.pos === 'NOUN' && FORM_THINGS.has(t.lemma) && t.lower !== 'app' && t.lower !== 'apps';
  if (!words.some((t, k) => acts(t, k) || made(t)) || tokens.slice(0, to).some((t) => isService(t))) return false;
  // "a visitor completes the quiz on our site", "enquiries from our site": a public place of ours calls in.
  if (tokens.slice(from, Math.max(to, clauseEnd(tokens, from))).some((t) => OUR_PLACES.has(t.lemma))) return false;
  return !all.some((t, k) => formService(all, k) || ENDPOINT_WORDS.has(t.lower));
}
