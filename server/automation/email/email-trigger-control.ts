/** What routes and tests may ask of the running mailbox watchers (found through automation-registry). */
export interface EmailTriggers {
  /** Starts, replaces or stops watchers to match the apps and their mailboxes now. */
  sync(): Promise<void>;
  /** One look at every watched mailbox (or one app's), resolved once its new mail has run. */
  checkNow(appId?: string): Promise<void>;
  stop(): Promise<void>;
}
