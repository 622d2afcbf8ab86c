/**
 * Intent: what the latest message asks for — a new tool, a change to the current app, a
 * question about models, a question about cost, a question about what was spent — or nothing
 * the planner can act on.
 */
import { FIELD_KIND } from './field-phrase';
import { anyOf, anyWhole } from './regex-parts';
import { isSpendQuestion } from './spend-turn';
import { bareCommand } from './bare-command';
import { parseSchedule } from './schedule';

export type Intent = 'build' | 'change' | 'models-question' | 'cost-question' | 'spend-question' | 'app-question' | 'unclear';

/** "which model does it use?", "what fields does it have?" */
const ASKS_WHAT_IT_DOES =
  /\b(?:what|which|how|show|describe|tell me)\b.*\b(?:does it|is it|it's|it is|do(?:es)? (?:this|the|my) app|(?:this|the|my) app (?:does|has|uses|is)|it (?:has|uses|does|runs))\b/;
/** "show me the app", "describe it". */
const SHOW_THE_APP = /^\s*(?:show|describe) (?:me )?(?:it|the app|this app|my app)\b/;
/** "who can use this?", "which model does the description step use?": who may use it, what it runs on. */
const WHO_OR_WHICH_MODEL =
  /^who (?:can|could|may|is able to|has access|gets to)\b|^(?:which|what) model (?:does|is) (?:it|this|the app|this app|(?:the|this) [\w ]{1,30} step)\b/;
const ABOUT_APP = anyOf([ASKS_WHAT_IT_DOES, SHOW_THE_APP, WHO_OR_WHICH_MODEL]);

/** "can we move the digest to gpt-4o-mini? it's cheaper": a switch, whatever it saves. */
const MOVES_TO_A_MODEL = /\b(?:move|switch|swap|change|put|run)\b[^?.]*\b(?:to|on|onto)\s+(?:gpt|gemini|o\d|claude)/;
/** "can I edit it to say Deal Value (USD)?": a new name that holds a currency, not a price asked. */
const NEW_NAME_SAID = /\bto (?:say|read)\b|\b(?:renam|relabel)\w*\b/;
/** "can i use gpt-4o-mini for drafting instead of gpt-4o? way cheaper": a switch, whatever it saves. */
const USED_INSTEAD =
  /\b(?:use|using|switch|swap|move)\b[^?.]*\b(?:gpt|gemini|o\d|claude)[^?.]*\binstead\b|\binstead of (?:gpt|gemini|o\d|claude)/;
/** "can the summary be done with a cheaper model?": a switch asked, not a price. */
const ON_A_CHEAPER_MODEL =
  /\b(?:with|use|using|on|onto|to|try)\s+(?:a|the)\s+(?:cheaper|cheapest|less expensive)\s+(?:\w+\s+)?(?:model|one)\b/;
/** "add a price field": a field named for a cost word is a change, not a question about cost. */
/** "can I also enter a target price?": a price kept as a value, not a cost asked. */
const PRICE_ENTERED =
  /\b(?:enter|add|capture|record|track|include|type|store|keep|log|ask for|fill in)\b[^.?!]{0,30}\b(?:price|cost|budget)\b/;
const FIELD_EDIT = /\b(?:add|remove|drop|delete|rename|have|get)\b.*\b(?:field|column|input|dropdown)s?\b/;
/** A question put about the app: "does it …", "what fields are …", "where does it …". */
const ASKS_ABOUT_IT = /^(?:does|do|is|are|will|can|what|which|where|how|who|when|why)\b/;
/** "when will it run next?", "is there a next run scheduled?": asked of its schedule, not a run asked for. */
const WHEN_IT_RUNS = /^when\b.*\b(?:run|runs|go(?:es)? out|send|sends)\b|\bnext (?:run|send)\b|\brun next\b/;
/** Words that ask for a change even inside a question ("can you add …?"). */
const EDIT_WORDS =
  /\b(?:add|remove|delete|drop|rename|call|switch|change|replace|make|set|use|move|turn|stop|pause|share|publish|restore|undo|revert|run)\b/;

/** Cost words standing alone: "price-comparison site" names a kind of site, not a price asked. */
const COST =
  /(?<!-)\b(?:cost|costs|costing|price|priced|pricing|how much|expensive|cheap(?:er)?|spend|budget|bill|credits?|\$\s?\d|usd|dollars?|euros?)\b(?!-)/;
/** Words that ask what something costs, beside those that only name money ("my budget", "the bill", "in USD"). */
const ASKED_COST = /(?<!-)\b(?:cost|costs|costing|price|priced|pricing|how much|expensive|cheap(?:er)?)\b(?!-)/;
/** Longer than this, a message that only names money and no model describes a tool that handles money. */
const MONEY_IN_A_DESCRIPTION = 15;
/** "what's that per month", "whats it a week", "ballpark, what per month": a figure asked per period. */
const PER_PERIOD_ASKED = /\bwhat(?:'?s| is| would| will)?\b.{0,30}\b(?:per|a|each) (?:month|week|day|run|year)\b/;
const COUNTED =
  /\b\d[\d,.]*\s*(?:k\b|thousand\b|million\b)?\s*(?:images?|pictures?|runs?|requests?|calls?|posts?|summar\w+|documents?|emails?|replies|messages?|tokens?)\b/;
/** "500 tickets a day", "1000 listings a month": a count of anything said per period. */
const COUNT_PER_PERIOD =
  /\b\d[\d,.]*\s*(?:k\b|thousand\b|million\b)?\s*(?:[a-z-]+\s+){0,2}?(?:a|an|per|each|every)\s+(?:day|week|month|year)\b/;

/** "which image model", "the best model". */
const ASKS_FOR_A_MODEL = /\b(?:which|what)\s+(?:\w+\s+){0,5}?models?\b|\bbest\s+(?:\w+\s+)?models?\b/;
/** "compare", "gpt vs gemini", "the difference between". */
const COMPARES = /\bcompare\b|\bcomparison\b|\b(?:vs\.?|versus)\b|\bdifference between\b/;
/** "recommend one", "should I use", "which model fits", "good at". */
const ASKS_ADVICE = /\brecommend\w*\b|\bshould i use\b|\bmodel (?:fits|should)\b|\bgood at\b/;
const MODEL_QUESTION = anyOf([ASKS_FOR_A_MODEL, COMPARES, ASKS_ADVICE]);
/** "which model is best for drafting these replies?": advice asked, not what the open app runs on. */
const ADVICE_WORD = /\b(?:best|better|recommend\w*|suits?|fits?|good (?:at|for)|should (?:i|we) (?:use|pick|choose))\b/;
/** Words that name models or their makers. */
const MODEL_WORD = /\b(?:models?|llms?|gpt[\w.-]*|gemini[\w.-]*|claude|openai|google|anthropic|mistral|llama|o\d[\w-]*)\b/;
/** A question word first, after a hedge if any: "roughly how much would …", "so which model …". */
const QUESTION_START =
  /^\s*(?:(?:roughly|approximately|about|so|ok|okay|hey|quick question)[,:]?\s+)?(?:which|what|how|is|are|can|could|should|does|do|compare|recommend|tell me)\b/;

/** Asking for something to be made: "I need", "build", "can you make", "a new tool", "a lead tracker". */
const WANTS = /i need|i want|we need|we want|i'd like|we'd like/;
const MAKING_VERB = /build|create|make|set up|setup|give me|can you (?:build|make|create)|help me (?:build|make|create)/;
const A_TOOL = /a tool|an app|a new app|another app|a new tool|another tool/;
const A_KIND_OF_TOOL =
  /an? (?:\w+\s+){0,3}?(?:tracker|generator|drafter|summari[sz]er|classifier|extractor|translator|writer|editor|digest|assistant|bot|dashboard|form|crm)/;
const BUILD = anyWhole([WANTS, MAKING_VERB, A_TOOL, A_KIND_OF_TOOL]);
/** A question that is really a request ("can you add…?"). */
const CHANGE_REQUEST = /^\s*(?:can|could|would|will) you\b|\bplease\b/;

/** Phrases that open a description of a whole tool, even while another app is open: "I need a …",
 * "we also want something that …" (not "I'd like it on Fridays", "I want to add …"). */
const OPENS_WITH_A_NEED =
  /^(?:(?:next|now|ok|okay|also|and|then|so|alright|great|thanks|cool)[,!.]?\s+)*(?:i|we) (?:also |now |still )?(?:need|want|would like|'d like)\s+(?:a|an|another|something|some|one|new)\b/;
/** "make a public version", "create a shareable copy": the open app shared, not a new one. */
const BUILD_ME_ONE =
  /\b(?:build|create|make|set up) (?:me |us )?(?:a|an)\s(?!(?:public|private|shar(?:ed|eable)|read-only)\s+(?:version|copy|link|url|page)\b)/;
const A_TOOL_THAT =
  /\b(?:a|an) (?:\w+\s+){0,2}?(?:tool|app|bot|assistant|tracker|generator|drafter|summari[sz]er|classifier|extractor|dashboard|crm) (?:that|which|to|for)\b/;
const ANOTHER_TOOL =
  /\b(?:new|another|second|different|separate)\s+(?:app|tool|thing)\b|\bsomething else\b|^(?:(?:ok|okay|now|and|great|thanks)[,!.]?\s+)*(?:another|one more) one\b/;
const STRONG_BUILD = anyOf([OPENS_WITH_A_NEED, BUILD_ME_ONE, A_TOOL_THAT, ANOTHER_TOOL]);

/** "we need a phone number too": one more thing for the app in hand, a few words long, not a tool. */
const ONE_MORE_THING = /^(?:i|we) (?:also )?(?:need|want) (?:a|an|the) (?:[\w'-]+ ){0,3}?[\w'-]+ (?:too|as well)[.!]?$/;
const TOOL_WORD = /\b(?:tool|app|bot|assistant|tracker|generator|dashboard|something)\b/;
/** "we need a spot for their LinkedIn", "I want a dropdown for region": a place on the form, not a tool. */
const A_PLACE_ON_THE_FORM = new RegExp(
  String.raw`^(?:i|we) (?:also |still )?(?:need|want|would like|'d like) (?:a|an|another|one more|some) (?:spot|place|space|slot|${FIELD_KIND})\b`,
);

/** The message opens a whole new tool, even with an app open ("ok now I also need something that tracks …", "another one please - …"). */
export function opensNewTool(message: string): boolean {
  const t = message.toLowerCase().trim();
  if ((ONE_MORE_THING.test(t) || A_PLACE_ON_THE_FORM.test(t)) && !TOOL_WORD.test(t)) return false;
  // "next thing: I need something that …": a short label before a colon opens nothing itself.
  const unlabelled = t.replace(/^(?:[\w']+\s+){0,2}[\w']+:\s+/, '');
  return [t, unlabelled].some((m) => STRONG_BUILD.test(m) || STRONG_BUILD.test(bareCommand(m)));
}

/** Change wording: where results go, how an output is redone, a switch, or an edit verb. */
const SENDS_RESULTS = /\b(?:post|send|e-?mail|mail|forward|push|notify)\s+(?:it|them|the results?|results|a copy)\b/;
const REDOES_OUTPUT = /\b(?:make|do|create|generate|write)\s+the\s+(?:images?|pictures?|text|posts?|copy)\s+(?:with|using|on|in)\b/;
const TOGGLES = /\b(?:turn off|turn on|disable|enable|resume|ask for|collect)\b/;
const EDIT_VERB = /add|remove|delete|drop|rename|call it|name it|switch|change|replace|swap|move/;
const TELLS_IT = /make it|set it|use\s+\S+(?:\s+\S+){0,4}\s+for\b|run it|schedule it|have it|let it/;
const OTHER_CHANGE_WORD = /instead|stop|pause|share|publish|restore|undo|revert|also|don'?t|bind/;
const CHANGE = anyOf([SENDS_RESULTS, REDOES_OUTPUT, TOGGLES, anyWhole([EDIT_VERB, TELLS_IT, OTHER_CHANGE_WORD])]);

/** Asking for a figure without a question mark: "Estimate the monthly cost…", "Roughly how much would…". */
const ASKS_A_FIGURE = /\bhow much\b|\bestimate\b|\bwhat (?:would|will|does|do)\b/;

/** The message is put as a question: a question mark, a question word first, or a figure asked for. */
export function asksQuestion(message: string): boolean {
  const t = message.toLowerCase().trim();
  return t.endsWith('?') || QUESTION_START.test(t) || ASKS_A_FIGURE.test(t);
}

export interface IntentContext {
  /** An app exists in this conversation, so follow-ups can refer to "it". */
  hasCurrentApp: boolean;
}

export function detectIntent(message: string, ctx: IntentContext): Intent {
  const t = message.toLowerCase().trim();
  if (t.length === 0) return 'unclear';
  // "Compare each quote with the last price and flag…" opens a tool's description, not a question about models.
  const describesTool = /^\s*(?:compare|recommend)\b/.test(t) && !MODEL_WORD.test(t);
  const asks = t.endsWith('?') || (QUESTION_START.test(t) && !describesTool);
  const build = BUILD.test(t);
  const change = CHANGE.test(t);
  // With an app open, "500 tickets a day" is its workload, whatever is counted.
  const volume = COUNTED.test(t) || (ctx.hasCurrentApp && COUNT_PER_PERIOD.test(t));
  // What was spent (the ledger) before what something would cost (the directory).
  if (isSpendQuestion(t)) return 'spend-question';
  // A cost question names a cost; "make it cheaper" is a change, not a question.
  // "can the telegram bot send me my daily profit … in USD?", "…so we can prep the budget": money the tool handles.
  const moneyHandled =
    !ctx.hasCurrentApp && !ASKED_COST.test(t) && !MODEL_WORD.test(t) && !volume && t.split(/\s+/).length > MONEY_IN_A_DESCRIPTION;
  if (
    (COST.test(t) || (PER_PERIOD_ASKED.test(t) && volume)) &&
    !moneyHandled &&
    // "roughly what does a month of this cost? just tokens, ballpark is fine": a question among remarks.
    (asks || volume || (ctx.hasCurrentApp && (/\bhow much\b/.test(t) || t.includes('?')))) &&
    !/\bmake it\b|\bswitch\b|\buse the cheapest\b/.test(t) &&
    !FIELD_EDIT.test(t) &&
    !PRICE_ENTERED.test(t) &&
    !MOVES_TO_A_MODEL.test(t) &&
    !USED_INSTEAD.test(t) &&
    !NEW_NAME_SAID.test(t) &&
    // "how much would 2,000 images cost with the cheapest image model" still asks a figure.
    !(ON_A_CHEAPER_MODEL.test(t) && !ASKS_A_FIGURE.test(t))
  )
    return 'cost-question';
  if (ctx.hasCurrentApp && asks && ABOUT_APP.test(t) && !CHANGE_REQUEST.test(t)) return 'app-question';
  // "does it save the replies anywhere?", "what fields are on the form right now?": asked about the app, nothing to change.
  if (
    ctx.hasCurrentApp &&
    t.endsWith('?') &&
    ASKS_ABOUT_IT.test(t) &&
    !CHANGE_REQUEST.test(t) &&
    (!EDIT_WORDS.test(t) || WHEN_IT_RUNS.test(t)) &&
    !(MODEL_QUESTION.test(t) && ADVICE_WORD.test(t)) &&
    !parseSchedule(t)
  )
    return 'app-question';
  // "compare gpt-5 and gemini" asks about models; "compare each quote with the last price" describes a tool.
  const aboutModels = /\bcompare\b|\brecommend\b/.test(t) && MODEL_WORD.test(t);
  // "which model does the summary use? swap it to claude sonnet": the question leads to a switch asked.
  if (MODEL_QUESTION.test(t) && (asks || aboutModels) && !(build && !asks) && !(ctx.hasCurrentApp && MOVES_TO_A_MODEL.test(t)))
    return 'models-question';
  if (ctx.hasCurrentApp && change && !opensNewTool(t)) return 'change';
  if (opensNewTool(t)) return 'build';
  // "make it public" with no app open still means an app: the planner looks it up or asks which.
  if (change && /\b(?:it|the app|this app|my app)\b/.test(t)) return 'change';
  if (/\b(?:make|set|switch|turn)\s+(?:the|my|our)\s+[\w -]{1,40}?\s+(?:public|private)\b/.test(t)) return 'change';
  if (build) return 'build';
  if (change) return ctx.hasCurrentApp ? 'change' : 'unclear';
  return 'unclear';
}
