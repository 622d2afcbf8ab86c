/**
 * Follow-ups on the current app, read as a list of edits: "add a priority field",
 * "rename it to Weekly posts", "switch the image model to the cheapest one", "run it every
 * Friday instead", "make it public". Several may come in one message; order is kept.
 */
import { detectAccess, type AccessLevel } from './access';
import { extractFields, extractSingleField, toIdentifier, type NamedField } from './fields';
import { parseOptions } from './field-types';
import { findModelWishes, type ModelWish } from './model-wishes';
import { detectNotify, type NotifyWish } from './notify';
import { parseSchedule, type ScheduleParts } from './schedule';
import { detectEventTrigger, type EventTrigger } from './triggers';
import { alternatives, anyOf } from './regex-parts';

export type Edit =
  | { op: 'rename-app'; name: string }
  | { op: 'add-fields'; fields: NamedField[] }
  | { op: 'remove-field'; words: string; column: boolean }
  | { op: 'rename-field'; words: string; to: string }
  /** `step`: the words naming the one step to bind ("the summary step"); absent = the whole app. */
  | { op: 'model'; wish: ModelWish; step?: string }
  | { op: 'schedule'; parts: ScheduleParts }
  | { op: 'remove-schedule' }
  | { op: 'add-event-trigger'; trigger: EventTrigger }
  /** "stop starting it from emails", "remove the webhook". */
  | { op: 'remove-event-trigger'; kind: 'email' | 'webhook' }
  | { op: 'access'; level: AccessLevel }
  | { op: 'notify'; wish: NotifyWish }
  /** Add an image made from the app's text (when it has none yet), with the image model named, if any. */
  | { op: 'add-image'; model: string | null }
  /** Bring back a version: a number said, or null for the one before the current. */
  | { op: 'restore'; version: number | null };

/** Where one instruction ends and the next begins ("… field and make it public"). */
const CLAUSE_END =
  /[.;!?\n]|,?\s+(?:and|then|also|plus)\s+(?=(?:make|switch|run|rename|call|use|remove|delete|drop|set|change|share|schedule|add|move|have|let|stop)\b)|\s+then\s/;

function clauseAfter(text: string, index: number): string {
  const rest = text.slice(index);
  const masked = rest.replace(/\([^)]*\)/g, (m) => 'x'.repeat(m.length));
  const end = CLAUSE_END.exec(masked);
  return (end ? rest.slice(0, end.index) : rest).trim();
}

function cleanName(raw: string): string {
  return raw
    .trim()
    .replace(/^(?:to|as)\s+/i, '')
    .replace(/^["“'‘]|["”'’]$/g, '')
    .replace(/\s+instead$/i, '')
    .trim();
}

/** "rename the driver field to …", "call the driver field …": a field named as one. */
const FIELD_RENAMES = [
  /\brename (?:the |my )?([a-z][\w ]{0,40}?) (?:field|column|input) (?:to|as) /,
  /\bcall (?:the |my )?([a-z][\w ]{0,40}?) (?:field|column|input) /,
];
/** "rename driver to …" (not "rename it to …"): a field only when an app is open; else it describes a tool ("rename scans to …"). */
const BARE_RENAME = /\brename (?!(?:it|this|that|the app|the tool|my app|my tool)\b)(?:the |my )?([a-z][\w ]{0,40}?) (?:to|as) /;

/** Renames asked for, and where each was said, so the rest of the message is read without them. */
function renames(text: string, lower: string, appOpen: boolean): { edits: Edit[]; said: Array<[number, number]> } {
  const edits: Edit[] = [];
  const said: Array<[number, number]> = [];
  const patterns = appOpen ? [...FIELD_RENAMES, BARE_RENAME] : FIELD_RENAMES;
  const field = patterns.map((pattern) => pattern.exec(lower)).find((m) => m !== null);
  if (field) {
    const start = field.index + field[0].length;
    const clause = clauseAfter(text, start);
    const to = cleanName(clause);
    if (to) {
      edits.push({ op: 'rename-field', words: field[1]!, to });
      said.push([field.index, start + clause.length]);
    }
  }
  const app =
    /\b(?:rename (?:it|the app|this app|the tool|this tool|this)|call it|name it|change (?:its|the) name|(?:the |its )?name should be|(?:it|the app) should be called)\s+(?:to\s+|as\s+)?/.exec(
      lower,
    );
  if (app) {
    const start = app.index + app[0].length;
    const clause = clauseAfter(text, start);
    const name = cleanName(clause);
    if (name && name.length <= 120) {
      edits.push({ op: 'rename-app', name });
      said.push([app.index, start + clause.length]);
    }
  }
  return { edits, said };
}

/**
 * "a dropdown for language with English, German and French", "a language field with options
 * A, B", "a field priority with options low, medium and high".
 */
const KIND_THEN_NAME =
  /(?:dropdown|select|choice|picklist|field|column|input)(?:\s+field)?\s+(?:(?:for|called|named)\s+)?([a-z][\w ]{0,40}?)/;
const NAME_THEN_KIND = /([a-z][\w ]{0,40}?)\s+(?:dropdown|select|field|choice|picklist|column|input)/;
/** "with the options", "of", ":" before the listed options. */
const OPTIONS_OPENER = /with\s+(?:the\s+)?(?:options?\s+|choices?\s+)?|of\s+|:\s*/;
const CHOICE_FIELD = new RegExp(
  `^(?:an?\\s+)?(?:${alternatives([KIND_THEN_NAME, NAME_THEN_KIND])})\\s+(?:${OPTIONS_OPENER.source})(.+)$`,
  'i',
);

/** "a priority field (low, medium, high)", "a priority dropdown (low, medium, high)". */
const CHOICE_FIELD_IN_BRACKETS =
  /^(?:an?\s+)?([a-z][\w ]{0,40}?)(?:\s+(?:dropdown|select|field|choice|picklist|column|input))?\s*\(([^)]+)\)\s*$/i;

/** `clause` keeps its case: the choices are shown as said ("English", not "english"). */
function choiceField(clause: string): NamedField | null {
  const listed = CHOICE_FIELD.exec(clause);
  const bracketed = listed ? null : CHOICE_FIELD_IN_BRACKETS.exec(clause);
  const name = listed ? (listed[1] ?? listed[2]) : bracketed?.[1];
  const said = listed ? listed[3] : bracketed?.[2];
  if (!name || !said) return null;
  const options = parseOptions(said);
  const base = extractSingleField(name.toLowerCase());
  return base && options ? { ...base, type: 'select', options } : null;
}

function fieldAdds(text: string): Edit[] {
  const lower = text.toLowerCase();
  const fields: NamedField[] = [];
  const choices: string[] = [];
  /** Clauses read as a choice field; their option lists must not be read again as fields. */
  const choiceClauses: string[] = [];
  // "also ask for a target audience": one field asked for on the form.
  for (const m of lower.matchAll(/\b(?:ask(?:s|ing)? (?:them |people |users |customers )?for|collect|include|capture)\s+/g)) {
    const clause = clauseAfter(lower, m.index + m[0].length).replace(/\s+(?:too|as well|also)$/, '');
    if (clause.split(/\s*,\s*|\s+and\s+/).length === 1) {
      const f = extractSingleField(clause.replace(/^(?:their|his|her|the|a|an)\s+/, ''));
      if (f) fields.push(f);
    }
  }
  for (const m of lower.matchAll(/\badd(?:ing)?\s+/g)) {
    let clause = clauseAfter(lower, m.index + m[0].length);
    const choice = choiceField(clauseAfter(text, m.index + m[0].length));
    if (choice) {
      fields.push(choice);
      choices.push(...(choice.options ?? []).map((o) => toIdentifier(o)));
      choiceClauses.push(clause);
      continue;
    }
    if (
      /\b(?:steps?|schedules?|triggers?|webhooks?|images?|pictures?|models?)\b/.test(clause) &&
      !/\b(?:field|column|input)s?\b/.test(clause)
    )
      continue;
    clause = clause.replace(/^(?:a|an|the|one|two|three|new|more|some)\s+/, '').replace(/^(?:new\s+)?/, '');
    clause = clause.replace(/\s+(?:to|on|in) (?:the )?(?:form|app|table|it)$/, '');
    const listed = /^(?:fields?|columns?|inputs?)\s*(?::|called|named|for)?\s*(.+)$/.exec(clause);
    const list = listed ? listed[1]! : clause.replace(/\s+(?:fields?|columns?|inputs?)$/, '');
    for (const item of list.split(/\s*,\s*(?:and\s+)?|\s+and\s+/)) {
      const f = extractSingleField(item);
      if (f) fields.push(f);
    }
  }
  // "also ask for their phone number" names fields the way a description does.
  const rest = choiceClauses.reduce((text, clause) => text.replace(clause, ' '), lower);
  for (const f of extractFields(rest)) if (!fields.some((x) => x.name === f.name) && !choices.includes(f.name)) fields.push(f);
  return fields.length > 0 ? [{ op: 'add-fields', fields }] : [];
}

function fieldRemovals(lower: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of lower.matchAll(
    /\b(?:remove|delete|drop|get rid of|(?:do not|don'?t|no longer) need|lose)\s+(?:the\s+|a\s+)?([a-z][\w ]{0,40}?)\s+(field|column|input)s?\b/g,
  )) {
    // "column" means the table too; a removed form "field" leaves the kept records' column alone.
    edits.push({ op: 'remove-field', words: m[1]!, column: m[2] === 'column' });
  }
  return edits;
}

/** "for the summary step", "switch the draft step to …": one step, not the whole app. */
const STEP_NAMED = /\b(?:for|on|in|of)\s+the\s+([a-z][\w -]{0,40}?)\s+step\b|\bthe\s+([a-z][\w -]{0,40}?)\s+step\s+(?:to|onto|with)\b/;
const MODEL_VERB = /\b(?:use|using|switch|change|swap|move|bind|try|put|go with|replace|with)\b/;
const STOPS_THE_SCHEDULE =
  /\b(?:stop|remove|delete|turn off|disable|cancel|pause|drop)\b.{0,30}\b(?:schedul\w*|automatic\w*|running (?:it )?(?:automatically|every))\b/;
const ONLY_BY_HAND = /\bonly (?:run it )?(?:manually|by hand|on demand)\b|\bno (?:more )?schedule\b|\bdon'?t run it automatically\b/;
const STOP_SCHEDULE = anyOf([STOPS_THE_SCHEDULE, ONLY_BY_HAND]);

/** Stopping a start from outside: "stop running it on incoming emails", "remove the webhook" (not "the email field"). */
const STOP_EVENT =
  /\b(?:stop|remove|delete|turn off|disable|drop|no longer|don'?t)\b.{0,30}?\b(e-?mails?|mail|inbox|mailbox|webhooks?)\b(?!\s+(?:field|column|input|address)s?\b)/;

function restores(lower: string): Edit[] {
  const numbered = /\b(?:restore|revert to|roll ?back to|go back to|bring back)\s+(?:version|v)\s*(\d+)\b/.exec(lower);
  if (numbered) return [{ op: 'restore', version: Number(numbered[1]) }];
  if (/\b(?:undo|revert|roll ?back|go back|put it back)\b/.test(lower)) return [{ op: 'restore', version: null }];
  return [];
}

const ADD_IMAGE =
  /\b(?:add|also (?:generate|create|make|draw)|plus|include|with)\s+(?:an?\s+|one\s+)?(?:matching\s+|fitting\s+)?(?:image|picture|visual|illustration)s?(?:\s+step)?\b/;

/** The edits asked for in `message`, in a fixed order (app name, fields, models, triggers, access). */
export function parseFollowUp(message: string, { appOpen = true }: { appOpen?: boolean } = {}): Edit[] {
  const restore = restores(message.toLowerCase());
  if (restore.length > 0) return restore;
  const { edits, said } = renames(message, message.toLowerCase(), appOpen);
  // A new name ("Weekly posts") says nothing about schedules or fields: leave it out below.
  let rest = message;
  for (const [from, to] of [...said].sort((a, b) => b[0] - a[0])) rest = `${rest.slice(0, from)} ${rest.slice(to)}`;
  const lower = rest.toLowerCase();
  edits.push(...fieldAdds(rest));
  edits.push(...fieldRemovals(lower));
  const addsImage = ADD_IMAGE.test(lower);
  if (MODEL_VERB.test(lower)) {
    const step = STEP_NAMED.exec(lower);
    const stepWords = step ? (step[1] ?? step[2]) : undefined;
    for (const wish of findModelWishes(rest)) {
      // "also generate an image with nano banana": the model goes with the new image step.
      if (addsImage && wish.kind === 'named' && wish.role === 'image') continue;
      edits.push({ op: 'model', wish, ...(stepWords ? { step: stepWords } : {}) });
    }
  }
  if (STOP_SCHEDULE.test(lower)) {
    edits.push({ op: 'remove-schedule' });
  } else {
    const parts = parseSchedule(rest);
    if (parts) edits.push({ op: 'schedule', parts });
  }
  const stop = STOP_EVENT.exec(lower);
  const event = stop ? null : detectEventTrigger(rest);
  if (stop) edits.push({ op: 'remove-event-trigger', kind: /hook/.test(stop[1]!) ? 'webhook' : 'email' });
  if (event) edits.push({ op: 'add-event-trigger', trigger: event });
  if (addsImage) {
    const named = findModelWishes(rest).find((w) => w.kind === 'named' && w.role === 'image');
    edits.push({ op: 'add-image', model: named?.kind === 'named' ? named.model.id : null });
  }
  const notify = detectNotify(rest);
  if (notify) edits.push({ op: 'notify', wish: notify });
  const level = detectAccess(lower);
  if (level) edits.push({ op: 'access', level });
  return edits;
}
