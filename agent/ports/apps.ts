/**
 * The apps port: what the agent's tools need to keep app specs and their versions. Declared
 * here, implemented by server/store (lowdb, PostgreSQL) and by agent/ports/memory.ts.
 */
import type { AppSpec } from '../spec/app-spec';

export interface StoredApp {
  id: string;
  workspaceId: string;
  slug: string;
  /** Current version number, starting at 1. */
  version: number;
  spec: AppSpec;
  createdAt: string;
  updatedAt: string;
}

export interface AppVersion {
  appId: string;
  version: number;
  spec: AppSpec;
  /** Why this version exists ("bind_model: gemini-3.1-pro-preview for step draft"). */
  note: string;
  createdBy: string | null;
  createdAt: string;
}

export interface AppsPort {
  createApp(input: { workspaceId: string; spec: AppSpec; createdBy: string | null; note?: string }): Promise<StoredApp>;
  getApp(slug: string): Promise<StoredApp | null>;
  listApps(workspaceId?: string): Promise<StoredApp[]>;
  /** Saves `spec` as version current+1; `expectedVersion` guards against lost updates. */
  saveAppVersion(input: {
    slug: string;
    spec: AppSpec;
    note: string;
    createdBy: string | null;
    expectedVersion?: number;
  }): Promise<StoredApp>;
  listAppVersions(slug: string): Promise<AppVersion[]>;
  getAppVersion(slug: string, version: number): Promise<AppVersion | null>;
  /** Removes the app, its versions and its records; an unknown slug is a not-found StoreError. */
  deleteApp(slug: string): Promise<void>;
}
