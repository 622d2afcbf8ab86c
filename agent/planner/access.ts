/**
 * Who may use the app, said in words: "make it public", "anyone with the link" → a public
 * link; "share it with the team" → the workspace; "keep it private" → only its owner.
 */

export type AccessLevel = 'private' | 'workspace' | 'public-link';

const PUBLIC =
  /\bmake it (?:public|open)\b|\bpublic(?:ly)?\b.*\blink\b|\bpublic link\b|\banyone with the link\b|\bshare (?:it )?(?:publicly|with anyone|with everyone|with the world)\b|\bpublish it\b|\b(?:that|which) anyone can (?:use|open|fill)\b|\ba public (?:form|page|app|tool)\b/;
const WORKSPACE =
  /\bshare (?:it )?with (?:the |my |our )?(?:whole )?(?:team|workspace|colleagues|company|coworkers)\b|\b(?:let|allow) (?:the |my |our )?(?:whole |entire )?(?:team|workspace|colleagues|company|everyone in the (?:team|workspace)) (?:use|see|run|open|access)\b|\b(?:give|open it to) (?:the |my |our )?(?:whole )?(?:team|workspace)\b|\b(?:available|visible) to (?:the |my |our )?(?:whole )?(?:team|workspace|colleagues)\b|\bworkspace access\b/;
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
