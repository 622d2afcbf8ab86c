/**
 * "Start it when an email arrives" on an app that exists: the mail's parts become inputs
 * (the names the mailbox watcher fills) and the first AI step is given them, so each message
 * reaches the model. Inputs the app already has are left as they are.
 */
import type { AppSpec } from '../spec/app-spec';
import type { AppChange } from '../tools/update-app';
import { emailInputs } from './email-inputs';
import { stepToInput } from './spec-to-input';

/** The update_app changes that let a mail start `spec`; empty when it already reads one. */
export function emailInputChanges(spec: AppSpec): AppChange[] {
  // An app that reads documents gets the attachments too.
  const readsDocuments = spec.inputs.some((f) => f.type === 'document');
  const missing = emailInputs(readsDocuments).filter((f) => !spec.inputs.some((x) => x.name === f.name));
  if (missing.length === 0) return [];
  const changes: AppChange[] = missing.map((field) => ({ op: 'add_input', field, after: null }));
  const first = spec.steps.find((s) => 'prompt' in s);
  if (first && 'prompt' in first) {
    // A document input is text once extracted, so it is quoted like the others.
    const lines = missing.map((f) => `${f.label}: {{inputs.${f.name}}}`);
    changes.push({ op: 'replace_step', id: first.id, step: stepToInput({ ...first, prompt: `${first.prompt}\n\n${lines.join('\n')}` }) });
  }
  return changes;
}
