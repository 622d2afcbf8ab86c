/**
 * Whether a matched template can be the app described, beyond sharing words with it: a
 * template that writes prose cannot be a data app, one without a photo input cannot read the
 * photo handed over, one with nothing to hold a document cannot read it. A template that does
 * not fit is left for a composed app, whatever its score.
 */
import type { AppSpec } from '../spec/app-spec';
import type { FieldInput } from '../tools/spec-inputs';
import type { Description } from './description';
import { describeSchedule } from './schedule';
import { isStopword, stem, tokenize } from './words';

/**
 * Template inputs named for no content in particular: they take whatever is pasted. The other
 * document inputs (DOCUMENT_INPUT_NAMES: notes, transcript, report…) hold a document of their
 * kind, so a meeting-notes box is no home for a caller's name and reason.
 */
const ANY_TEXT_INPUTS = new Set(['text', 'document', 'content']);

/** Content-word stems of a field's name: "roughMeetingNotes" → meet, note, rough. */
export function nameStems(name: string): Set<string> {
  const words = tokenize(name.replace(/([a-z])([A-Z])/g, '$1 $2'));
  return new Set(words.filter((w) => !isStopword(w)).map(stem));
}

/** Whether any of `said` names what one of the template's inputs holds, by a shared content word. */
function sharesAnInput(said: readonly string[], inputs: readonly Pick<FieldInput, 'name' | 'label'>[]): boolean {
  const held = inputs.map((f) => new Set([...nameStems(f.name), ...nameStems(f.label)]));
  return said.some((name) => [...nameStems(name)].some((w) => held.some((h) => h.has(w))));
}

/**
 * What the person said they hand over ("paste a job description", "I give a topic") is the
 * form; a template whose form holds none of it is another tool ("rewrite the job description
 * I paste" is no job-description writer asking for role, level and team). So is one whose form
 * shares nothing with three or more inputs the person named ("jot down caller name, phone,
 * reason": no meeting-notes summariser).
 */
function formDiffers(d: Description, spec: AppSpec): boolean {
  // A template's plain "text" or "document" box holds whatever is pasted or named.
  const holdsAnything = spec.inputs.some((f) => f.type === 'document' || (f.type === 'longText' && ANY_TEXT_INPUTS.has(f.name)));
  if (spec.inputs.length === 0 || holdsAnything) return false;
  const given = [...d.givenFields];
  if (given.length > 0 && !sharesAnInput(given, spec.inputs)) return true;
  const named = d.fields.filter((f) => !d.extracted.has(f.name)).map((f) => f.name);
  return named.length >= 3 && !sharesAnInput(named, spec.inputs);
}

/** Names of long-text inputs that carry a document's text in templates. */
const DOCUMENT_INPUT_NAMES = new Set(['document', 'text', 'contract', 'transcript', 'content', 'source', 'notes', 'report']);

/** The template input a document's text can go into, if any. */
export function readableInput<T extends Pick<FieldInput, 'name' | 'type'>>(inputs: T[]): T | null {
  return inputs.find((f) => f.type === 'document') ?? inputs.find((f) => f.type === 'longText' && DOCUMENT_INPUT_NAMES.has(f.name)) ?? null;
}

/**
 * Something for an extractor to read: a file or photo handed over, text pasted or given, values
 * said to be read out, or something arriving. A guest list, a permission slip or an incident log
 * with its columns named hands nothing over: it is typed into, a records app, not a box to paste into.
 */
const handsSomethingToRead = (d: Description): boolean =>
  d.given.document || d.given.photo || d.givenFields.size > 0 || d.extracted.size > 0 || d.event !== null;

export function templateFits(d: Description, spec: AppSpec): boolean {
  // A mail's from, subject and text are the inputs of an email-started app; a template's form is not.
  if (d.event?.kind === 'email') return false;
  // New records start the run: a template with no table has none to watch.
  if (d.event?.kind === 'record-created' && spec.collections.length === 0) return false;
  const kinds = new Set(spec.steps.map((s) => s.kind));
  const writes = kinds.has('generate-text');
  const makesImages = kinds.has('generate-image') || kinds.has('edit-image');
  if (d.outputKind === 'text' && d.structured && writes) return false;
  if (d.outputKind === 'text' && !d.structured && !writes) return false;
  if (d.outputKind === 'image-edit' && !kinds.has('edit-image')) return false;
  if (d.outputKind === 'text' && makesImages) return false;
  // An image alone is not a post with an image, and a post with an image needs a template that writes.
  if ((d.outputKind === 'image' || d.outputKind === 'image-edit') && writes) return false;
  if (d.outputKind === 'text+image' && !writes) return false;
  if (d.given.photo && d.outputKind !== 'image-edit' && !spec.inputs.some((f) => f.type === 'image')) return false;
  if (d.given.document && !readableInput(spec.inputs)) return false;
  if (formDiffers(d, spec)) return false;
  // A template whose only input is a box to paste into reads what is pasted; nothing handed over, nothing to read.
  const pasteOnly = spec.inputs.length > 0 && spec.inputs.every((f) => f.type === 'document' || ANY_TEXT_INPUTS.has(f.name));
  if (d.structured && pasteOnly && kinds.has('extract') && !handsSomethingToRead(d)) return false;
  // Tables said side by side with their columns, or rows of the person's own kept where a template
  // holds several tables of its own (a digest and what it reads), are a composed app's: the template
  // cannot be renamed into them.
  if (d.tables.length >= 2 || (d.keepsRecords && d.recordNoun !== null && spec.collections.length > 1)) return false;
  // A CRM or a log with its columns named is a records app with those columns: a template's
  // only when it already has most of them (the rest are added), else a plain one composed.
  if (d.recordsApp && d.fields.length >= 2 && !d.given.document && !d.given.photo) {
    const has = new Set([...spec.inputs, ...spec.collections.flatMap((c) => c.fields)].map((f) => f.name));
    return d.fields.filter((f) => has.has(f.name)).length * 2 >= d.fields.length;
  }
  return true;
}

/**
 * The app's description: the person's own words, and the schedule they said read back in
 * the planner's words ("every Friday at 16:00 (UTC)"), never a template's text.
 */
export function describedInOwnWords(d: Description): string {
  const said = d.text.replace(/\s+/g, ' ').replace(/[{}]/g, '').trim();
  const words = d.schedule && !/[.!?]$/.test(said) ? `${said}.` : said;
  const when = d.schedule ? ` Runs ${describeSchedule(d.schedule)}.` : '';
  return `${words.slice(0, 2000 - when.length)}${when}`;
}
