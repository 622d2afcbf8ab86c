/** Model ids → display names and today's lifecycle from the directory API, fetched once per page. */
import type { LifecycleStatus } from '../agent/catalog/model-facts';
import { api } from './api';

export interface ModelBrief {
  displayName: string;
  /** Status on the server's day. */
  statusToday: LifecycleStatus;
  shutdownDate: string | null;
  /** Id of the model to move to, on the server's day; null when none. */
  liveSuccessor: string | null;
}

interface ListedModel {
  id: string;
  displayName: string;
  statusToday: LifecycleStatus;
  liveSuccessor: string | null;
  lifecycle: { shutdownDate: string | null };
}

let briefs: Promise<Map<string, ModelBrief>> | null = null;

export function loadModelBriefs(): Promise<Map<string, ModelBrief>> {
  briefs ??= api<{ models: ListedModel[] }>('GET', '/api/models?includeShutDown=true')
    .then(
      ({ models }) =>
        new Map(
          models.map((m) => [
            m.id,
            {
              displayName: m.displayName,
              statusToday: m.statusToday,
              shutdownDate: m.lifecycle.shutdownDate,
              liveSuccessor: m.liveSuccessor,
            },
          ]),
        ),
    )
    .catch(() => new Map());
  return briefs;
}
