/**
 * Follow-ups on the current app, read as a list of edits: "add a priority field",
 * "rename it to Weekly posts", "switch the image model to the cheapest one", "run it every
 * Friday instead", "make it public". Several may come in one message; order is kept.
 */
import { detectAccess, type AccessLevel } from './access';
import { extractFields, extractSingleField, toIdentifier, toLabel, type NamedField } from './fields';
import { parseOptions } from './field-types';
import { findModelWishes, findNamedModels, type ModelWish } from './model-wishes';
import { detectNotify, type NotifyWish } from './notify';
import { parseSchedule, type ScheduleParts } from './schedule';
import { detectEventTrigger, type EventTrigger } from './triggers';
import { alternatives, anyOf } from './regex-parts';
import { FIELD_KIND, fieldPhrase, withoutRemark } from './field-phrase';
import { type KnownField, knownField } from './known-fields';
import { wishedFields } from './field-wishes';
import { fieldForThat, fieldSaidMissing, fieldsAskedAbout, fieldsEachHolds, nameAfterUnnamed, saidField } from './field-asks';
import { newScheduleWords, stopsTheSchedule } from './schedule-asks';
import {
  helpTexts,
  MADE_REQUIRED,
  RETYPED,
  requirements,
  retypes,
  SHOULD_BE_REQUIRED,
  withSaidTypes,
  type HelpField,
  type RequireField,
  type RetypeField,
} from './field-changes';
import { stepInstruction, type InstructStep } from './step-instructions';

export type Edit =
  | { op: 'rename-app'; name: string }
  /** `after`: the app's field the new ones go after ("add an order id field after email"); absent = at the end. */
  | { op: 'add-fields'; fields: NamedField[]; after?: string }
  | { op: 'remove-field'; words: string; column: boolean }
  | { op: 'rename-field'; words: string; to: string }
  | RequireField
  | RetypeField
  | HelpField
  | InstructStep
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
  /** `version` null: `back` versions before the current one (1 when not said). */
  | { op: 'restore'; version: number | null; back?: number };

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
  // "Help Desk Drafter, keep the same link": a remark after a comma is not part of the name.
  return (
    withoutRemark(raw)
      .trim()
      .replace(/^(?:to|as)\s+/i, '')
      // "change the title from Weekly digest to Team Pulse": the old name is not part of the new.
      .replace(/^from\s+.+?\s+to\s+(?=\S)/i, '')
      // "to just Email".
      .replace(/^(?:just|simply)\s+/i, '')
      // '"E-Mail" instead': the remark goes before the quotes around the name.
      .replace(/\s+instead$/i, '')
      // "to Style pls": a courtesy after the name is not part of it.
      .replace(/\s+(?:pls|plz|please|thanks|thx|ty)$/i, '')
      .replace(/^["“'‘]|["”'’]$/g, '')
      .trim()
  );
}

/** "rename the driver field to …", "call the driver field …": a field named as one. */
const FIELD_RENAMES = [
  /\b(?:rename|relabel|retitle) (?:the |my )?["']?([a-z][\w ]{0,40}?)["']? (?:field|column|input|label|dropdown) (?:to|as|into) /,
  // "rename field 'photo' to …": the kind said before the name.
  /\b(?:rename|relabel|retitle) (?:the |my )?(?:field|column|input|label|dropdown) ["']?([a-z][\w ]{0,40}?)["']? (?:to|as|into) /,
  /\bcall (?:the |my )?([a-z][\w ]{0,40}?) (?:field|column|input) /,
  // "change the label of the tone field to …", "change the deal size column name to …", "change the stage field to …".
  /\bchange (?:the )?(?:label|name|title) (?:of (?:the )?)?(?!(?:from|app|tool)\b)["']?([a-z][\w ]{0,40}?)["']?(?: field| column| input)? to /,
  // ("change the display name to …" names the app.)
  /\bchange (?:the )?(?!(?:display|app|tool|public|shown) name)["']?([a-z][\w ]{0,40}?)["']? (?:(?:field|column|input) )?(?:label|name|title|heading) to /,
  /\bchange (?:the )?["']?([a-z][\w ]{0,40}?)["']? (?:field|column|input|dropdown) to /,
  // "the stage field should be called …", "'Deal size' should say …".
  /(?:^|\b(?:the |my )?)["']?([a-z][\w ]{0,40}?)["']?(?: field| column| input)? should (?:be called|be named|say|read) /,
  // "rename the message column in the tickets table to …": where the field is, between it and its new name.
  /\b(?:rename|relabel) (?:the |my )?["']?([a-z][\w ]{0,40}?)["']? (?:field|column|input) (?:in|on|of) (?:the |our |my )?[\w ]{1,30}? (?:table|form|sheet) (?:to|as|into) /,
];
/** "show email as "E-Mail"", "display deal size as Amount": a field of the app shown under another name. */
const SHOW_AS = /\b(?:show|display|label) (?:the )?["']?([a-z][\w ]{0,40}?)["']?(?: field| column)? as /;
/** "the "deal size" label is unclear, can I edit it to say Deal Value": the field said before, renamed by pronoun. */
const IT_TO_SAY = /\b(?:edit|change|rename|update|set|make) (?:it|that|this) to (?:say|read|show) /;

/** IT_TO_SAY, with the one field of the app said before it (quoted, or by its words). */
function renamedByPronoun(lower: string, fields: readonly KnownField[]): FieldSaid | null {
  const m = IT_TO_SAY.exec(lower);
  if (!m) return null;
  const before = lower.slice(0, m.index);
  const quoted = [...before.matchAll(/["“‘']([a-z][\w ]{0,40}?)["”’']/g)].map((q) => q[1]!).find((q) => knownField(fields, q));
  const words = quoted ?? fieldSaidBefore(lower, m.index, fields);
  return words ? { index: m.index, 0: m[0], 1: words } : null;
}
const CHANGE_KNOWN = /\b(?:change|switch|rename) (?:the )?(?:label |name )?(?!from\b)["']?([a-z][\w ]{0,40}?)["']? (?:to|into) /;
const TO_READ = /["']([a-z][\w ]{0,40}?)["'] (?:to )?(?:read|say|show as|be called|be named|be labell?ed) /;
/** "change the label from Deal size to Amount": a field of the app by its old name (else the app's title is changed). */
const LABEL_FROM_TO = /\bchange (?:the )?(?:label|name|title|heading) from ["']?([a-z][\w ]{0,40}?)["']? to /;
/** "stage → Pipeline stage", "deal size -> Amount": a field of the app, an arrow, its new name. */
const FIELD_ARROW = /(?:^|[,.;:]\s*)(?:the )?["'“‘]?([a-z][\w ]{0,40}?)["'”’]?(?: field| column)?\s*(?:->|→|=>)\s*/;
/** "can email show as "E-Mail" instead", "I'd prefer company to say Organisation": a field of the app, by the words just before, shown under another name. */
const SHOWN_AS = /\s(?:(?:should|to|can|could|will) )?(?:(?:show|display|appear|be shown|be displayed|be labell?ed) as|say|read) /;

function shownAs(text: string, lower: string, fields: readonly KnownField[]): FieldSaid | null {
  // The new name is written as one (capitalised or quoted): "the message should say thanks" renames nothing.
  const m = SHOWN_AS.exec(lower);
  if (!m || !/^["“‘']?[A-Z]/.test(text.slice(m.index + m[0].length))) return null;
  const words = lower.slice(0, m.index).split(/\s+/);
  for (let n = 1; n <= Math.min(3, words.length); n++) {
    const said = words.slice(-n).join(' ');
    if (knownField(fields, said) !== null) return { index: m.index - said.length, 0: `${said}${m[0]}`, 1: said };
  }
  return null;
}
/** Where a field was named for a rename: the words from `index` (`0`), and the field said (`1`). */
interface FieldSaid {
  index: number;
  0: string;
  1?: string;
}

/** "rename driver to …" (not "rename it to …"): a field only when an app is open; else it describes a tool ("rename scans to …"). */
const BARE_RENAME =
  /\brename (?!(?:it|this|that|the app|the tool|my app|my tool|the whole|everything)\b)(?:the |my )?([a-z][\w ]{0,40}?) (?:to|as) /;

/** "call it …", "retitle this …", "change the app's name to …", "it should be called …". */
const CALL_IT =
  /\b(?:rename|retitle|title|call|name) (?:it|(?:the|this) (?:whole )?(?:app|tool|thing|one)|this|everything)(?:\s*:\s*|\s+|(?=[?.!]))(?:to\s+|as\s+)?|\b(?:rename|retitle)\s+(?:to|as)\s+/;
const NEW_NAME =
  /\b(?:change (?:its|the|the (?:app|application|tool)'?s?) (?:(?:display|public|shown) )?(?:name|title)(?: of (?:it|this|the app|this app|the tool)|(?! of\b)))\s*(?:to\s+|as\s+)?/;
/** "the name should be …", "the app name should be …". */
const NAME_SHOULD_BE = /\b(?:the |its )?(?:(?:app|application|tool)'?s? )?name\s*(?:[-–—,:]\s*)?should be\s*(?:to\s+|as\s+)?/;
/** "i'd like the app to be called Product Writer", "it should be named …". */
const TO_BE_CALLED = anyOf([
  /\b(?:it|the app|this app|the tool|this) (?:should|could|to|will|would|can) (?:be )?(?:called|named|titled|renamed)\s*(?:to\s+|as\s+)?/,
  /\b(?:want|like|need) (?:it|this|the app) (?:to be )?(?:called|named|titled)\s+/,
]);
/** "can it be called Sales Pipeline instead". */
const CAN_IT_BE_CALLED =
  /\b(?:can|could|should) (?:it|the app|this app|the tool|this) be (?:called|named|titled|renamed)\s*(?:to\s+|as\s+)?/;
/** "change the name of this? Feedback Digest -> Friday Pulse": the new name after an arrow in the next sentence. */
const NAME_AFTER_ARROW = /^[?:.!]*\s*[^.?!]{0,60}?(?:->|→|=>)\s*/;
/** "rename it? Customer Pulse": a short sentence of capitalised or quoted words after the ask. */
const NAME_AS_NEXT_SENTENCE = /^[?:.!]+\s*(?=["'“‘]?[A-Z][\w'&-]*(?:\s+[A-Z0-9][\w'&-]*){0,4}["'”’]?\s*[.!]?\s*$)/;
/** "the name is kinda generic, make it 'Etsy listing helper'": a quoted name after the name was talked about. */
const QUOTED_NAME = /\b(?:name|title)\b.{0,40}\b(?:make|change|set) it (?:to )?(?=["'“‘])/;
/** "I don't love the name. make it Ticket Helper": the same, with the name written capitalised (checked in nameGiven). */
const NAME_TALKED_THEN_MAKE = /\b(?:name|title)\b(?!\s+(?:field|column|input))[^?!]{0,40}?\b(?:make|change|set) it (?:to )?/;
/** "the display name is just the default, I'd like it to say Support Desk": the app's name talked about, then what it should say. */
const NAME_THEN_SAY =
  /\b(?:display|app|tool|its|the app'?s?) (?:name|title)\b(?!\s+(?:field|column|input))[^.?!]{0,60}?\b(?:it|that) (?:to )?(?:say|read|be)\s+/;
/** "new name: Lead Desk", "I'd prefer the title Sales Board", "make the title 'Lead Log'", "set the app name to …". */
const NAME_GIVEN = anyOf([
  /\bgive it (?:the |a )?(?:name|title)\s+|\b(?:new|app|tool) (?:name|title)\s*[:=–—-]\s*/,
  /\b(?:prefer|want|like) (?:the|a) (?:name|title) (?!field\b)|\b(?:make|set) the (?:app'?s? |tool'?s? )?(?:name|title) (?:to |as )?/,
  // "name: Support Copilot" as the whole message's start.
  /^(?:app |tool |new )?(?:name|title|renam(?:e|ing)(?: it)?)\s*[:=]\s*/,
  NAME_TALKED_THEN_MAKE,
]);
/**
 * A name suggested after the app's name was talked about: "is a bit long, maybe just "Replies"?",
 * "give it a catchier name? Something like Listing Wizard", "the name doesn't fit … "Feedback digest" works".
 */
const NAME_TALKED = anyOf(
  [
    /\b(?:app'?s?|tool'?s?|its|new|different|an? (?:catchier|better|shorter|nicer|new|different|proper|real|cooler|clearer)) (?:name|title)\b(?!\s+(?:field|column|input))/,
    /\bthe (?:name|title) (?:is|isn'?t|doesn'?t|does not|feels|sounds|seems)\b|\bis (?:a bit |too |kind of |kinda )?(?:long|short|generic|boring|bland|clunky)\b/,
  ],
  'i',
);
/** A name as names are written: quoted, or capitalised words. */
const A_NAME = String.raw`["“‘][^"”’]{1,60}["”’]|[A-Z][\w'&-]*(?:\s+[A-Z0-9][\w'&-]*){0,4}`;
const SUGGESTED_NAME = new RegExp(
  String.raw`\b(?:[Mm]aybe|[Pp]erhaps|[Hh]ow about|[Ww]hat about|[Ss]omething like|[Ll]ike|[Tt]ry)\s+(?:just\s+)?(${A_NAME})|(["“‘][^"”’]{1,60}["”’])\s+(?:works|would work|is better|would be better|sounds (?:good|better|right)|fits)\b`,
);

/** SUGGESTED_NAME where the name was talked about: the words (`0`), where (`index`), and the name (`1`). */
function suggestedName(text: string): { index: number; 0: string; 1: string } | null {
  const m = NAME_TALKED.test(text) ? SUGGESTED_NAME.exec(text) : null;
  return m ? { index: m.index, 0: m[0], 1: (m[1] ?? m[2])! } : null;
}

/** "let's go with 'Weekly Pulse' as the name", "how about Deal Desk for the title": the name said before its role. */
const NAME_BEFORE_ROLE =
  /\b(?:go with|use|how about|what about|try)\s+(["“‘']?[A-Z][^.?!,;]{0,60}?["”’']?)\s+(?:as|for)\s+(?:the|its|a|our)\s+(?:new\s+)?(?:app\s+|tool\s+)?(?:name|title)\b/i;
const APP_RENAME = anyOf([CALL_IT, NEW_NAME, NAME_SHOULD_BE, TO_BE_CALLED, CAN_IT_BE_CALLED, QUOTED_NAME, NAME_THEN_SAY]);

/** NAME_GIVEN, when a name follows as names are written, capitalised or quoted ("the title Sales Board", not "the title shorter"). */
function nameGiven(text: string, lower: string): RegExpExecArray | null {
  const m = NAME_GIVEN.exec(lower);
  return m && /^["'“‘]?[A-Z0-9]/.test(text.slice(m.index + m[0].length)) ? m : null;
}

/** "items should be Feedback items": a field of the app said to be something written as a name (capitalised or quoted). */
const SHOULD_BE = /(?:^|[.?!,;]\s+)(?:the )?["']?([a-z][\w ]{0,40}?)["']? (?:field |column |label )?should (?:now )?be /;

function shouldBeNamed(text: string, lower: string, fields: readonly KnownField[]): RegExpExecArray | null {
  const m = SHOULD_BE.exec(lower);
  // "the app name should be Deal Desk" names the app, not its Name field.
  if (!m || knownField(fields, m[1]!) === null || /\b(?:app|tool)'?s?\b/.test(m[1]!)) return null;
  return /^["“‘']?[A-Z]/.test(text.slice(m.index + m[0].length)) ? m : null;
}

/** Renames asked for, and where each was said, so the rest of the message is read without them. */
/**
 * "switch the tone step to gemini 2.5 flash", "change tone to gpt-5 mini": a new "name" that is a model
 * or a model family asks for a model switch, not a rename. A model's name is looked for where the
 * name starts, not only in its clause, which ends at the point of "2.5".
 */
const namesAModel = (after: string, clause: string): boolean =>
  findNamedModels(after.trimStart()).some((m) => m.at === 0) ||
  findModelWishes(clause).some((w) => w.kind === 'named' || w.kind === 'family');

function renames(
  text: string,
  lower: string,
  appOpen: boolean,
  fields: readonly KnownField[],
): { edits: Edit[]; said: Array<[number, number]> } {
  const edits: Edit[] = [];
  const said: Array<[number, number]> = [];
  const patterns = appOpen ? [...FIELD_RENAMES, BARE_RENAME] : FIELD_RENAMES;
  // "change since to Start date", "I'd like 'Deal size' to read 'Estimated value'": a field of the app, by its name alone.
  const known = [CHANGE_KNOWN, TO_READ, FIELD_ARROW, LABEL_FROM_TO, SHOW_AS]
    .map((pattern) => pattern.exec(lower))
    .find((m) => m !== null && knownField(fields, m[1]!) !== null);
  const field =
    patterns.map((pattern) => pattern.exec(lower)).find((m) => m !== null) ??
    known ??
    shouldBeNamed(text, lower, fields) ??
    shownAs(text, lower, fields) ??
    renamedByPronoun(lower, fields);
  if (field) {
    const start = field.index + field[0].length;
    const clause = clauseAfter(text, start);
    const to = cleanName(clause);
    if (to && !namesAModel(text.slice(start), clause)) {
      edits.push({ op: 'rename-field', words: field[1]!, to });
      said.push([field.index, start + clause.length]);
    }
  }
  const found = APP_RENAME.exec(lower) ?? nameGiven(text, lower);
  // Words read both ways: "change the name from Deal size to Amount" renames the field the app has;
  // "change the name of the app to Pulse" names no field of it, and renames the app.
  const overlaps = found !== null && said.some(([from, to]) => found.index >= from && found.index < to);
  const fieldKnown = field !== undefined && field !== null && knownField(fields, field[1]!) !== null;
  if (overlaps && !fieldKnown) {
    edits.splice(0, edits.length);
    said.splice(0, said.length);
  }
  const app = overlaps && fieldKnown ? null : found;
  const before = app ? null : (NAME_BEFORE_ROLE.exec(text) ?? suggestedName(text));
  const named = before ? cleanName(before[1]!) : null;
  if (before && named && /^["“‘']?[A-Z]/.test(before[1]!)) {
    edits.push({ op: 'rename-app', name: named });
    said.push([before.index, before.index + before[0].length]);
  }
  const renamed = app ? (appNameAfter(text, app) ?? laterAsk(text, lower, app)) : null;
  if (renamed) {
    edits.push({ op: 'rename-app', name: renamed.name });
    said.push([renamed.from, renamed.to]);
  }
  return { edits, said };
}

/** The new name said after the ask `app`, and the words that said it. */
function appNameAfter(text: string, app: RegExpExecArray): { name: string; from: number; to: number } | null {
  const start = app.index + app[0].length;
  const arrow = NAME_AFTER_ARROW.exec(text.slice(start));
  // "can you rename it? Customer Pulse": the name as the next sentence, written as names are.
  const next = arrow ?? NAME_AS_NEXT_SENTENCE.exec(text.slice(start));
  const from = cleanName(clauseAfter(text, start)) ? start : start + (next?.[0].length ?? 0);
  const clause = clauseAfter(text, from);
  const name = cleanName(clause);
  return name && name.length <= 120 ? { name, from: app.index, to: from + clause.length } : null;
}

/** "can I rename this? want it called Customer Voice Weekly": the ask said again, with the name, later on. */
function laterAsk(text: string, lower: string, app: RegExpExecArray): { name: string; from: number; to: number } | null {
  const after = app.index + app[0].length;
  const again = APP_RENAME.exec(lower.slice(after));
  if (!again) return null;
  again.index += after;
  return appNameAfter(text, again);
}

/**
 * "a dropdown for language with English, German and French", "a language field with options
 * A, B", "a field priority with options low, medium and high".
 */
const KIND_THEN_NAME =
  /(?:dropdown|select|choice|picklist|field|column|input)(?:\s+field)?\s+(?:(?:for|called|named)\s+)?([a-z][\w ]{0,40}?)/;
const NAME_THEN_KIND = /([a-z][\w ]{0,40}?)\s+(?:dropdown|select|field|choice|picklist|column|input)/;
/** "with the options", "of", ":" before the listed options. */
const OPTIONS_OPENER = /with\s+(?:the\s+)?(?:options?\s+|choices?\s+)?|of\s+|:\s*|[-–—]\s+/;
const CHOICE_FIELD = new RegExp(
  `^(?:an?\\s+)?(?:${alternatives([KIND_THEN_NAME, NAME_THEN_KIND])})\\s+(?:${OPTIONS_OPENER.source})(.+)$`,
  'i',
);

/** "a priority field (low, medium, high)", "a priority dropdown (low, medium, high)". */
const CHOICE_FIELD_IN_BRACKETS =
  /^(?:an?\s+)?([a-z][\w ]{0,40}?)(?:\s+(?:dropdown|select|field|choice|picklist|column|input))?\s*\(([^)]+)\)\s*$/i;

/** "a status: draft / ready / posted": a name, a colon, and two or more choices. */
const CHOICE_AFTER_COLON = /^(?:an?\s+)?([a-z][\w ]{0,30}?)\s*:\s*([^:]+?(?:\s*[/,]\s*[^/,]+)+)\s*$/i;

/** "'Lead source' with options web, referral, event": a name and its options, no kind word. */
const NAME_WITH_OPTIONS = /^(?:an?\s+)?["'“‘]?([a-z][\w ]{0,30}?)["'”’]?\s+with\s+(?:the\s+)?(?:options?|choices?|values?)\s*:?\s+(.+)$/i;

/** `clause` keeps its case: the choices are shown as said ("English", not "english"). */
/** "'source' as a dropdown with …": the name, then the kind it is to be. */
const NAME_AS_KIND = /^["'“‘]?([a-z][\w ]{0,40}?)["'”’]?\s+as\s+an?\s+(?=(?:dropdown|select|choice|picklist)\b)/i;

function choiceField(asked: string): NamedField | null {
  const clause = asked.replace(NAME_AS_KIND, '$1 ');
  const listed = CHOICE_FIELD.exec(clause);
  const bracketed = listed
    ? null
    : (CHOICE_FIELD_IN_BRACKETS.exec(clause) ?? CHOICE_AFTER_COLON.exec(clause) ?? NAME_WITH_OPTIONS.exec(clause));
  const name = listed ? (listed[1] ?? listed[2]) : bracketed?.[1];
  const said = listed ? listed[3] : bracketed?.[2];
  if (!name || !said) return null;
  const options = parseOptions(said);
  const base = extractSingleField(name.toLowerCase());
  return base && options ? { ...base, type: 'select', options } : null;
}

/** "to the form" or a "pls" between a choice field and its options ("(low, high)", ": draft / ready"). */
const PLACE_BEFORE_OPTIONS = /\s+(?:(?:to|on|in)\s+(?:the|our|my)\s+[\w ]{1,20}?|pls|please|plz)(?=\s*[(:])/i;
/** "also ask for a target audience", "capture the lead source"; a record kept ("store the lead's country") is read for its place too. */
const ASKS_FOR =
  /\b(?:ask(?:s|ing)? (?:them |people |users |customers )?for|collect|include|capture|(record|store|track|keep track of))\s+/g;
/** A place on the form for a thing: "a spot for the website", "somewhere to enter the PO number". */
const SPOT_FOR =
  /\b(?:an?|some)\s+(?:spot|place|space|slot|section|area)\s+(?:for|to (?:enter|put|add|type|write))\s+([a-z][\w' -]{0,40}?)(?=\s*(?:[,.;!?]|$|\s+(?:too|as well|on|in|so|when)\b))/g;
/** "the website should be on the form", "PO number needs to be in there too". */
const ON_THE_FORM =
  /(?:^|[,.;!?]\s*)([a-z][\w' -]{0,40}?)\s+(?:should|needs to|has to|must)\s+(?:also\s+)?be\s+(?:on|in)\s+(?:the\s+form|there|it)\b/g;
const NEGATED_BEFORE = /(?:\bno need to|\bneed not|\bnever|\bstop|n'?t (?:need to )?|\bnot (?:need to )?)\s*$/;
/** "push it to 11", "move the run to 7:30": a bare hour the schedule moves to (a clock hour, 0–23). */
const MOVED_TO_HOUR =
  /\b(?:push|move|bump|shift|change|set)\s+(?:it|the time|the run|the send|that)\s+(?:back\s+|forward\s+|later\s+|earlier\s+)?to\s+(\d{1,2})(?::([0-5]\d))?(?![\d:%]|\s*(?:am|pm|a\.m|p\.m|[a-z]))/;

function movedToHour(lower: string): ScheduleParts | null {
  const m = MOVED_TO_HOUR.exec(lower);
  return m && Number(m[1]) <= 23 ? parseSchedule(`at ${m[1]}:${m[2] ?? '00'}`) : null;
}

/** "after email", "below the company field", "next to stage": where a new field goes, by a field of the app. */
/** "…, and put it right after": the order that places what was just asked for. */
const PUT_IT = /(?:,?\s+(?:and\s+)?(?:put|place|move|add)\s+(?:it|them))?/;
const PLACED = new RegExp(
  String.raw`${PUT_IT.source}\s+(?:right |just |directly )?(after|below|under|beneath|next to)\s+(?:the\s+)?["']?([a-z][\w ]{0,30}?)["']?(?:\s+(?:field|column|input))?(?=\s*(?:[,.;!?]|$))`,
);

/** `text` without the words `said` at `index` (a placement, a hint), which name no field themselves. */
const without = (text: string, { index, said }: { index: number; said: string }) =>
  `${text.slice(0, index)} ${text.slice(index + said.length)}`;

/** Where the message places new fields: the app's field they go after, and the words that said so. */
function placement(text: string, fields: readonly KnownField[]): { after: string; index: number; said: string } | null {
  const m = PLACED.exec(text.toLowerCase());
  const field = m ? knownField(fields, m[2]!) : null;
  return m && field ? { after: field.name, index: m.index, said: m[0] } : null;
}

/** "choose a region: north, south, east or west". */
const CHOOSE_FROM = /\b(?:choose|pick|select)\s+(?:a|an|the|their|one|which)\s+([a-z][\w -]{0,30}?)\s*:\s*([^.;!?]+)/g;
/** "the name field is too long", "the notes field is optional" (not "the new field is called Region"). */
const REMARK_ON_FIELD = new RegExp(
  String.raw`(?:^|[,.;!?]\s*)(?:the\s+)?[a-z][\w ]{0,30}?\s+${FIELD_KIND}\s+(?:is|are|was|looks|seems|feels)\s+(?!called|named|for\b)[^,.;!?]*`,
  'g',
);
/** Verbs that put a field on the form. */
const ADDING = /\b(add(?:ing)?|put|stick|insert|throw in)\s+/g;
/** The clause calls what it asks for a field ("an opt-in for user testing field"). */
const SAYS_FIELD = new RegExp(`\\b${FIELD_KIND}\\b`);
const FIELD_OR_FORM = new RegExp(`${FIELD_KIND}\\b|\\b(?:on|to|in)\\s+(?:the|this|our|my)\\s+(?:\\w+\\s+)?form\\b`);
/** Having or needing a field ("can there be a related order dropdown"): the kind word is what makes "we need X" a field. */
const WANTS_A_FIELD = new RegExp(
  String.raw`(?<!\b(?:don'?t|do not|no longer|never)\s+)\b(?:have|need|want|include|get|there be|there'?s|there is)\s+((?:an?|the|one|some)\s+[\w' /-]{1,40}?\s+${FIELD_KIND})\b`,
  'g',
);

const NEEDED_TOO = /(?<!\b(?:don'?t|do not|no longer|never)\s+)\b(?:need|want)\s+((?:an?|the)\s+[\w' -]{1,40}?)\s+(?:too|as well)\b/g;

/** Adds the field (or the list of them) `phrase` names; `saidAsField` when the words called it a field ("an opt-in field"). */
function addListed(fields: NamedField[], phrase: string | null, saidAsField = false): void {
  if (!phrase) return;
  const items = phrase.split(/\s*,\s*(?:and\s+)?|\s+and\s+/);
  for (const item of items) {
    const f = saidField(item, saidAsField && items.length === 1);
    if (f && !fields.some((x) => x.name === f.name)) fields.push(f);
  }
}

function fieldAdds(text: string, strict: boolean): Edit[] {
  const lower = text.toLowerCase();
  const fields: NamedField[] = [];
  const choices: string[] = [];
  /** Clauses read as a choice field; their option lists must not be read again as fields. */
  const choiceClauses: string[] = [];
  /** Keeps a choice field read from `clause`; its options are then not read again as fields. */
  const tookChoice = (choice: NamedField | null, clause: string): boolean => {
    if (!choice) return false;
    fields.push(choice);
    choices.push(...(choice.options ?? []).map((o) => toIdentifier(o)));
    choiceClauses.push(clause);
    return true;
  };
  // "also ask for a target audience": one field asked for on the form.
  for (const m of lower.matchAll(ASKS_FOR)) {
    // "no need to track email", "stop collecting phone numbers": asked not to.
    if (NEGATED_BEFORE.test(lower.slice(Math.max(0, m.index - 24), m.index))) continue;
    // "include the condition (new, used, refurbished)": a field with its choices.
    if (
      tookChoice(choiceField(clauseAfter(text, m.index + m[0].length).replace(/^the\s+/i, '')), clauseAfter(lower, m.index + m[0].length))
    )
      continue;
    const clause = clauseAfter(lower, m.index + m[0].length).replace(/\s+(?:too|as well|also)$/, '');
    if (clause.split(/\s*,\s*|\s+and\s+/).length === 1) {
      // "track the region for each lead": where it is kept is not part of its name.
      const phrase = m[1] ? fieldPhrase(clause) : clause.replace(/^(?:their|his|her|the|a|an)\s+/, '');
      const f = phrase ? extractSingleField(phrase.replace(/^(?:their|his|her)\s+/, '')) : null;
      if (f) fields.push(f);
    }
  }
  // "let them pick a region: north, south or west": a choice, then its options after a colon.
  for (const m of lower.matchAll(CHOOSE_FROM)) {
    const f = saidField(m[1]!, true);
    // The options as typed ("S, M or L").
    const options = text.slice(m.index + m[0].length - m[2]!.length, m.index + m[0].length);
    if (f && m[2]!.split(/\s*,\s*|\s+or\s+/).length >= 2) tookChoice({ ...f, type: 'select', options: parseOptions(options) }, m[0]);
  }
  // "have a spot for the website", "the website should be on the form".
  for (const re of [SPOT_FOR, ON_THE_FORM]) for (const m of lower.matchAll(re)) addListed(fields, fieldPhrase(m[1]!), true);
  for (const m of lower.matchAll(ADDING)) {
    const clause = clauseAfter(lower, m.index + m[0].length);
    // "put a customer ID box on the form": other verbs than "add" place a field only when they say one.
    if (m[1] !== 'add' && m[1] !== 'adding' && !FIELD_OR_FORM.test(clause)) continue;
    // "add the entire team to this app" gives access; it adds no field.
    if (detectAccess(clause)) continue;
    if (tookChoice(choiceField(clauseAfter(text, m.index + m[0].length).replace(PLACE_BEFORE_OPTIONS, '')), clause)) continue;
    if (
      /\b(?:steps?|schedules?|triggers?|webhooks?|images?|pictures?|models?)\b/.test(clause) &&
      !/\b(?:field|column|input)s?\b/.test(clause)
    )
      continue;
    // "expected close date is missing, pls add it": the pronoun is the thing said missing.
    const pronoun = /^(?:it|that|them|one|this)$/.test(clause.trim());
    const missing = pronoun ? fieldSaidMissing(lower.slice(0, m.index)) : null;
    if (missing) {
      if (!fields.some((x) => x.name === missing.name)) fields.push(missing);
      continue;
    }
    const phrase = fieldPhrase(clause);
    // "add an additional field to the form? Department, so …": the name comes after the field asked for.
    const after = nameAfterUnnamed(phrase, text.slice(m.index + m[0].length + clause.length));
    addListed(fields, after ?? phrase, SAYS_FIELD.test(clause));
  }
  const asked = [...fieldsAskedAbout(lower), ...fieldForThat(lower)];
  for (const f of [...fieldsEachHolds(lower), ...asked]) if (!fields.some((x) => x.name === f.name)) fields.push(f);
  // "can we have an order date field as well", "need a 'last contacted' date column on the table".
  for (const m of lower.matchAll(WANTS_A_FIELD)) addListed(fields, fieldPhrase(m[1]!));
  // "we need a phone number too": one more thing needed on an app in hand.
  for (const m of lower.matchAll(NEEDED_TOO)) addListed(fields, fieldPhrase(m[1]!));
  // "also ask for their phone number" names fields the way a description does; a message that
  // removes something ("take the email field off the form") adds nothing by the way.
  // A field asked about ("can that be an input on the digest") is the field; the rest is not read again as a description.
  if (REMOVING.test(lower) || strict || asked.length > 0)
    return fields.length > 0 ? [{ op: 'add-fields', fields: asTyped(withSaidTypes(fields, lower), text) }] : [];
  // "the name field is too long": a remark on a field, not one asked for; nor is one made required.
  const rest = choiceClauses
    .reduce((text, clause) => text.replace(clause, ' '), lower)
    .replace(REMARK_ON_FIELD, ' ')
    .replace(MADE_REQUIRED, ' ')
    .replace(RETYPED, ' ')
    .replace(SHOULD_BE_REQUIRED, ' ');
  for (const f of extractFields(rest)) if (!fields.some((x) => x.name === f.name) && !choices.includes(f.name)) fields.push(f);
  return fields.length > 0 ? [{ op: 'add-fields', fields: asTyped(withSaidTypes(fields, lower), text) }] : [];
}

/** "add LinkedIn URL": a label typed with capitals inside it (LinkedIn, URL, GTIN) is shown as typed, not "Linkedin url". */
function asTyped(fields: NamedField[], text: string): NamedField[] {
  return fields.map((f) => {
    const words = f.label.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const typed = new RegExp(`\\b${words.join('\\s+')}\\b`, 'i').exec(text)?.[0];
    return typed && /\p{Lu}/u.test(typed.slice(1)) ? { ...f, label: toLabel(typed) } : f;
  });
}

/** Verbs that take a field away. */
/** "can I also enter a target price?": a question that asks for a place to put a value. */
const ASKS_TO_ENTER = anyOf([
  /^(?:can|could|may) (?:i|we|they|people|users|customers) (?:also )?(?:enter|add|type|put in|fill in|record|track|capture|include|upload|attach)\b/,
  // "could tickets also record which product …", "can each lead get a rating", "can it also take a list of links".
  // People who get something ("can customers get an email when it is done?") are told, not given a field.
  /^(?:can|could|should) (?:each |every |the )?(?!(?:i|we|you|they|people|users|customers|clients|someone|anyone|everyone|me|us)\b)\w+ (?:also )?(?:record|track|capture|store|keep|have|get|take|accept)\b/,
]);
/** Words of renaming: a message holding one wishes for no new field. */
const RENAMING =
  /\b(?:renam\w*|re-?label\w*|call(?:ed)? it|say(?! (?:what|which)\b)|read|show as)\b|\b(?:change|new|different) (?:the )?(?:name|title)\b/;
const REMOVE_VERB =
  "(?:remove|delete|drop|get rid of|lose|ditch|hide|kill|scrap|cut|(?:do not|don'?t|no longer) need|stop (?:collecting|asking for|tracking|capturing|recording|storing))";
/** A removal asked for; "… if we lose them" says when, and asks none. */
const REMOVING = new RegExp(
  String.raw`(?<!\b(?:if|when|once|whenever|unless) (?:we|they|you|i|he|she|it) )\b${REMOVE_VERB}\b|\btake\s+.{1,40}?\s+(?:off|out)\b`,
);
/** "remove the tone dropdown", "drop the deal size column". */
const REMOVE_KIND = new RegExp(
  String.raw`\b${REMOVE_VERB}\s+(?:the\s+|a\s+|that\s+|this\s+)?([a-z][\w ']{0,40}?)\s+(${FIELD_KIND})\b`,
  'g',
);
/** "take the email field off the form", "take tone out". */
const TAKE_OFF = new RegExp(String.raw`\btake\s+(?:the\s+)?([a-z][\w ']{0,40}?)(?:\s+(${FIELD_KIND}))?\s+(?:off|out)\b`, 'g');
/** "remove 'Tone' from the form": any name, said to leave the form. */
const FROM_THE_FORM = new RegExp(
  String.raw`\b${REMOVE_VERB}\s+(?:the\s+)?["'“‘]?([a-z][\w ]{0,40}?)["'”’]?\s+(?:from|off)\s+(?:the|this|my|our)\s+(?:\w+\s+)?(?:form|app|tool|table)\b`,
  'g',
);
/** "the customer name field is pointless, remove it": a field said first, then removed by pronoun. */
const THEN_REMOVE_IT = new RegExp(
  String.raw`\b(?:the\s+)?([a-z][\w ]{0,40}?)\s+(${FIELD_KIND})\b[^,.;]*[,.;]\s*(?:so\s+|just\s+|pls\s+|please\s+)?${REMOVE_VERB}\s+(?:it|that|them)\b`,
  'g',
);

/** "we don't need customer email on the form anymore", "company isn't needed": a field said to go. */
const NO_NEED = "(?:(?:don'?t|do not|no longer) need|no need (?:for|to (?:track|keep|store|collect|capture|record|ask for|save)))";
const NOT_NEEDED = new RegExp(
  String.raw`\b${NO_NEED} (?:the |a |an |any |their )?([a-z][\w ]{0,30}?)(?: (?:on|in) the form)?(?: (?:anymore|any more))?(?=\s*(?:[,.;!?]|$))`,
  'g',
);
const IS_NOT_NEEDED =
  /(?:^|[,.;!?]\s*)(?:the )?([a-z][\w ]{0,30}?) (?:isn'?t|is not|is no longer|aren'?t|are not) (?:needed|necessary|used|useful)\b/g;
/** "the tone dropdown can go", "stage has to go": a field of the app sent away. */
const CAN_GO = new RegExp(
  String.raw`(?:^|[,.;!?]\s*)(?:the )?([a-z][\w ]{0,30}?)(?:\s+${FIELD_KIND})? (?:can|could|should|has to|must|needs to) go\b`,
  'g',
);
/** "could we have the tone removed", "get the phone field taken out": a field of the app had sent away. */
const HAD_REMOVED = new RegExp(
  String.raw`\b(?:have|get|want|need)\s+(?:the\s+)?["'“‘]?([a-z][\w ]{0,30}?)["'”’]?(?:\s+${FIELD_KIND})?\s+(?:removed|deleted|dropped|taken (?:out|off)|gone|hidden)\b`,
  'g',
);
/** "remove Tone", "get rid of the since date": any words, kept only when they name a field of the app. */
const REMOVE_ANY = new RegExp(
  String.raw`\b${REMOVE_VERB}\s+(?:the\s+)?["'“‘]?([a-z][\w ]{0,30}?)["'”’]?(?=\s*(?:[,.;!?]|$|\s+(?:from|off|out|pls|please|too|as well)\b))`,
  'g',
);

/** "I added stage by mistake, can u remove that column": "that" is the one field of the app said before it. */
const REMOVE_PRONOUN = new RegExp(
  String.raw`\b${REMOVE_VERB}\s+(?:it|that|this)(?:\s+(${FIELD_KIND}))?(?=\s*(?:[,.;!?]|$|\s+(?:too|pls|please|from|off)\b))`,
);

/** "take it out", "take that off": the thing said before, removed by pronoun. */
const TAKE_IT_OUT = /\btake\s+(?:it|that|this|them)\s+(?:out|off|away)\b/;

function fieldSaidBefore(lower: string, end: number, fields: readonly KnownField[]): string | null {
  const words = lower
    .slice(0, end)
    .split(/[^a-z0-9']+/)
    .filter(Boolean);
  const named = new Set(words.map((w) => knownField(fields, w)?.name).filter((n): n is string => !!n));
  return named.size === 1 ? [...named][0]! : null;
}

/** "drop company, email and stage": a list of the app's fields after a removing verb. */
const REMOVE_LIST = new RegExp(
  String.raw`\b${REMOVE_VERB}\s+(?:the\s+)?([a-z][\w ]{0,30}(?:,\s*[a-z][\w ]{0,30})+)(?=\s*(?:[.;!?]|$))`,
  'g',
);

/** "both the company and email", "deal size and stage": each field of the app in a list, or the words as one name. */
function eachNamed(words: string, fields: readonly KnownField[]): string[] {
  const items = words
    .replace(/^both\s+/, '')
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((w) => w.replace(/^(?:the|a|an)\s+/, '').trim());
  return items.length > 1 && items.every((w) => knownField(fields, w) !== null) ? items : [words];
}

function fieldRemovals(lower: string, fields: readonly KnownField[]): Edit[] {
  const edits: Edit[] = [];
  const said = new Set<string>();
  const push = (words: string, kind: string | undefined) => {
    const w = words.replace(/^(?:the|a|an|that|this)\s+/, '').trim();
    // One field said twice ("remove the tone dropdown" reads as "tone" and "tone dropdown") is removed once.
    const key = knownField(fields, w)?.name ?? w;
    // "remove that column" names no field by itself; the field said before it does (below).
    if (!w || said.has(key) || /^(?:it|that|this|them|those|these)$/.test(w)) return;
    said.add(key);
    // "column" means the table too; a removed form "field" leaves the kept records' column alone.
    edits.push({ op: 'remove-field', words: w, column: /^colum/.test(kind ?? '') });
  };
  for (const re of [REMOVE_KIND, THEN_REMOVE_IT, TAKE_OFF, FROM_THE_FORM])
    for (const m of lower.matchAll(re)) for (const one of eachNamed(m[1]!, fields)) push(one, m[2]);
  for (const re of [NOT_NEEDED, IS_NOT_NEEDED, CAN_GO, HAD_REMOVED, REMOVE_ANY, REMOVE_LIST])
    for (const m of lower.matchAll(re)) for (const one of eachNamed(m[1]!, fields)) if (knownField(fields, one)) push(one, undefined);
  const pronoun = edits.length === 0 ? (REMOVE_PRONOUN.exec(lower) ?? TAKE_IT_OUT.exec(lower)) : null;
  const before = pronoun ? fieldSaidBefore(lower, pronoun.index, fields) : null;
  if (pronoun && before) push(before, pronoun[1]);
  return edits;
}

/** "for the summary step", "switch the draft step to …": one step, not the whole app. */
const STEP_NAMED =
  /\b(?:for|on|in|of)\s+the\s+([a-z][\w -]{0,40}?)\s+step\b|\b(?:the\s+)?([a-z][\w -]{0,40}?)\s+step\s+(?:to|onto|with|->|→|=>)/;
const STEP_LEAD = /^(?:(?:use|switch|change|swap|move|bind|put|set|make|run)\s+)?(?:the\s+)?/;
/** "the replies should come from gemini", "written by gpt": the model as where the work comes from. */
const MADE_BY = /\b(?:come from|(?:written|drafted|done|made|generated|handled) by)\b/;
const MODEL_VERB = anyOf([
  /\b(?:use|using|switch|change|swap|move|bind|try|put|set|go with|replace|with|pick|prefer|keep (?:it|everything|all of it) on|r[au]ns? (?:it |everything )?on|make (?:it|everything|all of it))\b|->|→|=>/,
  // "have gemini write the digest": a model named as who does the work.
  /\bhave (?=(?:gpt|gemini|claude|o\d|llama|mistral)\b)/,
  MADE_BY,
]);
/** "claude keeps being overloaded, switch it to GPT4", "swap from gpt-4o to gemini": the model after the switch's "to" is the one wished. */
const SWITCHED_TO = /\b(?:switch|swap|change|move|set|put|go)\b[^.?!]*?\b(?:to|onto)\s/g;

/** "use gpt-4o-mini instead of gpt-4o": the model left behind is no wish. */
const LEFT_BEHIND = /\b(?:instead of|rather than|in place of)\s+[\w.-]+(?:\s+(?:mini|nano|pro|flash|lite|turbo))?/gi;

function wishedModels(said: string): ModelWish[] {
  const text = said.replace(LEFT_BEHIND, ' ');
  for (const m of text.toLowerCase().matchAll(SWITCHED_TO)) {
    // Only where a model was said before the "to" (the one left); "switch the image model to the cheapest one" is read whole.
    const to = m.index + m[0].search(/\b(?:to|onto)\s$/);
    if (findModelWishes(text.slice(0, to)).length === 0) continue;
    // From the "to" on: "to GPT4" is read as a family where "GPT4" alone is not.
    const after = findModelWishes(text.slice(to));
    if (after.length > 0) return after;
  }
  return findModelWishes(text);
}

/** Stopping a start from outside: "stop running it on incoming emails", "remove the webhook" (not "the email field"). */
const STOP_EVENT =
  /\b(?:stop|remove|delete|turn off|disable|drop|no longer|don'?t)\b.{0,30}?\b(e-?mails?|mail|inbox|mailbox|webhooks?)\b(?!\s+(?:field|column|input|address)s?\b)/;

/** "gpt-5-mini please", "ok, gemini 3 flash then": a message that is a model's name and a courtesy. */
function onlyAModel(text: string): boolean {
  const named = findNamedModels(text);
  if (named.length !== 1) return false;
  const rest = `${text.slice(0, named[0]!.at)} ${text.slice(named[0]!.end)}`.toLowerCase();
  return /^[\s,.!]*(?:(?:ok|okay|so|then|please|pls|plz|thanks|instead|now|let'?s|go|try)[\s,.!]*)*$/.test(rest);
}

/** "put it back on gpt-4o": back to a model is a switch, not an undo. */
const BACK_TO_A_MODEL = /\bback\s+(?:on|to|onto)\s+(.+)$/;

/** "scrap that change", "take that back", "i liked the previous version better", "remove what you just added". */
const UNDONE_IN_OTHER_WORDS = anyOf([
  /\b(?:scrap|cancel|discard|forget|reverse|ditch|bin|trash|kill)\s+(?:that|this|the|my|your)\s+(?:last\s+|latest\s+|previous\s+|recent\s+)?(?:change|edit|update|tweak)s?\b/,
  /\btake (?:that|it|this) back\b/,
  /\bput (?:this|that|everything|it all) back\b|\b(?:back to|the way) (?:how )?it was\b|\bas it was before\b/,
  /\b(?:liked|prefer(?:red)?|want|bring back)\b.{0,20}\b(?:previous|earlier|old|older|prior|original) (?:version|one)\b/,
  /\b(?:remove|undo|drop|delete|revert)\s+(?:what|whatever|everything)\s+(?:you|we|i)\s+(?:just\s+)?(?:added|did|changed|made)\b/,
  /\brestore\s+(?:yesterday'?s|this morning'?s|last week'?s|the (?:earlier|original|first))\s+version\b|\bversion from (?:yesterday|this morning|earlier)\b/,
]);

/** Words that name where an outside event comes from, beside which a model named is still an event's source. */
const EVENT_SOURCE = /\b(?:webhooks?|e-?mails?|mail|inbox|forms?|zapier|make\.com|shopify|stripe|slack|typeform|hubspot)\b/;

/** "two changes ago", "the last 3 edits": how many versions back. */
const CHANGES_BACK =
  /\b(?:(?:last|past)\s+(two|three|four|[2-9])\s+(?:changes|edits|updates)|(two|three|four|[2-9])\s+(?:changes|edits|updates|versions)\s+(?:ago|back))\b/;
const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4 };

function restores(lower: string): Edit[] {
  const restored = restoresOne(lower);
  const many = restored[0]?.op === 'restore' && restored[0].version === null ? CHANGES_BACK.exec(lower) : null;
  if (!many) return restored;
  const said = (many[1] ?? many[2])!;
  return [{ op: 'restore', version: null, back: COUNT_WORDS[said] ?? Number(said) }];
}

function restoresOne(lower: string): Edit[] {
  const back = BACK_TO_A_MODEL.exec(lower);
  if (back && findNamedModels(back[1]!).length > 0) return [];
  const numbered = /\b(?:restore|revert to|roll ?back to|go back to|bring back)\s+(?:version|v)\s*(\d+)\b/.exec(lower);
  if (numbered) return [{ op: 'restore', version: Number(numbered[1]) }];
  if (
    /\b(?:undo|revert|roll ?back|roll (?:it|this|that|the app|the change) back|go back|put it back|reverse (?:that|it|this|the (?:last )?change)|(?:change|set|switch|turn) it back|ctrl[- ]?z|cmd[- ]?z)\b/.test(
      lower,
    )
  )
    return [{ op: 'restore', version: null }];
  if (UNDONE_IN_OTHER_WORDS.test(lower)) return [{ op: 'restore', version: null }];
  // "restore the previous version", "restore the version from before my last message".
  if (
    /\brestore\s+(?:the\s+|it\s+to\s+the\s+)?(?:(?:previous|last|earlier|old|older|prior)\s+(?:(?:good|working|stable|correct|right)\s+)?(?:version|revision)|(?:version|revision)\s+(?:from\s+)?before)\b/.test(
      lower,
    )
  )
    return [{ op: 'restore', version: null }];
  return [];
}

/** "with an image" adds one; "a model that's better with images" says what the model is good at. */
const GOOD_WITH = String.raw`(?<!\b(?:better|good|great|best|stronger|worse|works?|handles?|deals?) )with`;
const ADD_IMAGE = new RegExp(
  String.raw`\b(?:add|also (?:generate|create|make|draw)|plus|include|${GOOD_WITH})\s+(?:an?\s+|one\s+)?(?:matching\s+|fitting\s+)?(?:image|picture|visual|illustration)s?(?:\s+step)?\b`,
);

/** "could the form ask which channel … ? call it Channel": "call it" with the one field's own words names that field, not the app. */
function namedFieldNotApp(edits: Edit[], message: string): void {
  const app = edits.findIndex((e) => e.op === 'rename-app');
  const added = edits.find((e) => e.op === 'add-fields');
  const rename = edits[app];
  if (app < 0 || rename?.op !== 'rename-app' || added?.op !== 'add-fields' || added.fields.length !== 1) return;
  if (!/\b(?:call|name) it\b/i.test(message) || knownField([added.fields[0]!], rename.name) === null) return;
  added.fields[0] = { ...added.fields[0]!, name: toIdentifier(rename.name), label: rename.name };
  edits.splice(app, 1);
}

/** The edits asked for in `message`, in a fixed order (app name, fields, models, triggers, access). */
export interface FollowUpContext {
  /** An app is open, so "rename driver to …" is about its field. */
  appOpen?: boolean;
  /** The open app's fields, so one named without "field" ("remove Tone") is known. */
  fields?: readonly KnownField[];
  /** Only fields added in so many words ("add a … field"), not names read as a description would be: for questions. */
  strict?: boolean;
  /** What the app's records are called ("lead", "ticket"): "each lead should also have …" adds no field called lead. */
  records?: readonly string[];
}

export function parseFollowUp(message: string, context: FollowUpContext = {}): Edit[] {
  const edits = readEdits(message, context);
  if (edits.length > 0 || context.appOpen === false) return edits;
  // Nothing else read on an open app: a thing wished for in everyday words ("let them enter a budget").
  // A question adds one only when it says it wants a field ("can the form have a checkbox for …").
  const lower = message.toLowerCase();
  if (context.strict && !SAYS_FIELD.test(lower) && !ASKS_TO_ENTER.test(lower)) return [];
  // "do we need the phone number? remove it", "i need it to say Company & Branch": not a field wished for.
  if (REMOVING.test(lower) || RENAMING.test(lower)) return [];
  // "…, and put it right after the email field": where it goes is no part of what is wished.
  const place = placement(message, context.fields ?? []);
  const wish = place ? without(message, place) : message;
  const wished = wishedFields(wish, context.fields ?? [], context.records);
  if (wished.length === 0) return [];
  return [{ op: 'add-fields', fields: asTyped(wished, wish), ...(place ? { after: place.after } : {}) }];
}

function readEdits(message: string, { appOpen = true, fields = [], strict = false }: FollowUpContext): Edit[] {
  const restore = restores(message.toLowerCase());
  if (restore.length > 0) return restore;
  const { edits, said } = renames(message, message.toLowerCase(), appOpen, fields);
  // A new name ("Weekly posts") says nothing about schedules or fields: leave it out below.
  let rest = message;
  for (const [from, to] of [...said].sort((a, b) => b[0] - a[0])) rest = `${rest.slice(0, from)} ${rest.slice(to)}`;
  const lower = rest.toLowerCase();
  // "add a placeholder like "Jane Doe" to the name field": the hint's words are no new field.
  const hint = helpTexts(rest, fields);
  if (hint) rest = without(rest, hint);
  // "add an order id field after email": where it goes is no part of its name.
  const place = placement(rest, fields);
  if (place) rest = without(rest, place);
  // Beside a rename, only fields asked for in so many words are added ("change a field name? items should be …" adds none).
  const added = fieldAdds(rest, strict || edits.length > 0);
  edits.push(...(place ? added.map((e) => (e.op === 'add-fields' ? { ...e, after: place.after } : e)) : added));
  namedFieldNotApp(edits, message);
  const removals = fieldRemovals(lower, fields);
  // "i want the tone field gone": a field sent away is no field added in the same words.
  const removed = removals.flatMap((e) => (e.op === 'remove-field' ? [knownField(fields, e.words)?.name ?? toIdentifier(e.words)] : []));
  const kept = edits.filter((e) => e.op !== 'add-fields' || !e.fields.some((f) => removed.includes(f.name)));
  edits.splice(0, edits.length, ...kept, ...removals);
  if (hint) edits.push(hint.edit);
  edits.push(...requirements(lower, fields));
  edits.push(...retypes(rest, fields));
  const addsImage = ADD_IMAGE.test(lower);
  if (MODEL_VERB.test(lower) || onlyAModel(rest)) {
    const step = STEP_NAMED.exec(lower);
    // "switch the draft reply step to …": the verb and "the" before the step's name are not part of it.
    const stepWords = step ? (step[1] ?? step[2])!.replace(STEP_LEAD, '') : undefined;
    for (const wish of wishedModels(rest)) {
      // "also generate an image with nano banana": the model goes with the new image step.
      if (addsImage && wish.kind === 'named' && wish.role === 'image') continue;
      edits.push({ op: 'model', wish, ...(stepWords ? { step: stepWords } : {}) });
    }
  }
  if (stopsTheSchedule(lower)) {
    edits.push({ op: 'remove-schedule' });
  } else {
    const parts = parseSchedule(newScheduleWords(rest)) ?? movedToHour(lower);
    if (parts) edits.push({ op: 'schedule', parts });
  }
  const stop = STOP_EVENT.exec(lower);
  // "the replies should come from gemini": a model named as the source is not an outside event.
  const modelSource = MODEL_VERB.test(lower) && wishedModels(rest).length > 0 && !EVENT_SOURCE.test(lower);
  const event = stop || modelSource ? null : detectEventTrigger(rest);
  // "stop asking for email": the app's email field removed, not its mail trigger.
  const fieldGone =
    stop !== null && edits.some((e) => e.op === 'remove-field' && knownField(fields, e.words) !== null && e.words.includes(stop[1]!));
  if (stop && !fieldGone) edits.push({ op: 'remove-event-trigger', kind: /hook/.test(stop[1]!) ? 'webhook' : 'email' });
  if (event) edits.push({ op: 'add-event-trigger', trigger: event });
  if (addsImage) {
    const named = findModelWishes(rest).find((w) => w.kind === 'named' && w.role === 'image');
    edits.push({ op: 'add-image', model: named?.kind === 'named' ? named.model.id : null });
  }
  const notify = detectNotify(rest);
  if (notify) edits.push({ op: 'notify', wish: notify });
  const level = detectAccess(lower);
  if (level) edits.push({ op: 'access', level });
  const instruction = stepInstruction(rest);
  if (instruction) edits.push(instruction);
  return edits;
}
