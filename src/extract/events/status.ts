// The status of an event report (negated, hypothetical, future, occurred) and the type it is
// coded as once its status is known.
import type { EventStatus, PloverType } from '../../core/types.ts';
import type { Lexicon } from './lexicon.ts';
import type { Hit } from './hits.ts';
import { COOPERATIVE, HOSTILE } from './families.ts';

/**
 * A refusal stated as a negated will: "would not negotiate", "will not pull back", "won't
 * attend the summit", "will not resume talks", "there can be no talks". PLOVER codes the refusal of a cooperative act as REJECT, done.
 */
const REFUSAL = /(?:\b(?:will|would|shall)\s+(?:not|never)|\b(?:won|wouldn|shan)['’]t)\s+(?:(?!only\b)\w+ly\s+)?(?:(?:attend|join|hold|resume|take\s+part\s+in|participate\s+in|grant|give|provide|offer|open|reopen|restore|host)\s+(?:(?:the|a|an|its|their|any|further|new|more)\s+)?)?$|\bthere\s+(?:will|would|could|can|shall)\s+be\s+no\s+(?:[\p{L}-]+\s+)?$/iu;
/** A rejection kept up: "would not lift its veto", "has not dropped its objections" (not undoing a refusal is one). */
const KEPT_REJECTION = /\b(?:not|never|n['’]t)\s+(?:\w+ly\s+)?(?:lift|lifted|drop|dropped|withdraw|withdrawn|end|ended|abandon|abandoned|give\s+up|given\s+up|reverse|reversed|rescind|rescinded|waive|waived)\s+(?:its|their|his|her|the|a|any)\s+(?:[\p{L}-]+\s+)?$/iu;
/**
 * What a restriction is on: "lifted restrictions on arms sales to", "a ban on exports to": the act
 * restricted is not reported as done.
 */
const RESTRICTED = /\b(?:restrictions?|curbs?|bans?|embargo(?:es)?|limits?|caps?|controls|moratorium|freeze)\s+(?:on|of|against)\s+(?:(?!(?:is|are|was|were|has|have|had|will|would)\s)[\p{L}-]+\s+){0,2}$/iu;
/**
 * An act as the topic of talks or study, or as a course weighed: "had discussed launching direct
 * flights", "is considering imposing sanctions", "mulling a ban on imports", "suggested deploying
 * monitors". The verb and what stands between it and the act (a gerund, an article) are captured.
 */
const TOPIC = /\b(?:(discuss(?:ed|es|ing)?|talk(?:ed|s|ing)?\s+about|(?:talks|negotiations|consultations)\s+(?:[\p{L}-]+\s+){0,10}?on|explor(?:ed|es|ing)|stud(?:y|ied|ies|ying)|debat(?:ed|es|ing))|(consider(?:ed|s|ing)?|weigh(?:ed|s|ing)?|mull(?:ed|s|ing)?|contemplat(?:ed|es|ing)|propos(?:ed|es|ing)|suggest(?:ed|s|ing)?|recommend(?:ed|s|ing)?))\s+((?:[\p{L}-]+ing\s+)?)((?:(?:the|a|an|new|further|fresh|possible|possibility\s+of|prospects?\s+(?:of|for)|(?:ways\s+to|how\s+to|whether\s+to)\s+(?!be\b)\p{Ll}+(?:\s+(?:[\p{L}'’-]+\s+){0,6}?and\s+(?:to\s+)?\p{Ll}+)?|ways\s+(?:of|to)|how\s+to|whether\s+to|(?:logistics|issue|question|matter|terms|schedule|timing|modalities|details|organi[sz]ation|resumption|expansion)\s+of(?:\s+[\p{Ll}-]+)?)\s+){0,2})$/iu;
/** A mere possibility or purpose: "a step that would allow it to request aid", "whether to send troops", "to allow supplies to reach". */
const POSSIBILITY = /(?:\b(?:would|could|might|may|will|to)\s+(?:allow|enable|permit|let)\s+(?:[\p{L}'’-]+\s+){1,3}(?:to\s+)?|\bwhether\s+(?:or\s+not\s+)?to\s+)(?:[\p{L}'’-]+\s+){0,2}$/iu;
/**
 * An act named in an open question: "asked whether Quito would restore ties", "it is unclear whether
 * Lima will sign", "debate over whether or not the bloc should send troops": neither reported nor promised.
 */
const QUESTION = /\bwhether\s+(?:or\s+not\s+)?[^,;:.!?"“”]*$/i;
/**
 * A condition clause in mid-sentence, up to the trigger: "... if asked", "unless Belgrade
 * cooperates", "until all points have been met", "as long as ...".
 */
const CONDITION_MID = /\b(if|unless|until|till|once|provided(?:\s+that)?|as\s+long\s+as|so\s+long\s+as|in\s+case)\s+[^,;:.!?"“”]*$/i;
/** A condition put as a question after a comma: "ready to take part, should Canberra and London invite it". */
const INVERTED_CONDITION = /,\s+should\s+(?:the\s+)?[A-Z][^;:.!?"“”]*$/;
/** A main clause that holds its act out for later (what an "until" or "once" clause conditions): "will not withdraw until". */
const HELD_OUT = /\b(?:will|would|shall|won['’]t|wouldn['’]t|refus\w*|reject\w*|oppos\w*)\b/i;
/** A condition in the present or perfect: "until the demands are met", "until the group has been disarmed". */
const OPEN_CONDITION = /\b(?:is|are|has|have|does|do)\b/i;

/** The act just named was cancelled: "... was called off", "has been postponed". */
const CALLED_OFF = /^(?:(?!,\s+(?:and|but|while)\s)[^.;]){0,100}?\b(?:was|were|has been|have been|had been|is|are)\s+(?:\w+ly\s+)?(?:called off|cancell?ed|postponed|scrapped|suspended|put off|shelved)\b/i;
/** The act just named did not come about: "... but cancelled the trip", "... but later dropped the plan", "... did not take place". */
const FELL_THROUGH = /^[^.;,]{0,80}?\b(?:(?:did\s+not|didn['’]t|never|failed\s+to)\s+(?:take\s+place|happen|materiali[sz]e|go\s+ahead)|(?:has|have|had)\s+(?:not|never)\s+(?:yet\s+)?(?:taken\s+place|happened|materiali[sz]ed|gone\s+ahead)|(?:hasn|haven|hadn)['’]t\s+(?:yet\s+)?(?:taken\s+place|happened|materiali[sz]ed)|fell\s+through)\b/i;
/** A plan given up: "was expected to visit ... but cancelled the trip", "had planned to ... but later dropped the plan". */
const GIVEN_UP = /^[^.;]{0,100}?\bbut\s+(?:then\s+|later\s+|eventually\s+)?(?:called off|cancell?ed|postponed|scrapped|shelved|dropped|abandoned|put off)\b/i;

/**
 * The act named next is called off, held back or not yet done: "called off a planned visit",
 * "postponed the talks", "stopped short of recalling its envoy", "refrained from condemning", "has yet to send".
 */
const HELD_BACK = /\b(?:call(?:ed|s|ing)?\s+off|cancel(?:l?ed|s|l?ing)?|postpon(?:ed|es|e|ing)|scrap(?:ped|s|ping)?|shelv(?:ed|es|e|ing)|put\s+off|stop(?:ped|s|ping)?\s+short\s+of|refrain(?:ed|s|ing)?\s+from|avoid(?:ed|s|ing)?|(?:has|have|had|is|are|was|were)\s+yet\s+to)\s+(?:(?:the|a|an|its|their|his|her|this|that|planned|scheduled|upcoming|proposed|expected|any|[\p{L}-]+['’]s)\s+){0,3}$/iu;

/** The act set aside for another: "chose talks instead of sanctions", "rather than attacking". */
const INSTEAD = /\b(?:instead\s+of|rather\s+than)\s+(?:(?:the|a|an|any|new|further|more)\s+)?$/i;
/** An act feared, hoped for or braced for: "fears of a war between", "the prospect of talks", "prepared for an attack by". */
const PROSPECT = /\b(?:fears?|risks?|danger|prospects?|possibility|likelihood|chances?|hopes?|spectre|specter|rumou?rs?|speculation|(?:ready|prepared|preparing|braced|bracing)(?=\s+for))\s+(?:of|for|about)\s+(?:(?:a|an|the|new|further|possible|renewed|wider|full-scale|direct|more|any)\s+){0,2}$/i;
/** An act something is said to prepare or excuse: "a rehearsal for invasion", "a pretext for an attack on", "a prelude to war with". */
const PRETEXT = /\b(?:rehearsals?|preludes?|pretexts?|excuses?|preparations?|justifications?)\s+(?:of|for|to)\s+(?:(?:a|an|the|new|further|possible|renewed|wider|full-scale|direct|any)\s+){0,2}$/i;
/** An act a treaty or guarantee is said to cover, or a case provided for: "the treaty covers armed attacks on", "in the event of an attack". */
const PROVIDED_FOR = /\b(?:covers?|covered|covering|applies\s+to|apply\s+to|extends?\s+to|in\s+(?:the\s+)?(?:case|event)\s+of)\s+(?:(?:a|an|any|all|armed|possible|future)\s+){0,2}$/i;
/** A condition that follows the act in its own clause: "... unless Santiago withdraws", "... if the attacks continue". */
const HELD_OUT_ON = /^(?:(?!,\s+(?:and|but|while)\s)[^.;:!?]){0,100}?\b(?:unless|if|until|as\s+long\s+as)\s/i;
/** An act offered on request: "... if asked", "... if requested", "... at the request of". */
const ON_REQUEST = /^(?:(?!,\s+(?:and|but|while)\s)[^.;:!?]){0,100}?\b(?:if\s+(?:asked|requested|invited|needed|necessary|required)|if\s+(?:[\p{L}'’-]+\s+){1,4}(?:asks?|requests?|invites?)|at\s+the\s+request\s+of)\b/iu;
/** What a deal offers in return: "could release the sailors in return for sanctions relief". */
const IN_RETURN = /\bin\s+(?:return|exchange)\s+for\s+(?:(?!(?:is|are|was|were|has|have|had|will|would)\s)[\p{L}'’-]+\s+){0,2}$/iu;

/** The act just named is refused: "removing the sanctions is out of the question", "... has been ruled out". */
const RULED_OUT = /^(?:(?!,\s+(?:and|but|while)\s)[^.;]){0,80}?\b(?:is|are|was|were|remains?|has been|have been)\s+(?:\w+ly\s+)?(?:out of the question|not an option|off the table|ruled out|unthinkable)\b/i;

/**
 * An act scheduled or expected, the trigger right after "to" or the object of a verb of doing it:
 * "are due to begin their annual exercises", "is set to sign a pact", "was scheduled to pay a
 * visit", "are expected to hold talks" (the five-word cue window misses the frame when the object
 * is long). An effect predicted ("is expected to further strengthen the partnership") is no act scheduled.
 */
const SCHEDULED = /\b(?:is|are|am|was|were|be|been|['’]s|['’]re)\s+(?:\w+ly\s+)?(?:due|set|scheduled|slated|expected|poised|planned|going|about|tipped)\s+to\s+(?:(?:begin|start|launch|hold|conduct|stage|carry\s+out|pay|make|take|attend|join|host|open|resume|sign|deliver|send|receive|go\s+on|embark\s+on|travel\s+to|arrive\s+in|set\s+off\s+on|set\s+off\s+for|leave\s+for|depart\s+for|fly\s+(?:on\s+)?to|head\s+(?:on\s+)?to)\s+(?:(?!(?:and|but|or|while|which|who|that|after|before|when|because|although|though)\s)[\p{L}'’-]+\s+){0,5})?$/iu;

/**
 * A measure named first and held out after it: "the tariffs would take effect in December", "sanctions
 * will follow", "new duties would be imposed from March" (the modal follows the trigger, so the cues
 * before it miss it).
 */
const TAKES_EFFECT = /^["”’]?\s*[^,;:.!?"“”]{0,50}?\b(?:would|will|shall|['’]ll)\s+(?:(?:then|also|soon|only|automatically|immediately)\s+)?(?:take\s+effect|come\s+into\s+(?:force|effect)|kick\s+in|apply|follow|go\s+ahead|be\s+(?:imposed|introduced|applied|reimposed|re-imposed|tightened|raised|extended|expanded|doubled|enforced|triggered))\b/i;

/**
 * An act a party will not allow, up to the trigger: "would never allow its territory to be used to
 * attack", "will not let its airspace be used for strikes on", "does not permit its soil to serve as
 * a base for attacks": a guarantee that the act will not happen.
 */
const NOT_ALLOWED = /\b(?:not|never|n['’]t|no\s+longer|refus(?:e|es|ed|ing)\s+to)\s+(?:(?:\w+ly|ever|again)\s+)?(?:allow|let|permit|tolerate)\s+[^,;:.!?"“”]{0,90}$/i;

/** An act expected of someone named before it: "expected parliament to ", "expects the lawmakers to ". */
const EXPECTED_OF = /\b(?:expect(?:s|ed)?|anticipat(?:es|ed))\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){1,3}to\s+$/iu;

/** A meeting held, hosted or attended later, up to its noun: "will hold its first intergovernmental ", "are to host a ". */
// (SCHEDULED covers "is set to host", "are due to hold")
const FUTURE_HOLD = /\b(?:will|shall|['’]ll|(?:is|are)\s+to|plans?\s+to|intends?\s+to)\s+(?:(?:also|then|soon|now)\s+)?(?:hold|host|convene|attend|organi[sz]e|take\s+part\s+in|participate\s+in|join)\s+(?:[\p{L}-]+\s+){0,4}$/iu;

/** The purpose of a journey to come, up to its noun: "will fly on to Beijing on Tuesday for ", "is due to visit Rome next week for a ". */
const FUTURE_TRIP_FOR = /\b(?:will|would|shall|['’]ll|(?:is|are|was|were)\s+(?:(?:due|set|scheduled|expected|slated)\s+)?to|(?:plans?|planned|intends?|intended)\s+to)\s+(?:(?:also|then|soon|now|later)\s+)?(?:visit|travel|fly|go|head|come|arrive|leave|depart|set\s+off|return)\b[^.;!?]{0,80}?\bfor\s+(?:(?:a|an|the|further|more|fresh|new|official|bilateral|formal|informal|high-level|state|working|two-day|three-day|two\s+days\s+of|a\s+round\s+of)\s+){0,3}$/i;

/** What a nominal act is said to be, after it: "... are possible next year", "is unlikely before", "remains in doubt". */
const POSSIBLE_AFTER = /^[^.;:,]{0,80}?\b(?:is|are|was|were|would\s+be|will\s+be|remains?|seems?|looks?)\s+(?:still\s+|now\s+|also\s+)?(?:possible|likely|unlikely|conceivable|in\s+doubt|uncertain|not\s+ruled\s+out|on\s+the\s+cards)\b/i;

/** A conditional clause opening the sentence, up to the trigger: "Once the deal is implemented", "If X attacks". */
/** What forces are sent for when they help the state they go to: "to help restore order", "to fight the gangs", "at the request of". */
const HELPING_FORCE = /^[^;:.!?]{0,80}?(?:\bto\s+(?:help|assist|support|train|restore\s+order|fight\s+(?:the\s+|local\s+)?(?:gangs|insurgents|insurgency|jihadists|militants|rebels|terrorists|pirates))\b|\bat\s+the\s+(?:request|invitation)\s+of\b|\bpeacekeep)/i;
/** A verb that stops what its gerund names: "stop providing", "ceased supplying". */
const STOPPED = /\b(?:stop|stops|stopped|stopping|cease|ceases|ceased|ceasing|halt|halts|halted|halting)\s+$/i;
/** A verb that keeps what its object names from happening: "prevent a repeat of the attacks", "avert a war", "deter any aggression". */
const PREVENTED = /\b(?:prevent|prevents|prevented|preventing|avert|averts|averted|averting|avoid|avoids|avoided|avoiding|deter|deters|deterred|deterring)\s+(?:(?:a|an|any|the|further|future|new|more|fresh|such)\s+)?(?:(?:repeat|repetition|recurrence|renewal|resumption|escalation|outbreak)\s+of\s+(?:the\s+|such\s+|any\s+)?)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** A warning against an act: "warned Israel against launching a ground offensive", "cautioned Washington against any strike". */
const WARNED_AGAINST = /\b(?:warn|warns|warned|warning|caution|cautions|cautioned|cautioning)\s+(?:[\p{L}'’.-]+\s+){0,4}?against\s+(?:\p{Ll}+ing\s+)?(?:(?:a|an|any|the|further|new|more|such)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** "once a", "once the lasting": "once" right before the noun phrase of the act. */
const ONCE_NOUN = /\bonce\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** A present verb right after the act's noun: "is in place", "takes effect", "has been agreed". */
const PRESENT_AFTER = /^\s+(?:is|are|has|have|takes?|comes?|holds?|enters?)\b/i;
const CONDITION = /^\s*["“]?\s*(?:and\s+|but\s+|even\s+)?(once|if|unless)\b[^,;:]*$/i;

/**
 * The status of one report: negated, hypothetical, future or occurred, from the words before the
 * trigger (the lexicon's status cues), then what the rest of the sentence says about it.
 * `text` is the document text, `end` the end of the trigger's sentence.
 */
export function statusOf(lex: Lexicon, text: string, clauseLeft: string, hit: Hit, end: number): EventStatus {
  let status = cueStatus(lex, text, clauseLeft, hit);
  // "sent no aid to", "received no weapons from": a "no" inside the trigger's own words ("no fewer than 500 troops" is no negation)
  if (status === 'occurred' && /\sno\s+(?!(?:fewer|less|more)\b)/i.test(text.slice(hit.start, hit.end))) status = 'negated';
  // "would never allow its territory to be used to attack X": an act not allowed is not done
  if (status !== 'negated' && NOT_ALLOWED.test(clauseLeft.slice(-120))) status = 'negated';
  // "the tariffs would take effect in December unless ...", "sanctions will follow": a hostile measure held out
  if (status === 'occurred' && hit.rule.type && HOSTILE.has(hit.rule.type) && TAKES_EFFECT.test(text.slice(hit.end, end))) status = 'future';
  // "are due to begin their annual exercises", "is set to sign a defence pact": scheduled, not yet done
  if (status === 'occurred' && SCHEDULED.test(clauseLeft.slice(-90))) status = 'future';
  // "will hold its first intergovernmental conference with", "is to host a summit of": a meeting named as the object of a verb to come
  if (status === 'occurred' && FUTURE_HOLD.test(clauseLeft.slice(-90))) status = 'future';
  // "will fly on to Beijing on Tuesday for talks with": the talks a journey to come is for are to come
  if (status === 'occurred' && FUTURE_TRIP_FOR.test(clauseLeft.slice(-140))) status = 'future';
  // "he expected parliament to approve": an act someone expects another to do
  if (status === 'occurred' && EXPECTED_OF.test(clauseLeft.slice(-60))) status = 'future';
  // "Talks between Serbia and Montenegro are possible next year": a nominal act opening its clause, said to be possible
  if ((status === 'occurred' || status === 'future') && NOUN_OPENS.test(clauseLeft.slice(-60)) && POSSIBLE_AFTER.test(text.slice(hit.end, end))) status = 'hypothetical';
  // "would sign a trade deal and set up a joint commission": the second verb under the same modal
  if (status === 'occurred' && coordinatedFuture(clauseLeft, text.slice(hit.start, hit.end))) status = 'future';
  // "called off a planned visit", "stopped short of recalling its envoy", "has yet to send aid", "instead of sanctions": not done
  if (HELD_BACK.test(clauseLeft.slice(-80)) || INSTEAD.test(clauseLeft.slice(-40))) status = 'negated';
  // "would not lift its veto", "will not pull back from the hills": a refusal, done
  if (status === 'negated' && ((refusal(hit.rule.type, clauseLeft) && hit.rule.roles !== 'from') || (hit.rule.type === 'REJECT' && KEPT_REJECTION.test(clauseLeft.slice(-80))))) status = 'occurred';
  // "lifted restrictions on arms sales to X", "discussed launching flights", "would allow it to request aid": not done
  if ((status === 'occurred' || status === 'future') && unpromised(hit.rule.type, clauseLeft)) status = 'hypothetical';
  // "X is not asking for gifts, but rather for support": the act happens, with another object
  if (status === 'negated' && /^[^.;]*?,?\s+but\s+(?:rather|instead)\b/i.test(text.slice(hit.end, end))) status = 'occurred';
  // "a visit by the minister was called off": an act cancelled is not done
  if (CALLED_OFF.test(text.slice(hit.end, end)) || FELL_THROUGH.test(text.slice(hit.end, end)) || (status === 'future' && GIVEN_UP.test(text.slice(hit.end, end))) || (hit.rule.type !== 'REJECT' && RULED_OUT.test(text.slice(hit.end, end)))) status = 'negated';
  // "in the course of the trip both sides will review ...": the occasion of a future act is itself future
  if (status === 'occurred' && /\b(?:during|at|ahead of)\s+(?:the|our|their|his|her|its|this|that)\s+$/i.test(clauseLeft)
    // (not a verb of a relative clause: "during her visit to Manila, a step that will make it easier to train")
    && /^(?:(?!\b(?:that|which|who)\b)[^.;!?])*?\b(?:will|shall|is to|are to|is expected to|are expected to)\b/i.test(text.slice(hit.end, end))) status = 'future';
  // "Once the agreement is implemented, ...", "If X attacks, ...": an act in a conditional clause that opens the sentence
  const condition = status === 'occurred' ? CONDITION.exec(clauseLeft) : null;
  if (condition) status = condition[1]!.toLowerCase() === 'once' ? 'future' : 'hypothetical';
  // "... will not withdraw until the group has been disarmed", "ready to send observers if asked": the act of a condition clause
  if (status !== 'negated' && (conditionMid(clauseLeft) || INVERTED_CONDITION.test(text.slice(Math.max(0, hit.start - 120), hit.start)))) status = 'hypothetical';
  // "ordered the consulate to stop providing services to", "a mechanism to prevent a repeat of the attacks": an act stopped or prevented is not done
  if ((STOPPED.test(clauseLeft.slice(-30)) && /^\p{L}+ing\b/u.test(text.slice(hit.start, hit.end))) || PREVENTED.test(clauseLeft.slice(-80))) status = 'negated';
  // "warned Israel against launching a ground offensive on Rafah": what a warning is against is not done
  if (hit.rule.type && HOSTILE.has(hit.rule.type) && WARNED_AGAINST.test(clauseLeft.slice(-80))) status = 'hypothetical';
  // "ready to deploy a force once a ceasefire is in place": "once" before the act's noun phrase and a present verb after it is a condition, not "formerly"
  if (status === 'occurred' && ONCE_NOUN.test(clauseLeft.slice(-60)) && PRESENT_AFTER.test(text.slice(hit.end, end))) status = 'hypothetical';
  return status;
}

/** The report is the refusal of a cooperative act: "would not negotiate", "will not pull back". */
export function refusal(type: PloverType | null, clauseLeft: string): boolean {
  return !!type && COOPERATIVE.has(type) && REFUSAL.test(clauseLeft.slice(-60));
}

/** An act named as what a restriction is on, a topic of talks or a mere possibility: no report of the act, and no promise. */
function unpromised(type: PloverType | null, clauseLeft: string): boolean {
  const left = clauseLeft.slice(-80);
  if (RESTRICTED.test(left) || POSSIBILITY.test(left) || QUESTION.test(left) || IN_RETURN.test(left) || PROSPECT.test(left) || PRETEXT.test(left) || PROVIDED_FOR.test(left)) return true;
  // a course weighed or proposed, or any act named by a gerund, is not done; of the acts merely
  // discussed only cooperative ones are prospects ("discussed the attack" speaks of one that happened,
  // "considered the attack an act of war" regards it)
  const topic = TOPIC.exec(left);
  // ("discussed ways to expand trade and Peru released ...": a clause with a subject of its own is no topic)
  if (!topic || !type || /\band\s+\p{Lu}/u.test(topic[4]!)) return false;
  return !!topic[3] || COOPERATIVE.has(type) || (!!topic[2] && !(HOSTILE.has(type) && /\bthe\b/i.test(topic[4]!)));
}

/** The trigger stands in a condition clause of mid-sentence ("..., unless Y cooperates", "... until Y is disarmed"). */
function conditionMid(clauseLeft: string): boolean {
  const m = CONDITION_MID.exec(clauseLeft);
  if (!m || m.index === 0 || CONDITION.test(clauseLeft)) return false; // a sentence-initial condition is CONDITION's
  const word = m[1]!.toLowerCase();
  if (word !== 'until' && word !== 'till' && word !== 'once') return true;
  // "fighting went on until the truce was signed" is time, "will not withdraw until X is disarmed" a condition
  // "once a close ally", "which once invaded it": "formerly" (a condition has its subject before the act)
  if (word === 'once' && (/^once\s+(?:a|an|the|again|more|\w+ed)\b/i.test(m[0]) || /^once\s*$/i.test(m[0]))) return false;
  return HELD_OUT.test(clauseLeft.slice(Math.max(0, m.index - 80), m.index)) || OPEN_CONDITION.test(m[0]);
}

/**
 * The second of two verbs under one modal or plan: "would sign a trade deal in the coming weeks and
 * set up a joint commission", "plans to build a pipeline and open a consulate". The modal or "to"
 * reaches over "and" to a verb in its base form (a past form, "and signed", is a report of its own).
 */
const COORDINATED = /\b(?:will|would|shall|['’]ll|(?:is|are|was|were)\s+to|(?:plans?|planned|expected|intends?|intended|hopes?|hoped|aims?|aimed|agreed|promised|pledged|vowed|decided|ready|prepared|willing)\s+to)\s+(?:also\s+)?(?:not\s+)?\p{L}[\p{L}-]*\s(?:(?!(?:who|which|that|said|says|while|when|after|before|because)\s)[^,;:.!?"“”]){0,80}?\s(?:and|or)\s+(?:to\s+)?(?:also\s+)?$/iu;
const PAST_FORM = /^(?:\p{L}+ed|held|met|sent|gave|given|took|taken|made|struck|sold|bought|brought|led|left|kept|won|went|came|spoke|told|paid|began|begun|drew|flew|grew|rose|saw|seen|shot|fought|stood|sought|lent|built|spent|threw|withdrew|broke|froze|swore|wrote)$/iu;

/** The trigger is a base-form verb (no past form, no -s) coordinated with an earlier verb under a future cue ("would sign ... and set up"). */
function coordinatedFuture(clauseLeft: string, trigger: string): boolean {
  const first = trigger.split(/\s+/)[0] ?? '';
  return COORDINATED.test(clauseLeft.slice(-140)) && !PAST_FORM.test(first) && !/s$/i.test(first);
}

/** A condition opening the sentence before a threatened act: "If the attacks continue, we will ...", '"Unless Y withdraws, Z will ...'. */
const IF_FIRST = /(?:^|["“]\s*)(?:if|unless|should)\s[^;.!?]{3,160},\s*(?:[\p{L}'’]+\s+){0,6}$/iu;

/**
 * The type a report is coded as: promises, offers and plans of cooperative acts are AGREE (a
 * counterfactual, "could have received", is not); a hostile act held out ("said it would impose
 * curbs", "would tighten the blockade") is a threat; one announced as decided ("will tighten
 * controls from July") stays itself, and a mere possibility ("could attack if provoked") stays
 * hypothetical.
 */
export function typeOf(type: PloverType, status: EventStatus, clauseLeft: string, counterfactual: boolean, right = ''): PloverType {
  if (status === 'occurred' && refusal(type, clauseLeft)) return 'REJECT';
  // the act a condition names or a restriction is on is no promise or threat of the actor ("unless Y withdraws", "until Y is disarmed")
  if (status === 'hypothetical' && (CONDITION.test(clauseLeft) || conditionMid(clauseLeft) || unpromised(type, clauseLeft))) return type;
  if (COOPERATIVE.has(type) && (status === 'future' || status === 'hypothetical') && !counterfactual) return 'AGREE';
  // ("is preparing new sanctions against": measures being drawn up are held out, too)
  if (HOSTILE.has(type) && status === 'future' && /\b(?:would|preparing|prepares|drawing\s+up|draws\s+up)\s+(?:\w+\s+){0,4}$/i.test(clauseLeft.slice(-50))) return 'THREATEN';
  // "will close its border unless X withdraws": a hostile act held out on a condition is a threat
  // ('"If the smuggling does not stop, we will close our markets"': the condition may come first)
  if (HOSTILE.has(type) && status === 'future' && (HELD_OUT_ON.test(right) || IF_FIRST.test(clauseLeft))) return 'THREATEN';
  // "Islamabad could strike hideouts inside Afghanistan if the attacks continued": a possible hostile act on a condition
  if (HOSTILE.has(type) && status === 'hypothetical' && HELD_OUT_ON.test(right) && /\b(?:could|might|may)\s+(?:\p{L}+\s+){0,2}$/iu.test(clauseLeft.slice(-40))) return 'THREATEN';
  // "would send troops if asked": troops offered on request
  if (type === 'MOBILIZE' && status === 'future' && ON_REQUEST.test(right)) return 'AGREE';
  // "deployed 400 police officers to Haiti to help fight the gangs": forces sent to help the state they go to are aid
  if (type === 'MOBILIZE' && status === 'occurred' && HELPING_FORCE.test(right)) return 'AID';
  return type;
}

/**
 * The status of an act typeOf made a threat: a possible hostile act held out on a condition ("could
 * strike ... if the attacks continued") is a threat, and the threat is made: announced, like one with "would".
 */
export function threatStatus(ruleType: PloverType, type: PloverType, stated: EventStatus): EventStatus {
  return type === 'THREATEN' && ruleType !== 'THREATEN' && stated === 'hypothetical' ? 'future' : stated;
}

/** The status the lexicon's cues give, from the five words before the trigger. */
function cueStatus(lex: Lexicon, text: string, clauseLeft: string, hit: Hit): EventStatus {
  // (the month May is no modal: "on 7 May", "May 10", "in May 2024")
  // (the cues of an earlier clause do not reach over "; ", ", and ", ", but ", ", while ": "... could be arranged, and urged ...")
  const clause = clauseLeft.replace(/^[^]*(?:[;:]\s|,\s+(?:and|but|while|whereas)\s)/i, '');
  const trig = text.slice(hit.start, hit.end);
  // ("stressed that the increase is not sustainable and asked Lebanon to": a copula's negation does not reach a past verb
  // joined after its predicate by "and")
  const negatable = /^\p{Ll}+ed\b/u.test(trig) ? clause.replace(/\b(?:is|are|was|were)\s+(?:not|never)\s+(?!\p{Ll}+(?:ed|en)\s+and\s+$)(?=[^,;]*\band\s+$)/iu, '') : clause;
  // (nor is a period after "for": "discussed gas prices for next year by telephone")
  // (the month is dropped before the last words are taken: "grew in May, when X openly expressed" kept "May" without its "in")
  const window = negatable.replace(/\b\d{1,2}\s+May\b|\bMay\s+\d{1,2}\b|\b(?:in|since|until|early|late|mid|last|next|this)[\s-]+May\b/g, '').split(/\s+/).slice(-5).join(' ')
    .replace(/\bfor\s+next\s+(?:year|month|week|season|decade|quarter|winter|summer|spring|autumn)\b/gi, '');
  const test = (re: RegExp, s: string) => { re.lastIndex = 0; return re.test(s); };
  // ("not only signed but also ratified", "whether or not Togo received" are no negation)
  if (test(lex.negation, window.replace(/\bnot\s+only\b|\bor\s+not\b/gi, '')) && !test(lex.negation, trig)) return 'negated';
  // ("will be able to enter China without a visa": a capacity promised is a promise, not a possibility)
  if (test(lex.hypothetical, window.replace(/\b(will|would|shall)\s+(?:now\s+|also\s+|soon\s+)?be\s+able\s+to\b/gi, '$1'))) return 'hypothetical';
  if (hit.rule.status === 'future') return 'future'; // promises, offers, readiness
  if (hit.rule.status === 'occurred') return 'occurred'; // a state kept: "will keep its borders closed"
  if (test(lex.future, window)) return 'future';
  return 'occurred';
}

/** '"We will never accept the proposal"', "Bolivia will not accept any conditions": an acceptance refused is a rejection, done. */
export function refusedAcceptance(type: PloverType | null, trigger: string, status: EventStatus, clauseLeft: string): boolean {
  return status === 'negated' && type === 'AGREE' && /^accept/i.test(trigger)
    && /(?:\b(?:will|would|shall|can|could|cannot)\s+(?:not\s+|never\s+)?(?:ever\s+)?|won['’]t\s+|\bnever\s+)$/i.test(clauseLeft.slice(-30));
}

/**
 * "did not meet his counterpart during the summit", "did not hold talks on the sidelines": a meeting noun in a clause negated as a
 * fact is no meeting (not "won't attend the summit", which typeOf reads as a refusal).
 */
export function negatedMeetingFrame(type: PloverType | null, pos: string | null, status: EventStatus, clauseLeft: string): boolean {
  return status !== 'negated' && type === 'CONSULT' && pos === 'NOUN'
    && /(?:\b(?:did|does|do|has|have|had|was|were)\s+not|\b(?:did|does|do|has|have|had|was|were)n['’]t|\bnever)\b[^,;]*$/i.test(clauseLeft);
}

/** The words before a nominal act that opens its clause: "Talks", "The signing", "A new round of" (after a sentence start, a comma or "said (that)"). */
const NOUN_OPENS = /(?:^|[,;:]\s*|\b(?:that|said|says|announced|added|stated|where|when)\s+)(?:the|a|an)?\s*(?:(?:next|new|first|second|third|fresh|upcoming|planned|another|round|rounds|of|joint|bilateral|military|naval|official|state|working|trilateral)\s+){0,3}$/i;
/**
 * A clause's verb that schedules its nominal subject: "will take place", "will be held", "is scheduled
 * for", "are expected to be held", "is being prepared" (no past report or relative clause between).
 */
const SCHEDULED_AFTER = /^(?:(?!\b(?:which|who|that|said|says|held|took|last|ago|yesterday|earlier|was|were|has|have|had)\b)[^;:.!?,]){0,120}?\b(?:(?:will|would|shall|(?:is|are)\s+(?:(?:expected|due|set|likely|scheduled|planned|slated)\s+)?to)\s+(?:be\s+(?:held|signed|organi[sz]ed|convened|hosted|staged|conducted|launched)|take\s+place|begin|start|open|get\s+under\s*way)|(?:is|are)\s+(?:(?:now|tentatively)\s+)?(?:scheduled|planned|slated|set|due|pencil+ed|expected)\s+(?:for|in|on)|(?:is|are)\s+being\s+(?:prepared|planned|organi[sz]ed|arranged))\b/i;

/**
 * "Talks between X and Y will take place next month", "The signing ... is planned for next week": a nominal act
 * (noun, or an adjective opening it: "joint exercises") that opens its clause, whose verb schedules it, is future.
 */
export function scheduledNominal(pos: string | null, status: EventStatus, clauseLeft: string, right: string): boolean {
  return status === 'occurred' && (pos === 'NOUN' || pos === 'PROPN' || pos === 'ADJ') && NOUN_OPENS.test(clauseLeft.slice(-60)) && SCHEDULED_AFTER.test(right);
}
