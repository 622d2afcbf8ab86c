/**
 * Words for the machinery people otherwise see raw: how a run started, field types, version
 * notes, and one date format for the whole UI ("1 Dec 2026, 22:08 UTC").
 */
import type { FieldType } from './app-spec';

/** How a run started, as server/store's RunRow records it. */
export interface RunStart {
  kind: 'manual' | 'api' | 'schedule' | 'webhook' | 'record-created' | 'email';
  detail?: string;
}

const RUN_STARTS: Record<RunStart['kind'], string> = {
  manual: 'Form',
  api: 'API',
  schedule: 'Schedule',
  webhook: 'Webhook',
  'record-created': 'New record',
  email: 'Email',
};

export function runStartWord(run: { trigger: RunStart }): string {
  return run.trigger.detail === 'public link' ? 'Public link' : RUN_STARTS[run.trigger.kind];
}

const FIELD_TYPES: Record<FieldType, string> = {
  text: 'short text',
  longText: 'long text',
  number: 'number',
  boolean: 'yes / no',
  date: 'date',
  select: 'choice',
  email: 'email',
  url: 'web address',
  image: 'image',
  file: 'file',
  document: 'document',
};

export function fieldTypeWord(type: FieldType): string {
  return FIELD_TYPES[type];
}

const DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
});
const DATE_UTC = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
  timeZone: 'UTC',
});

/** The one date format: the browser's zone in the browser, UTC where the server renders. */
export function formatDate(iso: string, zone: 'local' | 'utc' = 'local'): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : (zone === 'utc' ? DATE_UTC : DATE).format(date);
}

const LEVELS: Record<string, string> = { private: 'only you', workspace: 'the workspace', 'public-link': 'anyone with a link' };

/** A stored version note ("set_access: public-link") as a sentence ("Shared with anyone with a link."). */
export function versionNoteSentence(note: string): string {
  const colon = note.indexOf(':');
  const [tool, rest] =
    colon > 0 ? [note.slice(0, colon), note.slice(colon + 1).trim()] : [note.split(' ')[0] ?? '', note.split(' ').slice(1).join(' ')];
  switch (tool) {
    case 'create_app':
      return rest.startsWith('from template ')
        ? `Created from the ${rest.slice('from template '.length).replaceAll('-', ' ')} template.`
        : 'Created from scratch.';
    case 'set_access':
      return `Shared with ${LEVELS[rest] ?? rest}.`;
    case 'restore_app_version':
      return `Brought back ${rest}.`;
    case 'bind_model':
      return `Switched to ${rest}.`;
    case 'add_trigger':
      return `Added a trigger: ${rest}.`;
    case 'remove_trigger':
      return `Removed a trigger: ${rest}.`;
    case 'update_app':
      return `Changed ${rest.split('; ').length === 1 ? 'one thing' : `${rest.split('; ').length} things`}: ${rest.replaceAll('_', ' ').replaceAll(';', ',')}.`;
    default:
      return note.endsWith('.') ? note : `${note.charAt(0).toUpperCase()}${note.slice(1)}.`;
  }
}
