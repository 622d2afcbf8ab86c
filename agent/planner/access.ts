/**
 * Who may use the app, said in words: "make it public", "anyone with the link" → a public
 * link; "share it with the team" → the workspace; "keep it private" → only its owner.
 */
import { anyOf } from './regex-parts';

export type AccessLevel = 'private' | 'workspace' | 'public-link';

const PUBLIC_LINK = /\bmake it (?:public|open)\b|\bpublic(?:ly)?\b.*\blink\b|\bpublic link\b|\banyone with the link\b/;
/** "share it publicly", "open it up publicly", "open this to the public": shared beyond the workspace. */
const SHARED_WITH_ALL =
  /\b(?:share|open) (?:it |this )?(?:up )?(?:publicly|with anyone|with everyone|with the world|to the public)\b|\bpublish (?:it|this|the app|the tool|the \w+(?: \w+)?)\b/;
/** People outside the team, who a public link is for. */
const OUTSIDERS =
  '(?:anyone|everyone|everybody|customers|clients|visitors|guests|vendors|suppliers|partners|the public|the (?:whole )?(?:world|internet|web)|resellers|distributors|agencies|contractors|freelancers|people outside|outsiders|non-?members|strangers|external (?:people|users|folks|partners))';
const ANYONE_CAN_USE = new RegExp(
  `\\b(?:that|which|so) ${OUTSIDERS} can (?:use|open|fill|access|run)\\b|\\ba public (?:form|page|app|tool)\\b`,
);
const LET_ANYONE_USE = new RegExp(
  `\\b(?:let|allow) ${OUTSIDERS} (?:to )?(?:use|open|fill|access|run)\\b|\\bpublic access\\b|\\bopen (?:it |this )?(?:up )?to ${OUTSIDERS}\\b`,
);
/** Using it with no sign-in: "use this without logging in", "guest users can submit", "non registered users should see it". */
const USE_VERB =
  '(?:us(?:e|ed|ing)|submit(?:ted|ting)?|fill(?:ed|ing)?|access(?:ed|ing)?|open(?:ed|ing)?|see|seen|view(?:ed|ing)?|reach(?:ed)?|run|upload|send|book|enter|apply)';
const WITHOUT_SIGN_IN = new RegExp(
  `\\b${USE_VERB}\\b.{0,40}\\bwithout (?:(?:logging|signing) (?:in|on)|(?:a |an )?(?:login|log-?in|sign-?in|sign-?up|account|authentication|registering|registration)s?)\\b`,
);
const NO_SIGN_IN_USERS = new RegExp(
  `\\b(?:guests?|guest users|anonymous (?:users|people|visitors)|non[- ]?registered|unregistered|logged[- ]out (?:users|people))\\b.{0,40}\\b${USE_VERB}\\b`,
);
/** "can people outside the company submit tickets?", "visitors should be able to fill it in". */
const OUTSIDERS_ASKED = new RegExp(`(?:^|[,.;!?]\\s*)(?:can|could|will|would)\\s+${OUTSIDERS}\\b[\\w ]{0,30}?\\b${USE_VERB}\\b`);
const OUTSIDERS_ABLE = new RegExp(`\\b${OUTSIDERS}\\s+(?:should|must|need to|have to)\\s+be able to\\s+${USE_VERB}\\b`);
/** "let anyone submit feedback", "I want clients to fill this in", "our vendors need to use it too". */
const OUTSIDERS_LET = new RegExp(`\\b(?:let|allow|want|need|would like|'d like) ${OUTSIDERS} (?:to )?${USE_VERB}\\b`);
const OUTSIDERS_NEED = new RegExp(`\\b${OUTSIDERS} (?:need|needs|have|has|want|wants) to ${USE_VERB}\\b`);
/** "people who aren't in my workspace", "it needs to work for people outside the org". */
const OUTSIDE_US =
  /\b(?:not|aren'?t|isn'?t) (?:in|part of|on|members of) (?:my|our|the) (?:workspace|team|org|organi[sz]ation|company)\b|\boutside (?:of )?(?:the|our|my) (?:org|organi[sz]ation|company|team|workspace)\b/;
/** "open access", "a public version", "expose it publicly", "put it online for our customers". */
const PUBLIC_WORDS = /\bopen access\b|\bpublic (?:version|form|page|site)\b|\b(?:expose|release|offer)\b.{0,20}\bpublicly\b/;
const ONLINE_FOR_THEM = new RegExp(
  `\\b(?:put|make) it (?:live|online|on the (?:web|internet))\\b.{0,12}\\b(?:for|so) (?:that )?(?:our |my |the )?${OUTSIDERS}\\b`,
);
/** The sign-in step taken away: "no sign in needed", "remove the login requirement" (not a login field). */
const SIGN_IN =
  '(?:user\\s*/\\s*)?(?:log[- ]?in|sign[- ]?in|sign[- ]?up|signing in|logging in|account|authentication|registration|user ?name(?: and password)?|password)s?';
const NO_SIGN_IN = new RegExp(
  `\\b(?:no|without|remove|drop|disable|skip|turn off|get rid of)\\s+(?:the\\s+|a\\s+|an\\s+|any\\s+)?${SIGN_IN}\\b(?!\\s+(?:field|column|input|box))`,
);
/** "they shouldn't have to log in", "customers won't need to sign in". */
const NEED_NOT_SIGN_IN =
  /(?:n'?t|\bnot|\bnever) (?:have|need|be (?:required|asked|forced)) to (?:log|sign) ?in\b|\b(?:don'?t|do not|won'?t) need (?:a |any )?(?:log|sign)[- ]?(?:in|on)\b/;
/** People not signed in: "users who aren't logged in", "non logged in users", "signed in or not", "they won't have accounts". */
const NOT_SIGNED_IN = /\b(?:aren'?t|are not|not|non)[- ]?(?:logged|signed)[- ]?in\b|\b(?:signed|logged) in or not\b|\bno-?login\b/;
const HAVE_NO_ACCOUNT = /\b(?:won'?t|wont|don'?t|dont|do not|will not|never) have (?:an? |any )?(?:accounts?|logins?|user ?names?)\b/;
/** "make the lead form publicly available", "to the public web", "anyone on the web", "a public url". */
const PUBLICLY_AVAILABLE = /\bpublic(?:ly)? (?:available|accessible|visible|open|web)\b|\b(?:anyone|everyone) on the (?:web|internet)\b/;
/** "it should be possible for anyone to get to this". */
const FOR_ANYONE_TO = new RegExp(`\\bfor ${OUTSIDERS} to (?:${USE_VERB}|get to|get in)\\b`);
/** Anyone arriving unnamed: "allow anonymous submissions", "unauthenticated users". */
const ANONYMOUS = /\b(?:anonymous(?:ly)?|unauthenticated|logged[- ]out)\b(?!\s+(?:field|column|input|box|checkbox|option))/;
/** On the company's public site: "embed it on our website", "customers reach this form from our site". */
const ON_OUR_SITE =
  /\bembed(?:ded|ding)?\b|\b(?:it|this|the (?:form|app|tool|page))\b[\w ]{0,20}\b(?:on|from|in|into) (?:our|my|the) (?:public |company )?(?:web ?site|site|homepage|landing page)\b/;
/** "make the form open to everyone", "make it available to customers". */
const OPEN_TO_OUTSIDERS = new RegExp(
  `\\b(?:make|set|turn|have)\\s+(?:it|this|the\\s+[\\w-]+(?:\\s+[\\w-]+)?)\\s+(?:open|available|accessible|visible|viewable|usable|readable)\\s+(?:to|for|by)\\s+${OUTSIDERS}\\b`,
);
/** "does it have to be private?": a doubt about keeping it closed, asked. */
const PRIVATE_DOUBTED = /\b(?:does|must|should|has) (?:it|this|the app|the tool) (?:have to |need to |got to )?(?:be|stay) private\s*\?/;
const PUBLIC = anyOf([
  PUBLIC_LINK,
  SHARED_WITH_ALL,
  ANYONE_CAN_USE,
  LET_ANYONE_USE,
  WITHOUT_SIGN_IN,
  NO_SIGN_IN_USERS,
  OUTSIDERS_ASKED,
  OUTSIDERS_ABLE,
  OUTSIDERS_LET,
  OUTSIDERS_NEED,
  OUTSIDE_US,
  PUBLIC_WORDS,
  ONLINE_FOR_THEM,
  NO_SIGN_IN,
  NEED_NOT_SIGN_IN,
  NOT_SIGNED_IN,
  HAVE_NO_ACCOUNT,
  PUBLICLY_AVAILABLE,
  FOR_ANYONE_TO,
  ANONYMOUS,
  ON_OUR_SITE,
  OPEN_TO_OUTSIDERS,
  PRIVATE_DOUBTED,
]);

/** The people of the workspace, as a team or a part of the company. */
const TEAM = '(?:team|workspace|colleagues|company|coworkers|org|organi[sz]ation|department|staff|sales|support|marketing|ops)';
const SHARE_WITH_TEAM = new RegExp(
  `\\bshare (?:it |this |the app |the [\\w ]{1,30} )?with (?:everyone (?:in|on|at) )?(?:the |my |our )?(?:whole |entire |rest of the )?(?:\\w+ )?${TEAM}\\b|\\bnot just (?:for )?me\\b`,
);
/** "add the entire team to this app", "can other people on the team run it". */
const TEAM_ADDED = new RegExp(`\\badd (?:the |my |our )?(?:whole |entire )?${TEAM} (?:to|into) (?:it|this|the app|the tool)\\b`);
const OTHERS_ON_TEAM = new RegExp(
  `\\b(?:can|could|should) (?:the )?(?:other |others )?(?:people|everyone|colleagues|members|folks)? ?(?:in|on|from) (?:the |my |our )?${TEAM} (?:use|see|run|open|access)\\b`,
);
const LET_TEAM_USE = new RegExp(
  `\\b(?:let|allow) (?:the |my |our )?(?:whole |entire )?(?:(?:\\w+ )?${TEAM}|everyone in the (?:team|workspace)) (?:use|see|run|open|access)\\b`,
);
/** "everyone in sales should be able to use it". */
const TEAM_CAN_USE = new RegExp(
  `\\b(?:everyone|anyone|others|people|colleagues) (?:in|on|from) (?:the |my |our )?${TEAM}\\b[^.?!]{0,20}\\b(?:can|could|should|to) (?:use|see|run|open|access)\\b`,
);
const OPEN_TO_TEAM =
  /\b(?:give|open it (?:up )?to) (?:the |my |our )?(?:whole )?(?:team|workspace)\b|\b(?:available|visible) to (?:the |my |our )?(?:whole )?(?:team|workspace|colleagues)\b|\bworkspace access\b/;
/** "HR wants all users to have access", "give every employee access": everyone who signs in, not only its owner. */
const ALL_USERS_ACCESS = anyOf([
  /\b(?:all|every|the other|other)(?: the| of the)? (?:users?|members?|employees?|staff|colleagues?)\b.{0,20}\b(?:to have|have|get|should have|need|needs) access\b/,
  /\bgive (?:all|every|the other) (?:users?|members?|employees?|staff|people) access\b/,
]);
const WORKSPACE = anyOf([SHARE_WITH_TEAM, TEAM_ADDED, OTHERS_ON_TEAM, LET_TEAM_USE, TEAM_CAN_USE, OPEN_TO_TEAM, ALL_USERS_ACCESS]);
/** "switch it from private to public". */
const FROM_TO = /\bfrom (?:private|public|team|workspace) to (private|public|team|workspace)\b/;
const PRIVATE =
  /\bmake it private\b|\bonly (?:for )?me\b|\bunshare\b|\bunpublish\b|\bkeep it private\b|\bonly (?:i|me) (?:should |can |may )?(?:be able to )?(?:see|use|access|open|run)\b|\bnobody (?:else|but me)\b/;

/** "set it to private", "change access to team", "make the lead tracker public". */
const SET_TO =
  /\b(?:set|change|switch|make|turn)\s+(?:it|the access|access|visibility|sharing|(?:the|my|our)\s+[\w -]{1,40}?)?\s*(?:to\s+)?(private|public|team|workspace)(?:[- ]only)?\b/;
const SAID: Record<string, AccessLevel> = { private: 'private', public: 'public-link', team: 'workspace', workspace: 'workspace' };

export function detectAccess(text: string): AccessLevel | null {
  const t = text.toLowerCase();
  const set = FROM_TO.exec(t) ?? SET_TO.exec(t);
  if (set) return SAID[set[1]!]!;
  if (PUBLIC.test(t)) return 'public-link';
  if (WORKSPACE.test(t)) return 'workspace';
  if (PRIVATE.test(t)) return 'private';
  return null;
}
