/**
 * The planner corpus: real descriptions of internal tools, each paraphrased from a public
 * source (a template gallery, a prompt collection, an issue thread, a product page) into the
 * first-person words someone would type in chat, and labelled with what the built app must be.
 *
 * Items live in corpus/*.jsonl, one JSON object per line. The split is a pure function of the
 * id (a hash), so it is fixed the moment an item is written: `dev` is for tuning, `test` is
 * judged only. test-split.lock.json freezes the test items; the test split changes only by
 * adding items.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** What the tool hands back: text, generated images, structured data (extracted/classified/records), or text and an image. */
export const OutputLabelSchema = z.enum(['text', 'image', 'data', 'text+image']);

/**
 * How a run starts besides a schedule: `form` = a person fills the tool's own form (also "our
 * enquiry form"); `webhook` = another system's event (a store, Stripe, Slack, a form product such
 * as Google Forms); `email` = mail arriving; `record-created` = a new row of the tool's own table;
 * `none` = only the schedule.
 */
export const TriggerLabelSchema = z.enum(['form', 'webhook', 'email', 'record-created', 'none']);

/** A time of day as labelled: 24-hour "HH:MM". */
export const ClockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

/** A schedule as the user stated it. `time` null = no time said; `timezone` null = no zone said. */
export const ScheduleLabelSchema = z
  .object({
    every: z.enum(['hour', 'day', 'weekday', 'week', 'month']),
    /** For `week`: the day(s) named. */
    days: z.array(z.enum(WEEKDAYS)).optional(),
    /** For `month`: the day of the month (1–31). */
    dayOfMonth: z.number().int().min(1).max(31).optional(),
    /** 24-hour "HH:MM". */
    time: ClockTimeSchema.nullable(),
    /** IANA zone, when the user named a zone or city. */
    timezone: z.string().nullable(),
  })
  .strict();

/** A size or volume the user stated ("300-page contracts", "500 a week"). */
export const WorkloadLabelSchema = z
  .object({
    amount: z.number().positive(),
    /** What is counted: pages, documents, emails, tickets, images, words, requests… */
    unit: z.string().min(1),
    /** `document` = size of one input; the others = volume per period. */
    per: z.enum(['document', 'run', 'day', 'week', 'month']),
  })
  .strict();

export const CorpusLabelsSchema = z
  .object({
    output: OutputLabelSchema,
    /** The user uploads photos/images for the tool to read or edit. */
    imageInput: z.boolean(),
    /** The user uploads documents (PDF, DOCX, contracts, CVs, invoices as files). */
    documentInput: z.boolean(),
    workload: WorkloadLabelSchema.nullable(),
    schedule: ScheduleLabelSchema.nullable(),
    trigger: TriggerLabelSchema,
    /** Fields (form inputs or table columns) the user named, in the user's words. */
    fields: z.array(z.string().min(1)),
    /** Tables the user asked to keep records in, in the user's words ("tickets", "leads"). */
    collections: z.array(z.string().min(1)),
  })
  .strict();

export const CorpusItemSchema = z
  .object({
    /** Lower-case, stable, unique: `<source family>-<n>`, e.g. `n8n-0042`. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    /** Where the tool is described (a page or file address seen when collecting). */
    source: z.string().url(),
    /** The title the source gives the tool or thread. */
    sourceTitle: z.string().min(1),
    /** The description in first person, as someone would type it in chat. */
    text: z.string().min(10).max(1000),
    labels: CorpusLabelsSchema,
  })
  .strict();
export type CorpusItem = z.infer<typeof CorpusItemSchema>;
export type CorpusLabels = z.infer<typeof CorpusLabelsSchema>;

export type Split = 'dev' | 'test';

/** 45% test: with ≥ 300 items the test split holds well over 120. */
export function splitOf(id: string): Split {
  const n = createHash('sha256').update(id).digest().readUInt32BE(0);
  return n / 2 ** 32 < 0.45 ? 'test' : 'dev';
}

/** Dev's two halves (a second hash byte, independent of the split): tune on one, check on the other. */
export function devHalfOf(id: string): 'tune' | 'check' {
  return createHash('sha256').update(id).digest()[4]! < 128 ? 'tune' : 'check';
}

export const CORPUS_DIR = join(fileURLToPath(new URL('.', import.meta.url)), 'corpus');

/**
 * Every line of every `.jsonl` file in `dir`, parsed by `schema`; a bad line names its file and
 * line, and an id seen twice is refused (`what` names the corpus in that sentence).
 */
export function loadJsonLines<T extends { id: string }>(dir: string, schema: z.ZodType<T>, what: string): T[] {
  const items: T[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success)
        throw new Error(`${file}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
      items.push(parsed.data);
    });
  }
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) throw new Error(`${what} id ${item.id} appears twice.`);
    seen.add(item.id);
  }
  return items;
}

/** Every item of every corpus file, validated. */
export function loadCorpus(dir = CORPUS_DIR): CorpusItem[] {
  return loadJsonLines(dir, CorpusItemSchema, 'Corpus');
}

export function corpusSplit(split: Split, dir = CORPUS_DIR): CorpusItem[] {
  return loadCorpus(dir).filter((item) => splitOf(item.id) === split);
}

/** The dev items a learned model is fitted on: all, or those of the ids given, in a stable order (by id). */
export function fittingItems(ids?: readonly string[]): CorpusItem[] {
  const wanted = ids ? new Set(ids) : null;
  return corpusSplit('dev')
    .filter((i) => !wanted || wanted.has(i.id))
    .sort((a, b) => a.id.localeCompare(b.id));
}
