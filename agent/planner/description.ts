/**
 * A description of a tool, understood: what it makes, which fields it names, whether it
 * keeps records, when it runs, which models were asked for. Everything here comes from the
 * words said; nothing is made up to fill gaps (compose.ts picks neutral defaults).
 */
import { singular } from './words';
import { keepRecent } from './recent';
import type { Workload } from '../spec/app-spec';
import { detectAccess, type AccessLevel } from './access';
import { withoutExamples } from './example-mask';
import { fieldFromSaid } from './said-field';
import { saidFields } from './said-fields';
import { extractedFieldNames, extractFields, toIdentifier, withoutFieldLists, type NamedField } from './fields';
import { givenInputs, type GivenInputs } from './given-inputs';
import { asUpload, namedBefore } from './uploaded-fields';
import { withoutCompoundParts } from './compound-parts';
import { withoutPeoplesCadence } from './peoples-cadence';
import { keptRecords } from './record-tables';
import { namedWaitlist } from './waitlists';
import { filledInTitleSaysMore, withoutFilledInTitle } from './opening-title';
import { saidTables, type SaidTable } from './said-tables';
import { coordinatedTables } from './coordinated-tables';
import { columnOwners } from './column-owners';
import { makesImages, writingBesideImage } from './image-output';
import { withoutPictureWords } from './picture-words';
import { draftsReplyIn } from './drafted-replies';
import { deliversProse, handsBackData, TEXT_NOUNS } from './result-shape';
import { noTablesAsked, tablesSurelyAsked } from './learned/tables-asked';
import { storesNothing } from './stores-nothing';
import { learnedEvent } from './learned/event-kind';
import { learnedPicture } from './learned/makes-pictures';
import { learnedGiven } from './learned/given-files';
import { learnedImageKind } from './learned/image-writing';
import { learnedStructured } from './learned/text-or-data';
import { learnedRowNoun } from './learned/row-noun';
import { TIME_NOUNS } from './time-nouns';
import { GENERIC_TABLES, NOT_RECORDS } from './record-nouns';
import { readSentences } from './language';
import { statedWorkloads } from './stated-workload';
import { findModelWishes, withoutModelNames, type ModelWish } from './model-wishes';
import { detectNotify, type NotifyWish } from './notify';
import { wantsReview } from './review-wish';
import { detectOutputKind, type OutputKind, withoutPurposes } from './output-kind';
import { withoutPeriodMeasures } from './period-words';
import { hasRecurrence, parseSchedule, toSchedule, type Schedule } from './schedule';
import { readStart, withoutEventPhrase, type EventTrigger } from './triggers';

export interface Description {
  text: string;
  /** The text without field lists and model names: what the tool is for (template matching). */
  purpose: string;
  /** A name the person gave ("called Post studio"), else null. */
  name: string | null;
  outputKind: OutputKind;
  fields: NamedField[];
  /** Named parts of a written result ("get a title and a description"): read out of the draft when rows keep them. */
  parts: NamedField[];
  /** Names of the fields the person hands over ("I paste a job posting"): inputs, never values read out. */
  givenFields: ReadonlySet<string>;
  /** Photos or documents handed to the tool. */
  given: GivenInputs;
  /** The tool hands back data (values read out, a label, rows), not prose. */
  structured: boolean;
  /** Sizes and volumes said ("300-page contracts", "500 a week"). */
  workload: Workload[];
  /** Names of the fields to read out of a text ("pull the amount and due date out of invoices"). */
  extracted: ReadonlySet<string>;
  /** The person wants rows kept (a tracker, a log, "keep/store/save …"). */
  keepsRecords: boolean;
  /** What one record is, singular ("lead", "ticket"), when said. */
  recordNoun: string | null;
  /** Things kept side by side, each a table ("add credits and invoices"): singular nouns. */
  joined: string[];
  /** Tables said with their own columns ("Distributors: …. Inventory: …"). */
  tables: SaidTable[];
  /** Described as a records app (a tracker, a directory, a portal): its fields are its table. */
  recordsApp: boolean;
  schedule: Schedule | null;
  event: EventTrigger | null;
  models: ModelWish[];
  /** "classify into bug, praise and feature request" → the labels. */
  labels: string[] | null;
  /** Who may use it, when said (create_app starts private; set_access follows). */
  access: AccessLevel | null;
  /** Where results should go, when said. */
  notify: NotifyWish | null;
  /** A person checks the result before it is sent or saved ("let me check before it sends"): an approval step. */
  review: boolean;
  /** The verb phrase of the job, e.g. "drafts LinkedIn posts", for names and prompts. */
  job: string | null;
}

function explicitName(text: string): string | null {
  const m =
    /\b(?:called|named|name it|call it)\s+["“']([^"”']{1,80})["”']/i.exec(text) ??
    /\b(?:called|named|name it|call it)\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})/.exec(text);
  return m ? m[1]!.trim() : null;
}

/** Words the keeping regex catches that name no kind of row: determiners, pronouns, a form's parts. */
const NO_ROW_NOUN = new Set(
  'it them thing item field column one input output a an the my our their its this that each every all new anything something everything nothing stuff i we you they he she us me someone'.split(
    ' ',
  ),
);

/** A row noun the keeping regex caught, or null when it names no kind of row. */
function rowNoun(m: RegExpExecArray | null): string | null {
  const noun = m?.[1] ? singular(m[1]) : undefined;
  // "keep scanning": keeping on doing something, not rows of it.
  const goingOn = !!m && /^keep\s/.test(m[0]) && /ing$/.test(m[1]!);
  // Determiners are not nouns: "keep a log" names no kind of record.
  // "a Notion database": the product the table is kept in.
  if (!noun || goingOn || TIME_NOUNS.has(noun) || NO_ROW_NOUN.has(noun) || GENERIC_TABLES.has(noun)) return null;
  return noun;
}

/** Closed word classes: a word the tagger reads only as one of these names no rows. */
const FUNCTION_WORDS = new Set(['CCONJ', 'SCONJ', 'ADP', 'PART', 'PRON', 'DET', 'AUX']);

/**
 * The keeping regex's noun unless the tagger reads it only as a function word ("log that it was
 * delivered", "ask every leader to log …") or it names no kind of row ("ignore the rest").
 */
function recordNoun(text: string): string | null {
  const noun = regexNoun(text);
  if (!noun || NOT_RECORDS.has(noun)) return null;
  const said = readSentences(text).flatMap((s) => s.tokens.filter((t) => t.lower === noun));
  return said.length > 0 && said.every((t) => FUNCTION_WORDS.has(t.pos)) ? null : noun;
}

function regexNoun(text: string): string | null {
  const t = text.toLowerCase();
  // "grant tracker for our nonprofit": the app's own noun names its rows before whose app it is;
  // a table or list may be named by how it looks ("a dated table", "a checkup list").
  return (
    rowNoun(/\b([a-z]+)\s+(?:tracker|log|database|crm)\b/.exec(t)) ??
    rowNoun(
      /\b(?:each|every|all|our|the|new|a list of|track of|log of|log|track|keep|store|save|record)\s+(?:new\s+|incoming\s+|inbound\s+)?([a-z]+)\b(?=\s*(?:with|[:,(]|and its|and their|in a|into|as|that|$))/.exec(
        t,
      ),
    ) ??
    rowNoun(/\b([a-z]+)\s+(?:table|list)\b/.exec(t))
  );
}

/** "into the right queue", "as the correct category": the group is picked, none is listed. */
const PICKED_ONE = /^(?:the\s+)?(?:right|correct|appropriate|relevant|proper|matching)\s/i;

/** The groups listed after the group's kind: "right folder: a, b or c", "right team (a, b or c)", "right queue — a or b". */
const GROUPS_AFTER = /^[\w\s]*?(?::|\(|\s[-—–]\s)\s*([^)]+)/;

function labels(text: string): string[] | null {
  const m =
    /\b(?:classif\w*|categori[sz]\w*|sort\w*|tag\w*|label\w*|triage\w*|route\w*|bucket\w*|group\w*)\b[^.;:]*?\b(?:into|as|with labels?|in)\s*:?\s+(?:either\s+)?([^.;!?]+)/i.exec(
      text,
    ) ??
    // "routed to billing or technical support": where each one goes.
    /\brout(?:e|es|ed|ing)\b[^.;:]*?\bto\s+(?:either\s+)?([^.;!?]+)/i.exec(text);
  if (!m) return null;
  // "classify it into the right queue": the kind of group is named, not the groups, unless a
  // colon, bracket or dash lists them after it ("the right folder: invoices, receipts or contracts").
  const groups = PICKED_ONE.test(m[1]!) ? GROUPS_AFTER.exec(m[1]!)?.[1] : m[1];
  if (!groups) return null;
  // "one summary grouped into urgent, meetings, …": the writing's sections, not labels for each item.
  const before = /([a-z]+)\s*$/i.exec(text.slice(0, m.index))?.[1]?.toLowerCase();
  if (before && TEXT_NOUNS.has(singular(before))) return null;
  const list = groups
    .split(/\s+(?:every|each|when|whenever|then|and then|using|with|so|that|and (?:save|keep|store|track|send|draft|notify))\b/i)[0]!
    .split(/\s*,\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+|\s*\/\s*/)
    .map((s) =>
      s
        .trim()
        .replace(/^(?:a|an|the)\s+/i, '')
        .replace(/["“”]/g, ''),
    )
    .filter((s) => s.length > 0 && s.length <= 40 && s.split(/\s+/).length <= 3);
  return list.length >= 2 ? list : null;
}

const JOB_VERBS =
  'draft|write|summari[sz]e|classify|categori[sz]e|translate|extract|generate|create|make|turn|track|log|answer|reply|edit|enrich|score|tag|sort|triage|compose|design|produce|collect|research|monitor|review|check|convert|rewrite|pull|keep|store|send|post|find|suggest|prepare|plan|analy[sz]e|caption|illustrate|retouch|clean|qualify|digest|remove|put|place|answer|respond';
const VERB_FORM = `(?:${JOB_VERBS})(?:s|es|ies)?`;

/** The job as a verb phrase: "drafts LinkedIn posts", "turns a reference photo", "have GPT write a post". */
function job(text: string): string | null {
  const stop = '(?=\\s+(?:with|every|each|for|on|at|when|whenever|using|via|and|in|into|based|so|then|of|to|about|from)\\b|[.,;:!?]|$)';
  const re = new RegExp(
    `(?:^|[,:]\\s*|\\b(?:that|which|who|to|can|will|should|me|us|it|ai|gpt|chatgpt)\\s+)(?:automatically\\s+)?(${VERB_FORM}\\s+(?:[\\w'-]+\\s+){0,3}?[\\w'-]+?)${stop}`,
    'i',
  );
  const m = re.exec(text.trim().replace(/^(?:please\s+)?/i, ''));
  return m ? m[1]!.trim() : null;
}

/**
 * What it makes: the word rules' reading, with images the language model sees being made
 * ("get a set of listing images") — edited from the photo handed over, when one is. Writing
 * comes with the image only when writing is handed back: "build an image prompt from the post"
 * names prose the tool reads, and makes only the picture.
 */
function outputKindOf(text: string, given: GivenInputs): OutputKind {
  const kind = detectOutputKind(text);
  const outside = withoutPurposes(withoutPictureWords(text));
  // "a thumbnail and a video title": writing joined to the picture comes back with it, whichever rule saw the picture.
  if (kind === 'image' && writingBesideImage(outside)) return 'text+image';
  if (kind !== 'text' || !makesImages(text)) return kind;
  if (deliversProse(outside) || writingBesideImage(outside)) return 'text+image';
  return given.photo ? 'image-edit' : 'image';
}

/** The output kind by the rules, the files handed over and the labels to sort into read. */
function ruledKind(text: string, given: GivenInputs, choices: readonly string[] | null): OutputKind {
  // Sorting a photo into labels said ("categorised as positive, negative or neutral") reads it, edits nothing.
  const kind = outputKindOf(text, given);
  return choices && kind === 'image-edit' ? 'text' : kind;
}

/** What the learned picture decisions read: the rules' output kind and whether a photo is handed over. */
export function ruledOutput(text: string): { kind: OutputKind; photo: boolean } {
  const given = learnedGiven(text, givenInputs(text));
  return { kind: ruledKind(text, given, labels(text)), photo: given.photo };
}

/** Fields from the word lists and from the language model's reading, each once, in the order said. */
function namedFields(text: string, plain: string, files: GivenInputs): { fields: NamedField[]; given: Set<string>; returned: Set<string> } {
  const found = new Map<string, NamedField>();
  const given = new Set<string>();
  const returned = new Set<string>();
  for (const f of extractFields(plain)) found.set(f.name, f);
  for (const said of saidFields(text)) {
    const field = asUpload(fieldFromSaid(said), said, files);
    if (said.returned && !found.has(field.name)) returned.add(field.name);
    const seen = found.get(field.name);
    // The words as written ("LinkedIn"), where the word lists kept them lower-case.
    if (seen && seen.label.toLowerCase() === field.label.toLowerCase()) seen.label = field.label;
    if (!seen && !namedBefore(field, found.values())) found.set(field.name, field);
    if (said.given) given.add(field.name);
  }
  return { fields: [...found.values()].slice(0, 50), given, returned };
}

/** The rules' reading before the result's shape is decided: what the shape does not change, and what it chooses between. */
interface ShapelessReading {
  text: string;
  plain: string;
  given: GivenInputs;
  givenFields: Set<string>;
  returned: Set<string>;
  /** The fields said, labels to sort into left out. */
  said: NamedField[];
  /** …and those not asked back. */
  asked: NamedField[];
  /** Data (true) or text, by the rules. */
  ruledShape: () => boolean;
  outputKind: OutputKind;
  rest: Omit<Description, 'text' | 'outputKind' | 'fields' | 'parts' | 'givenFields' | 'given' | 'structured' | 'extracted'>;
}

/** The parts of a schedule said in `plain` (a description without its examples). */
function scheduleParts(plain: string): ReturnType<typeof parseSchedule> {
  // "(daily, weekly or surprise)" lists choices for the content, not when it runs; a period said as an
  // adjective ("the monthly budget", "for the monthly report") gives way to one said as such ("every Friday").
  const unbracketed = withoutPeoplesCadence(plain.replace(/\([^)]*\)/g, ' '));
  const asSaid = parseSchedule(withoutPeriodMeasures(unbracketed, true));
  return hasRecurrence(asSaid) ? asSaid : parseSchedule(withoutPeriodMeasures(unbracketed));
}

/**
 * What the rules read as the start from outside, and whether a schedule was said: what the
 * learned start reads. `parts` when the caller has read the schedule already.
 */
export function ruledStart(
  text: string,
  parts = scheduleParts(withoutExamples(text)),
): { ruled: EventTrigger | null; sure: boolean; scheduled: boolean } {
  const { trigger, sure } = readStart(text);
  return { ruled: trigger, sure, scheduled: hasRecurrence(parts) };
}

function readShapeless(text: string): ShapelessReading {
  // Examples ("e.g. auto-renewal") are for the prompt, not fields or schedules.
  const plain = withoutExamples(text);
  const parts = scheduleParts(plain);
  // The files handed over: the rules' reading, with the learned verdict on each kind (learned/given-files.ts).
  const given = learnedGiven(text, givenInputs(text));
  const { fields: all, given: givenFields, returned } = namedFields(text, plain, given);
  // What starts a run from outside: the rules' reading, with the learned verdict (learned/event-kind.ts).
  const { ruled, sure, scheduled } = ruledStart(text, parts);
  const event = sure ? ruled : learnedEvent(text, ruled, scheduled);
  // The learned reading vetoes tables when the words lean clearly away from them (learned/tables-asked.ts);
  // new rows that start a run are a table said.
  const noTables = event?.kind !== 'record-created' && (noTablesAsked(text) || storesNothing(plain));
  const joined = noTables ? [] : coordinatedTables(plain);
  const kept = noTables ? { ...keptRecords(plain), keeps: false, recordsApp: false } : keptRecords(plain);
  // Tables said with their columns ("rooms (number, size, …), reservations (…)") are rows kept too.
  const tables = noTables ? [] : saidTables(plain);
  // Rows named side by side ("users submit risks, incidents or improvements") are rows kept.
  const ruledKeeps = kept.keeps || joined.length > 0;
  // "Incident reports for our daycare: date and time, …": a title of rows, in words that lean surely toward tables.
  // A title of something filled in ("Herbicide form for contractors: …", "class booking for my gym") needs no
  // more than words that do not lean away from tables: each one filled in is a row (121 of the 143 dev
  // descriptions opening on one are labelled with a table; the bar at 1 had kept few of them), when it says what it
  // holds or does: a title alone ("Onboarding checklist for our new hires.") is too little to build from.
  const titleAsked = (kept.openingForm && filledInTitleSaysMore(plain)) || tablesSurelyAsked(text);
  const titled = !noTables && !ruledKeeps && tables.length === 0 && kept.opening !== null && titleAsked;
  const keepsRows = ruledKeeps || titled;
  // "a waitlist once it's full": people wait on it in turn, a table of its own; what the tool hands back
  // is weighed without it ("join a waitlist, and the first on it gets a notification" still writes).
  const waitlist = noTables ? null : namedWaitlist(plain);
  const keeps = keepsRows || waitlist !== null;
  // "classify as bug, praise or other": the labels are choices, not fields.
  const choices = labels(text);
  const said = choices ? all.filter((f) => !choices.some((c) => toIdentifier(c) === f.name)) : all;
  // What comes back is read out when the result is data, and is no form input when it is prose.
  const asked = said.filter((f) => !returned.has(f.name));
  // Fields the person hands over say nothing about what comes back either.
  const ruledShape = () =>
    // Labels to sort into are data, unless a reply is drafted beside them ("classify it and draft a first response").
    (choices !== null && !draftsReplyIn(text)) ||
    // A form, checklist or booking titled ("patrol report form for our guards: …") keeps what is filled in; its
    // title's words are no writing handed back.
    handsBackData(
      kept.openingForm && keepsRows ? withoutFilledInTitle(text) : text,
      asked.filter((f) => !givenFields.has(f.name)).length,
      keepsRows || tables.length >= 2,
    );
  // Whether a picture comes back, then whether writing comes with it: the rules' reading, with the learned
  // verdicts (learned/makes-pictures.ts, learned/image-writing.ts).
  const outputKind = learnedImageKind(text, learnedPicture(text, ruledKind(text, given, choices), given.photo), given.photo);
  return {
    text,
    plain,
    given,
    givenFields,
    returned,
    said,
    asked,
    ruledShape,
    outputKind,
    rest: {
      purpose: withoutEventPhrase(withoutFieldLists(withoutModelNames(plain))).trim(),
      name: explicitName(text),
      workload: statedWorkloads(text),
      keepsRecords: keeps || event?.kind === 'record-created',
      // "a row in our questions sheet gets updated": the row is a record, the sheet names it.
      // A table named ("Content sheet: for each new topic row") names the rows the event adds too.
      recordNoun:
        event?.kind === 'record-created' && event.noun !== 'record' && !kept.named
          ? event.noun
          : ((titled ? kept.opening : null) ?? kept.noun ?? joined[0] ?? waitlist ?? recordNoun(text)),
      recordsApp: kept.recordsApp,
      // Things said to have a column of their own ("request has a status") are tables beside those kept.
      // So are tables each named by a table word ("a suppliers table …, and a purchase orders table").
      joined: noTables
        ? []
        : [...new Set([...joined, ...columnOwners(plain), ...kept.tables, ...kept.alsoKept, ...(waitlist ? [waitlist] : [])])],
      tables,
      schedule: hasRecurrence(parts) ? toSchedule(parts) : null,
      event,
      models: findModelWishes(text),
      labels: choices,
      notify: detectNotify(text),
      review: wantsReview(text.toLowerCase()),
      access: detectAccess(text),
      job: job(text),
    },
  };
}

/** The reading finished with its shape: `shape` when given (data true, text false), else the rules'. */
function shaped(r: ShapelessReading, shape?: boolean): Description {
  const { text, plain, said, asked, returned, outputKind, rest } = r;
  const structured = shape ?? r.ruledShape();
  const readsOut = structured && outputKind === 'text';
  const named = readsOut ? said : asked;
  const extracted = extractedFieldNames(plain);
  if (readsOut) for (const name of returned) if (named.some((f) => f.name === name)) extracted.add(name);
  return {
    ...rest,
    text: text.trim(),
    outputKind,
    fields: withoutCompoundParts(named, text),
    // Images asked back are made by image steps, not parts of the text.
    parts: readsOut ? [] : said.filter((f) => returned.has(f.name) && f.type !== 'image'),
    givenFields: r.givenFields,
    given: r.given,
    // Labels to sort into are a data result, whatever else is written around them.
    structured,
    extracted,
  };
}

/**
 * The description as the rules read it; `shape`, when given, decides data (true) or text instead
 * of the rules (the learned model's decision, learned/text-or-data.ts).
 */
export function describeByRules(text: string, shape?: boolean): Description {
  return shaped(readShapeless(text), shape);
}

/**
 * The rules' reading, with the learned model's say on whether the tool writes or hands back data
 * (learned/text-or-data.ts); finished again only when it overrules. What the row-noun ranker reads.
 */
export function describeWithShape(text: string): Description {
  const reading = readShapeless(text);
  const ruled = shaped(reading);
  const structured = learnedStructured(ruled);
  return structured === ruled.structured ? ruled : shaped(reading, structured);
}

/**
 * The description understood: its shape learned as above, and what its table's rows are (learned/row-noun.ts).
 * The agent loop plans again after each tool result, reading the same message: the last few readings are
 * kept, shared, so whoever reads one must not change it.
 */
export const understandDescription: (text: string) => Description = keepRecent(8, (text) => learnedRowNoun(describeWithShape(text)));
