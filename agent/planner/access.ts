/**
 * Who may use the app, said in words: "make it public", "anyone with the link" → a public
 * link; "share it with the team" → the workspace; "keep it private" → only its owner.
 */
import { anyOf } from './regex-parts';

export type AccessLevel = 'private' | 'workspace' | 'public-link';

const PUBLIC_LINK = /\bmake it (?:public|open)\b|\bpublic(?:ly)?\b.*\blink\b|\bpublic link\b|\banyone with the link\b/;
const SHARED_WITH_ALL = /\bshare (?:it )?(?:publicly|with anyone|with everyone|with the world)\b|\bpublish it\b/;
const ANYONE_CAN_USE = /\b(?:that|which) anyone can (?:use|open|fill)\b|\ba public (?:form|page|app|tool)\b/;
const PUBLIC = anyOf([PUBLIC_LINK, SHARED_WITH_ALL, ANYONE_CAN_USE]);

const SHARE_WITH_TEAM = /\bshare (?:it )?with (?:the |my |our )?(?:whole )?(?:team|workspace|colleagues|company|coworkers)\b/;
const LET_TEAM_USE =
  /\b(?:let|allow) (?:the |my |our )?(?:whole |entire )?(?:team|workspace|colleagues|company|everyone in the (?:team|workspace)) (?:use|see|run|open|access)\b/;
const OPEN_TO_TEAM =
  /\b(?:give|open it to) (?:the |my |our )?(?:whole )?(?:team|workspace)\b|\b(?:available|visible) to (?:the |my |our )?(?:whole )?(?:team|workspace|colleagues)\b|\bworkspace access\b/;
const WORKSPACE = anyOf([SHARE_WITH_TEAM, LET_TEAM_USE, OPEN_TO_TEAM]);
const PRIVATE = /\bmake it private\b|\bonly (?:for )?me\b|\bunshare\b|\bunpublish\b|\bkeep it private\b/;

/** "set it to private", "change access to team", "make the lead tracker public". */
const SET_TO =
  /\b(?:set|change|switch|make|turn)\s+(?:it|the access|access|visibility|sharing|(?:the|my|our)\s+[\w -]{1,40}?)?\s*(?:to\s+)?(private|public|team|workspace)(?:[- ]only)?\b/;
const SAID: Record<string, AccessLevel> = { private: 'private', public: 'public-link', team: 'workspace', workspace: 'workspace' };

export function detectAccess(text: string): AccessLevel | null {
  const t = text.toLowerCase();
  const set = SET_TO.exec(t);
  if (set) return SAID[set[1]!]!;
  if (PUBLIC.test(t)) return 'public-link';
  if (WORKSPACE.test(t)) return 'workspace';
  if (PRIVATE.test(t)) return 'private';
  return null;
}
