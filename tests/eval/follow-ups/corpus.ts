/**
 * The follow-up corpus: messages people send about an app already built in the conversation
 * ("add a phone field", "give me the link", "undo that"), each from a public source and labelled
 * with the one thing it asks. Split by id hash exactly as the planner corpus is (splitOf), so
 * `test` is judged only.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ClockTimeSchema, loadJsonLines, splitOf, WEEKDAYS, type Split } from '../planner/corpus';
import { BASE_APPS } from './base-apps';

export const FOLLOW_UP_INTENTS = [
  'add-field',
  'remove-field',
  'rename-field',
  'rename-app',
  'change-schedule',
  'remove-schedule',
  'switch-model',
  'make-public',
  'share-link',
  'undo',
  'delete',
  'run',
  'cost',
  'model-status',
  'app-question',
  'new-tool',
] as const;
export type FollowUpIntent = (typeof FOLLOW_UP_INTENTS)[number];

/** When the message says the app should run: every day, on weekdays, or on the days named. */
const ScheduleSlotSchema = z
  .object({
    days: z.union([z.literal('daily'), z.literal('weekdays'), z.array(z.enum(WEEKDAYS)).min(1)]),
    /** 24-hour "HH:MM", null when no time was said. */
    time: ClockTimeSchema.nullable(),
    /** IANA zone, only when a zone or city was said. */
    timezone: z.string().nullable(),
  })
  .strict();

export const FollowUpLabelsSchema = z
  .object({
    intent: z.enum(FOLLOW_UP_INTENTS),
    /** add/remove/rename-field: the field in the user's words. */
    field: z.string().min(1).optional(),
    /** rename-field, rename-app: the new name. */
    to: z.string().min(1).optional(),
    schedule: ScheduleSlotSchema.optional(),
    /** switch-model, model-status: what the user named ("gemini", "gpt-4o-mini", "the cheapest"). */
    model: z.string().min(1).optional(),
    /** switch-model: the step named, or null for the whole app. */
    step: z.string().min(1).nullable().optional(),
    /** cost: the volume stated ("500 per week"), or null. */
    volume: z.string().min(1).nullable().optional(),
  })
  .strict();
export type FollowUpLabels = z.infer<typeof FollowUpLabelsSchema>;

export const FollowUpItemSchema = z
  .object({
    id: z.string().regex(/^fu-[a-z]+-\d{3}$/),
    source: z.string().url(),
    sourceTitle: z.string().min(1),
    app: z.enum(Object.keys(BASE_APPS) as [keyof typeof BASE_APPS, ...(keyof typeof BASE_APPS)[]]),
    text: z.string().min(2).max(600),
    labels: FollowUpLabelsSchema,
  })
  .strict();
export type FollowUpItem = z.infer<typeof FollowUpItemSchema>;

export const FOLLOW_UP_DIR = join(fileURLToPath(new URL('.', import.meta.url)), 'corpus');

/** Every item of every file, validated. */
export function loadFollowUps(dir = FOLLOW_UP_DIR): FollowUpItem[] {
  return loadJsonLines(dir, FollowUpItemSchema, 'Follow-up');
}

export function followUpSplit(split: Split, dir = FOLLOW_UP_DIR): FollowUpItem[] {
  return loadFollowUps(dir).filter((item) => splitOf(item.id) === split);
}
