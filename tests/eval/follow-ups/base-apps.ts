/**
 * The apps the follow-up corpus talks about, each built in the conversation by its
 * description before the follow-up is said (the labellers saw what each builds).
 */
export const BASE_APPS = {
  support: 'a tool that drafts replies to support tickets and keeps every ticket in a table',
  crm: 'simple CRM for sales leads: name, company, email, deal size, stage',
  digest: "every Monday at 9, a digest of last week's feedback",
  photo: 'upload a photo of a product and get a listing description',
} as const;

export type BaseApp = keyof typeof BASE_APPS;

/** Said before an undo, so there is a change to undo. */
export const CHANGE_BEFORE_UNDO = 'add a notes field';
