// The status of an event report (negated, hypothetical, future, occurred) and the type it is
// coded as once its status is known.
import type { EventStatus, PloverType } from '../../core/types.ts';
import type { Lexicon } from './lexicon.ts';
import type { Hit } from './hits.ts';
import { COOPERATIVE, HOSTILE } from './families.ts';

/** Types whose own triggers are negative: a "not" before them does not negate the event. */
const NEGATIVE_TRIGGERS = new Set<PloverType>(['REJECT']);

/** The act just named was cancelled: "... was called off", "has been postponed". */
const CALLED_OFF = /^[^.;]{0,100}?\b(?:was|were|has been|have been|had been|is|are)\s+(?:\w+ly\s+)?(?:called off|cancell?ed|postponed|scrapped|suspended|put off|shelved)\b/i;

/** A conditional clause opening the sentence, up to the trigger: "Once the deal is implemented", "If X attacks". */
const CONDITION = /^\s*["“]?\s*(?:and\s+|but\s+|even\s+)?(once|if|unless)\b[^,;:]*$/i;

/**
 * The status of one report: negated, hypothetical, future or occurred, from the words before the
 * trigger (the lexicon's status cues), then what the rest of the sentence says about it.
 * `text` is the document text, `end` the end of the trigger's sentence.
 */
export function statusOf(lex: Lexicon, text: string, clauseLeft: string, hit: Hit, end: number): EventStatus {
  let status = cueStatus(lex, text, clauseLeft, hit);
  // "X is not asking for gifts, but rather for support": the act happens, with another object
  if (status === 'negated' && /^[^.;]*?,?\s+but\s+(?:rather|instead)\b/i.test(text.slice(hit.end, end))) status = 'occurred';
  // "a visit by the minister was called off": an act cancelled is not done
  if (CALLED_OFF.test(text.slice(hit.end, end))) status = 'negated';
  // "in the course of the trip both sides will review ...": the occasion of a future act is itself future
  if (status === 'occurred' && /\b(?:during|at|ahead of)\s+(?:the|our|their|his|her|its|this|that)\s+$/i.test(clauseLeft)
    && /^[^.;!?]*?\b(?:will|shall|is to|are to|is expected to|are expected to)\b/i.test(text.slice(hit.end, end))) status = 'future';
  // "Once the agreement is implemented, ...", "If X attacks, ...": an act in a conditional clause that opens the sentence
  const condition = status === 'occurred' ? CONDITION.exec(clauseLeft) : null;
  if (condition) status = condition[1]!.toLowerCase() === 'once' ? 'future' : 'hypothetical';
  return status;
}

/**
 * The type a report is coded as: promises, offers and plans of cooperative acts are AGREE (a
 * counterfactual, "could have received", is not); a hostile act held out ("said it would impose
 * curbs", "would tighten the blockade") is a threat; one announced as decided ("will tighten
 * controls from July") stays itself, and a mere possibility ("could attack if provoked") stays
 * hypothetical.
 */
export function typeOf(type: PloverType, status: EventStatus, clauseLeft: string, counterfactual: boolean): PloverType {
  if (COOPERATIVE.has(type) && (status === 'future' || status === 'hypothetical') && !counterfactual) return 'AGREE';
  if (HOSTILE.has(type) && status === 'future' && /\bwould\s+(?:\w+\s+){0,4}$/i.test(clauseLeft.slice(-50))) return 'THREATEN';
  return type;
}

/** The status the lexicon's cues give, from the five words before the trigger. */
function cueStatus(lex: Lexicon, text: string, clauseLeft: string, hit: Hit): EventStatus {
  // (the month May is no modal: "on 7 May", "May 10", "in May 2024")
  const window = clauseLeft.split(/\s+/).slice(-5).join(' ').replace(/\b\d{1,2}\s+May\b|\bMay\s+\d{1,2}\b|\b(?:in|since|until|early|late|mid|last|next|this)[\s-]+May\b/g, '');
  const trig = text.slice(hit.start, hit.end);
  const test = (re: RegExp, s: string) => { re.lastIndex = 0; return re.test(s); };
  if (!(hit.rule.type && NEGATIVE_TRIGGERS.has(hit.rule.type)) && test(lex.negation, window) && !test(lex.negation, trig)) return 'negated';
  if (test(lex.hypothetical, window)) return 'hypothetical';
  if (hit.rule.status === 'future') return 'future'; // promises, offers, readiness
  if (test(lex.future, window)) return 'future';
  return 'occurred';
}
