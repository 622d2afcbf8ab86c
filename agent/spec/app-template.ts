/** A template: a ready spec plus what the catalogue shows and what a request is matched on. */
import { z } from 'zod';
import type { AppSpec, AppSpecInput } from './app-spec';

export const TemplateCategorySchema = z.enum(['text', 'classify', 'extract', 'digest', 'image', 'records']);
export type TemplateCategory = z.infer<typeof TemplateCategorySchema>;

export interface AppTemplate {
  /** Stable id, also the spec's slug, e.g. "support-reply-drafter". */
  id: string;
  title: string;
  /** One sentence for the catalogue. */
  summary: string;
  category: TemplateCategory;
  /** Words and synonyms a request may use ("ticket", "helpdesk", "customer email"). */
  keywords: string[];
  spec: AppSpecInput;
}

/** A template whose spec passed `parseAppSpec`. */
export interface LoadedTemplate extends Omit<AppTemplate, 'spec'> {
  spec: AppSpec;
}
