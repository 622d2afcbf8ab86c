/** Model ids → display names from the directory API, fetched once per page. */
import { api } from './api';

let names: Promise<Map<string, string>> | null = null;

export function loadModelNames(): Promise<Map<string, string>> {
  names ??= api<{ models: Array<{ id: string; displayName: string }> }>('GET', '/api/models?includeShutDown=true')
    .then(({ models }) => new Map(models.map((m) => [m.id, m.displayName])))
    .catch(() => new Map());
  return names;
}
