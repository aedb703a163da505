// Trigger matches of one sentence: every lexicon rule's matches, overlaps resolved (the earlier
// match wins, then a veto anchored at the same word, then the longer, then the more confident),
// then governing triggers merged with what they govern ("threatened to shell" is one THREATEN,
// "agreed to sign" one AGREE, "accused X of attacking Y" one ACCUSE).
import type { PloverType, Token } from '../../core/types.ts';
import { MONTH_NAME } from '../../core/calendar.ts';
import { candidateRules, commonText, foldText, type Lexicon, type Rule } from './lexicon.ts';
import { FRIENDLY, GOVERNING, HOSTILE } from './families.ts';
import { COMPLAINT_REASON_OPENERS } from './openers.ts';
import { PASSIVE, SPEECH_PARTICIPLE } from './actors.ts';

/** What a signed document provides for is its content, not another event: "treaties providing for military assistance". */
const PROVIDES = String.raw`provid(?:es|ing)\s+for|envisag\w*|stipulat\w*|commit(?:s|ting)\s+(?:\w+\s+){0,3}to|oblig(?:es|ing|ates)\s+(?:\w+\s+){0,3}to`;
const CONTENT_CUE = new RegExp(String.raw`\b(?:${PROVIDES}|provisioning\s+for|under\s+which)\b`, 'i');
/** The same, right before a trigger: "commits the two states to", "provides for". */
export const CONTENT_BEFORE = new RegExp(String.raw`\b(?:${PROVIDES})\s+$`, 'i');

/** A clause of its own after a governing trigger: "... after the army shot down ...", "and Athens accused ..." ("condemned X as a violation" is no clause); "during a visit to ..." frames the act, it is not its content. */
const TIME_CLAUSE = /\b(?:after|before|when|while|because|since|following|amid|during)\s|\bas\s(?!an?\s|["“])|\band\s+(?:said|says|warned|added|insisted|stressed|announced)\b/i;
/** A time clause set off by a comma, with a subject of its own: what follows it is no content of the act before ("agreed to raise ties, as Yoon began a state visit"). */
const TIMED_CLAUSE = /,\s*(?:as|when|after|before)\s+(?:\p{Lu}|(?:he|she|they|it|we|the)\s)/u;
/** A verb in the past tense opening a trigger: after "and", a second act of the same subject ("recalled its ambassador and told ..."). */
const PAST_VERB = /^(?:\p{L}+ed|told|sent|met|gave|took|made|shot|struck|held|withdrew|broke|froze|left|began|fought|sought|drew|brought|bought|sold)\b/iu;
/** After "and", a trigger that is a second act of the same subject: a past tense, or a gerund after a gerund ("by recalling its envoys and closing its airspace"). */
const secondAct = (governing: string, next: string) => PAST_VERB.test(next) || (GERUND.test(governing) && GERUND.test(next));
const GERUND = /^\p{L}+ing\b/iu;
/** "and", or "and" and a time phrase ("and in April 2024", "and later"), ending the gap before a second act. */
const AND_THEN = new RegExp(String.raw`\band\s+(?:(?:in|on|by|since)\s+(?:early\s+|late\s+|mid-)?(?:${MONTH_NAME}(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{4})\s+|(?:last|the\s+following|the\s+next)\s+(?:week|month|year)\s+|(?:later|then|subsequently|afterwards|also|eventually)\s+)?$`, 'i');
/** The gap ends in "and" and the next trigger is a second act of the same subject ("committed to the path and thanked Brussels", "and in April 2024 expelled"). */
const andSecondAct = (gap: string, governing: string, next: string) => AND_THEN.test(gap) && secondAct(governing, next);
/** A case or complaint filed, after the one who filed it: "(Gambia) filed in May", "(Guyana) had lodged". */
export const FILED = String.raw`(?:had\s+|has\s+|have\s+)?(?:filed|lodged|brought|submitted|launched|instituted)\b`;
/** A filed case's relative clause with its filer's name, before the charge: "(a case) Gambia filed in May (accusing)". */
const FILED_BY_NAME = new RegExp(String.raw`^\s+(?:that\s+|which\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4}${FILED}`, 'u');

/** A clause with a subject of its own before a trigger: "and Athens accused", ", which Lima denied", ", a charge Quito rejected". */
const NEW_SUBJECT = /(?:\band|,\s*(?:which|an?\s+(?:charge|claim|accusation|allegation|request|demand|call|offer|proposal|plea|appeal|move|step|decision)))\s+(?:the\s+)?\p{Lu}[\p{L}'’-]+\s+\S*$/u;
/** A flow named, then said to be stopped: " Slovakia had been halted", " were suspended in May". */
const HALTED_AFTER = /^\s*(?:[\p{L}'’-]+\s+){0,4}?(?:(?:had|has|have)\s+been|was|were)\s+(?:(?:largely|completely|fully|partly|temporarily|abruptly)\s+)?(?:halted|suspended|stopped|cut(?:\s+off)?|interrupted|blocked|frozen|banned)\b/u;
/** A commemorated act: "marking the 80th anniversary of the ...". */
const ANNIVERSARY = /\banniversar(?:y|ies)\s+of\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:(?!(?:and|or|but|which|that|who)\s)[\p{L}'’-]+\s+){0,4}$/iu;
/** Goods of an act named before, named again: ", delivered on a tanker", "which were shipped through", ", the first shipment arriving", "as humanitarian aid". */
const SAME_GOODS = /^(?:delivered|shipped|shipping|sent|transported|flown|trucked|supplied|arriving|arrived|shipments?|consignments?|cargo|batch|humanitarian|aid|assistance)\b/i;
const GOODS_BEFORE = /(?:,\s*|\b(?:which|that)\s+(?:were|was|had\s+been|have\s+been|has\s+been|are|is)\s+|,\s*(?:much|most|part|some|all|half|a\s+third)\s+of\s+(?:it|them)\s+(?:was\s+|were\s+)?|,\s*the\s+(?:first|last|second)\s+(?:(?:shipment|consignment|batch|cargo)\s+)?|\bas\s+)(?:\p{Ll}+ly\s+)?$/u;
/** A name and its own past-tense verb after a noun: "a request Caracas ignored", "a demand Tokyo has so far resisted" (a clause of its own, not the content). */
const REDUCED_RELATIVE = /^\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s+(?:(?:has|had|have)\s+)?(?:(?:so\s+far|long|also|again|once\s+again|already|still|\p{Ll}+ly)\s+)?$/u;
/** A clause set off by commas between a request and its content: "asked X, which chairs the truce committee, to ...". */
const ASIDE = /^[^,;.:!?"“”]{1,60},\s+[^,;.:!?"“”]{1,100},\s+(?=to\s)/;
/** The names a request is addressed to, listed with commas: "urged Chile, Peru and Bolivia to ...". */
const NAME = String.raw`(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+|the\s+)?\p{Lu}[\p{L}'’.-]*){0,3}`;
const NAME_LIST = new RegExp(String.raw`^\s+${NAME}(?:,\s+${NAME}){0,4},?\s+(?:and|or)\s+${NAME}\s+(?=to\s)`, 'u');
/** A reason clause that names an act, up to the next trigger: "over a Turkish air strike that", "in response to the". */
const COMPLAINT_REASON = new RegExp(String.raw`\b(?:${COMPLAINT_REASON_OPENERS})\s+(?:an?|the|its|their|last\s+\p{L}+['’]s|this\s+\p{L}+['’]s)\s+(?:[\p{L}-]+\s+){0,4}(?:(?:that|which)\s+(?:had\s+)?)?$`, 'iu');
/** Punctuation that ends the clause a governing trigger takes as its content. */
const CLAUSE_BREAK = /[,;.:!?]|\s-{1,2}\s|[—–]/;
/** A comma before the next act of a list a request asks for: "to withdraw its troops, halt the shelling and resume talks". */
const LISTED_ACT = /,\s+(?=(?:and\s+|or\s+)?(?:halt|stop|end|cease|withdraw|pull|release|free|return|resume|respect|allow|open|reopen|lift|refrain|protect|ensure|hold|engage|exercise|abide|implement|restore|pay|grant|avoid|negotiate|comply|dismantle|disarm)\s)/gi;
/** Whether the words between a governing trigger's content and the next trigger end that content. */
const contentBreak = (gap: string) => CLAUSE_BREAK.test(gap.replace(LISTED_ACT, ' '));

/** A hostile act announced as an intent ("prepared to impose a curfew") is a threat. */
const THREAT_RULE: Rule = {
  type: 'THREATEN', pattern: '<intent> + <hostile act>', re: /$^/, mode: null, roles: 'subject', w: 0.75, status: null, pos: null, needsPerson: false,
};

/** A verb that reports speech: the speaker of a threat it introduces is the one who threatens. */
const REPORT_WORDS = String.raw`said|says|saying|told|tells|telling|warned|warns|warning|vowed|vows|vowing|declared|declares|stated|states|insisted|insists|added|adds|swore|swears|cautioned|cautions|threatened|threatens|stressed|stresses|made\s+(?:it\s+)?clear|promised|promises|pledged|pledges`;
const REPORT_VERB = new RegExp(String.raw`\b(?:${REPORT_WORDS})\b(?:\s+that\b)?`, 'gi');
/** A threat phrase that is itself a speech act (or an adjective of an act), not the content of one. */
const SELF_THREAT = /^(?:warn|threat|vow|swor|swear|retaliatory|ultimatum)/i;
/** What may stand between a reporting verb and the threat it reports: one clause, no break and no new clause. */
const REPORTED = /^[^,;:.!?]{0,140}$/;
/** A threat phrase whose subject is the one threatened or the act answered ("would pay a price", "will not go unanswered", "would be met with a response"). */
const THREATENED_SUBJECT = /\b(?:pay|paying|bear|suffer|face|expect|unanswered|unpunished|without|met|answered|greeted|draw|provoke|trigger|invite)\b/i;
/** A reporting verb with its addressee before the content: "warned Seoul and Washington that", "told Israel that". */
const ADDRESSED = /^\s+(?!that\b)[^,;:.!?]{1,60}?\bthat\b/i;
/** After a quoted threat, its speaker and reporting verb: "', the spokeswoman stressed", "', Maria Zakharova said". */
const SPEAKER_AFTER = new RegExp(String.raw`^(["”']?\s*,\s*["”']?\s*(?:the\s+)?(?:[\p{L}.'’-]+\s+){1,6}?)(${REPORT_WORDS})\b`, 'u');
const NEW_CLAUSE = /\b(?:but|while|whereas|although|though|because|after|before|when|since|and\s+(?:said|says|warned|added))\b/i;

/**
 * "Tehran said Washington would pay a heavy price", "Kabul vowed that this aggression will not go
 * unanswered", "warned Seoul that the North would take countermeasures": the threat phrase is the
 * content of what the speaker says. When the phrase's subject is the one threatened or the act
 * answered, or the speaker addresses a party first, the threat is the speaker's: it is moved to the
 * reporting verb (its subject is the actor, whom it addresses or names next the recipient), and what
 * it covers, the vow or the act the threat is about, is no event of its own. ("said Moscow will take
 * countermeasures" keeps Moscow, the subject of the phrase, as the actor.)
 */
function reportedThreats(hits: Hit[], text: string, base: number): Hit[] {
  const out = hits.slice();
  for (let i = out.length - 1; i >= 0; i--) {
    const h = out[i]!;
    if (h.rule.type !== 'THREATEN' || SELF_THREAT.test(text.slice(h.start - base, h.end - base))) continue;
    const left = text.slice(0, h.start - base);
    let verb: RegExpExecArray | null = null;
    REPORT_VERB.lastIndex = 0;
    for (let m = REPORT_VERB.exec(left); m; m = REPORT_VERB.exec(left)) verb = m;
    // ("Australia's move 'will not go unanswered', the spokeswoman stressed": the speaker after the quote threatens)
    const after = verb ? null : THREATENED_SUBJECT.test(text.slice(h.start - base, h.end - base)) ? SPEAKER_AFTER.exec(text.slice(h.end - base)) : null;
    if (after) {
      const start = h.end + after.index + after[1]!.length;
      const moved: Hit = { rule: h.rule, start, end: start + after[2]!.length };
      out.splice(i, 1, moved);
      out.sort((a, b) => a.start - b.start);
      continue;
    }
    if (!verb) continue;
    const between = left.slice(verb.index + verb[0].length);
    if (!REPORTED.test(between) || NEW_CLAUSE.test(between)) continue;
    // "said Moscow will take countermeasures": a threat phrase whose subject threatens keeps it as the actor,
    // unless the speaker addresses a party first ("warned Seoul that the North would take countermeasures")
    if (!THREATENED_SUBJECT.test(text.slice(h.start - base, h.end - base)) && !ADDRESSED.test(between)) continue;
    const start = base + verb.index;
    // (a "warned that" trigger already governs its content)
    if (out.some((k) => k.start === start && k.rule.type === 'THREATEN')) continue;
    const moved: Hit = { rule: h.rule, start, end: h.end };
    const rest = out.filter((k) => k.end <= start || k.start >= h.end);
    rest.push(moved);
    rest.sort((a, b) => a.start - b.start);
    out.splice(0, out.length, ...rest);
    i = out.indexOf(moved);
  }
  return out;
}

/** A warning that is a criticism of the other side, not a threat of the speaker's. */
const CRITICISM_RULE: Rule = {
  type: 'ACCUSE', pattern: '<warning> + <criticism>', re: /$^/, mode: null, roles: 'subject', w: 0.6, status: null, pos: null, needsPerson: false,
};
const MODAL = /\b(?:would|could|will|shall|may|might|must|can|cannot|won['’]t|wouldn['’]t)\b|['’]ll\b/i;
/** A harm done to peace, ties or the region (no act of the speaker): "would hurt ties", "could destabilise the region". */
const HARM = /\b(?:would|could|will|may|might|can)\s+(?:(?:only|further|seriously|badly|severely|gravely|also)\s+)?(?:hurt|harm|damage|undermine|jeopardi[sz]e|endanger|destabili[sz]e|threaten|complicate|sour|poison|worsen|aggravate|inflame|fuel|erode|undercut|strain|deepen\s+the\s+crisis|escalate\s+tensions|raise\s+tensions|increase\s+tensions|heighten\s+tensions)\b/i;

/** A harm stated as done or doing: "the drills threaten regional peace", "the dam endangers millions", "the move violates the accord". */
const HARM_DONE = /\b(?:threaten(?:s|ed|ing)?|hurt(?:s|ing)?|harm(?:s|ed|ing)?|damag(?:e|es|ed|ing)|undermin(?:e|es|ed|ing)|jeopardi[sz](?:e|es|ed|ing)|endanger(?:s|ed|ing)?|destabili[sz](?:e|es|ed|ing)|violat(?:e|es|ed|ing)|provok(?:e|es|ed|ing)|provocation|escalat(?:e|es|ed|ing)|inflam(?:e|es|ed|ing)|fuel(?:s|ed|led|ing|ling)?|poison(?:s|ed|ing)?|erod(?:e|es|ed|ing)|risk(?:s|ed|ing)?|dangerous|reckless|aggressive|hostile|illegal|unacceptable)\b/i;

/**
 * "Beijing warned that the drills threaten regional peace", "warned that the move would hurt ties":
 * a warning whose content holds no act of the speaker held out (a statement of what the other side
 * does, with no modal, or a harm its act would do) is a criticism of that side, not a threat. A warning
 * of a measure, a response or a loss the other side would suffer stays a threat; one that names neither
 * a measure, a harm nor a party ("warned that financing was still uncertain") is no event (null).
 */
function warningKind(h: Hit, hits: readonly Hit[], text: string, base: number): Hit | null {
  if (h.rule.type !== 'THREATEN' || !/^warn\w*\s+that$/i.test(text.slice(h.start - base, h.end - base))) return h;
  const rest = text.slice(h.end - base);
  const content = rest.slice(0, /[;.!?]|,\s+(?:and|but|while)\s/.exec(rest)?.index ?? rest.length);
  const end = h.end + content.length;
  // a hostile act or a threat phrase in the content: a threat
  if (hits.some((k) => k.start >= h.end && k.start < end && k.rule.type && (HOSTILE.has(k.rule.type) || k.rule.type === 'THREATEN' && !/^threat/i.test(text.slice(k.start - base, k.end - base)) || k.rule.type === 'MOBILIZE'))) return h;
  // (a party named or referred to: "Norwegian vessels could lose", "it would block", "Berlin was drawing itself ...")
  const party = /\b\p{Lu}\p{Ll}|\b(?:it|we|they|he|she)\b/u.test(content);
  // a measure or loss held out for a party is a threat ("the rains would come late" is none)
  // (or on a condition: "further raids would follow if ...")
  if (MODAL.test(content) && !HARM.test(content)) return party || /\b(?:if|unless|until|should)\b/i.test(content) ? h : null;
  // a harm the other side's act does is a criticism; a warning that names none ("warned that financing
  // was still uncertain") is no act between states
  if (!HARM.test(content) && !HARM_DONE.test(content) && !party) return null;
  return { rule: CRITICISM_RULE, start: h.start, end: h.end };
}

/**
 * A truce, ceasefire or deal a third party brokered, mediated, monitors or guarantees: "which brokered a
 * short-lived truce between the two sides", "mediated a ceasefire between X and Y", "helped negotiate a
 * peace deal", "which chair the committee monitoring the truce", "the guarantors of the ceasefire".
 * The broker is no party to it, so the truce or deal is not an act of the broker's: it names what the
 * mediation was about (a mediation itself is reported by its own trigger).
 */
const BROKERED = /\b(?:broker(?:ed|s|ing)?|mediat(?:ed|es|ing)|help(?:ed|s|ing)?\s+(?:to\s+)?(?:negotiate|broker|mediate|secure)|monitor(?:ed|s|ing)?|overse(?:e|es|eing|en)|oversaw|supervis(?:e|ed|es|ing)|guarantee(?:d|s|ing)?|guarantors?\s+of)\s+(?:(?!(?:with|and|but|which|who|that)\s)[\p{L}\d'’-]+\s+){0,3}$/iu;
/** A signing overseen or supervised: "oversaw the signing of", "supervised the signing ceremony". */
const OVERSEEN_SIGNING = /\b(?:overse(?:e|es|eing|en)|oversaw|supervis(?:e|ed|es|ing))\s+the\s+sign(?:ing|ature)\b/i;
const BROKERED_ACT: ReadonlySet<PloverType | null> = new Set<PloverType | null>(['RETREAT', 'AGREE', 'SUPPORT']);

/**
 * A hostile act that the clause's subject faced, suffered or was hit by, with no author named: "Latvia
 * and Poland, which have faced similar balloon incursions", "Estonia, which has endured repeated
 * cyberattacks". The subject is the target, not the author, and no author is named, so it is no act
 * between states ("faced ramming by Chinese vessels", "hit by Russian strikes" name theirs).
 */
export const UNDERGONE = /\b(?:fac(?:ed|es|ing)|suffer(?:ed|s|ing)?|endur(?:ed|es|ing)|experienc(?:ed|es|ing)|weather(?:ed|s|ing)?|withst(?:ood|and|ands|anding)|(?:been|be|being|was|were|is|are)\s+(?:(?:hardest|hard|badly|also|already|directly|most)\s+)?(?:hit|targeted|struck|battered|affected|penali[sz]ed)\s+(?:(?:hard|badly|directly)\s+)?(?:by|with)|c(?:a|o)me\s+under|subjected\s+to|the\s+targets?\s+of|victims?\s+of)\s+(?:[\p{Ll}\d-]+\s+){0,3}$/u;
/** Fighting is mutual: the subjects who "suffered deadly border clashes" are its parties. */
const MUTUAL_FIGHT = /clash|fight|fought|battl|skirmish|hostilit|\bwars?\b/i;
const AUTHOR_AFTER = /^[^,;.:!?]{0,30}?\b(?:by|from)\s+(?:the\s+)?\p{Lu}/u;

/** What stands between a request and the "to" of its content when commas set it off (an aside, a list of names), or null. */
function asideOf(rest: string): string | null {
  const list = NAME_LIST.exec(rest)?.[0];
  return ASIDE.exec(rest)?.[0] ?? (list && list.includes(',') ? list : null);
}

export interface Hit {
  rule: Rule;
  start: number;
  end: number;
}

/** The index after an empty match at `i` (one code point on, as matchAll steps in unicode mode). */
function nextIndex(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
}

/** The token that covers a document offset, or null (tokens in document order). */
export function tokenAt(tokens: readonly Token[], offset: number): Token | null {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]!;
    if (t.end <= offset) lo = mid + 1;
    else if (t.start > offset) hi = mid - 1;
    else return t;
  }
  return null;
}

/**
 * The trigger matches of one sentence (`text` at document offset `base`). With the document's
 * `tokens`, a rule whose `pos` the first matched token lacks does not apply, and so, like a rule
 * whose `needs` fails, takes no words from the rules it overlaps.
 */
/** Whether a hit is a figure stated in a relative clause ("bilateral trade, which stood at $1 billion"): a fact, no content of an intent before it. */
const statedFigure = (h: Hit, text: string, base: number) => !!h.rule.inPassing && /,\s*(?:which|that)\s/i.test(text.slice(h.start - base, h.end - base));

export function findHits(lex: Lexicon, text: string, base: number, tokens?: readonly Token[]): Hit[] {
  const all: Hit[] = [];
  // (a rule for the verb "met" that meets a noun leaves the words to the readings it overlaps)
  const add = (rule: Rule, start: number, end: number) => {
    if (rule.pos && tokens) {
      const t = tokenAt(tokens, start);
      if (t && t.pos !== rule.pos) return;
    }
    all.push({ rule, start, end });
  };
  // (a sentence of common characters runs each rule's fast regex: the same matches)
  const common = commonText(text);
  // only the rules one of whose needles occurs in the sentence can match, in lexicon order
  for (const rule of candidateRules(lex.rules, foldText(text))) {
    // a rule whose `needs` the sentence lacks does not apply, and so takes no words from the rules it overlaps
    const needs = common && rule.needsFast ? rule.needsFast : rule.needs;
    if (needs && !needs.test(text)) continue;
    const re = common && rule.fast ? rule.fast : rule.re;
    re.lastIndex = 0;
    // (exec on the rule's own regex: matchAll would clone it, and the clone may need compiling again)
    for (let m = re.global ? re.exec(text) : null; m; m = re.exec(text)) {
      if (!m[0]) { re.lastIndex = nextIndex(text, re.lastIndex, re.unicode); continue; }
      add(rule, base + m.index, base + m.index + m[0].length);
    }
    if (!re.global) for (const m of text.matchAll(re)) if (m[0]) add(rule, base + m.index!, base + m.index! + m[0].length);
  }
  // overlapping matches: the earlier one wins (the verb heads its object), then the longer, then a veto, then the more confident rule
  // (a veto anchored at the same word as a trigger wins even when shorter: "supply chains to")
  all.sort((a, b) => a.start - b.start || (a.rule.type === null ? -1 : b.rule.type === null ? 1 : 0) || (b.end - b.start) - (a.end - a.start) || b.rule.w - a.rule.w);
  const kept: Hit[] = [];
  for (const h of all) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  kept.sort((a, b) => a.start - b.start);
  const found = reportedThreats(kept, text, base);
  kept.splice(0, kept.length, ...found.map((h) => warningKind(h, found, text, base)).filter((h): h is Hit => h !== null)
    .filter((h) => !(BROKERED_ACT.has(h.rule.type) && BROKERED.test(text.slice(Math.max(0, h.start - base - 60), h.start - base))
      // ("Xi and To Lam oversaw the signing of 45 agreements": leaders who oversee or supervise a signing witness their own)
      && !(h.rule.type === 'SUPPORT' && OVERSEEN_SIGNING.test(text.slice(Math.max(0, h.start - base - 40), h.end - base)))))
    .filter((h) => !(h.rule.type && HOSTILE.has(h.rule.type) && h.rule.type !== 'FIGHT' && h.rule.roles !== 'mutual' && !MUTUAL_FIGHT.test(text.slice(h.start - base, h.end - base))
      && UNDERGONE.test(text.slice(Math.max(0, h.start - base - 60), h.start - base))
      && !AUTHOR_AFTER.test(text.slice(h.end - base))))
    // ("the parade marking the 80th anniversary of Japan's surrender": a war, a surrender or an attack commemorated is not
    // reported; the anniversary of ties or a treaty still speaks of them, as news-dev codes "20 years of diplomatic relations")
    .filter((h) => !(h.rule.type && h.rule.type !== 'SUPPORT' && ANNIVERSARY.test(text.slice(Math.max(0, h.start - base - 60), h.start - base))))
    // ("gas supplies to Slovakia had been halted": a flow named as stopped is no cooperation carried out)
    .filter((h) => !((h.rule.type === 'COOPERATE' || h.rule.type === 'AID') && HALTED_AFTER.test(text.slice(h.end - base, h.end - base + 80)))));
  // ("donated fuel to the Lebanese army, delivered on a tanker ...": the goods of an aid or trade just named, named again, are no second aid)
  let supplied = false;
  kept.splice(0, kept.length, ...kept.filter((h) => {
    const again = supplied && h.rule.type === 'AID' && SAME_GOODS.test(text.slice(h.start - base, h.end - base))
      && GOODS_BEFORE.test(text.slice(Math.max(0, h.start - base - 40), h.start - base));
    if (h.rule.type === 'AID' || h.rule.type === 'COOPERATE') supplied = true;
    return !again;
  }));
  // A trigger that governs the next one ("threatened to shell", "refused to allow", "agreed to
  // sign", "decided to break off ties") makes one event: the attitude for threats, refusals and
  // requests, the act itself when an intent verb governs a conflictual act.
  const out: Hit[] = [];
  for (let i = 0; i < kept.length; i++) {
    const a = kept[i]!;
    const b = kept[i + 1];
    const prev = out[out.length - 1];
    if (prev && prev.rule.type === 'SUPPORT' && a.rule.type !== null
      && CONTENT_CUE.test(text.slice(prev.end - base, a.end - base)) && !/[;.!?]/.test(text.slice(prev.end - base, a.start - base))) continue;
    if (a.rule.type === null || !b || b.rule.type === null) { out.push(a); continue; }
    const between = text.slice(a.end - base, b.start - base);
    // "asked X and Y, which chair the truce committee, to press Z to halt the attacks", "urged X, Y and Z to
    // withdraw": the aside keeps its own triggers, what follows it is the content of the request
    const aside = GOVERNING.has(a.rule.type) ? asideOf(text.slice(a.end - base, a.end - base + 200)) : null;
    if (aside) {
      const to = a.end + aside.length;
      out.push(a);
      while (kept[i + 1] && kept[i + 1]!.start < to) out.push(kept[++i]!);
      while (kept[i + 1] && kept[i + 1]!.start - to <= 80 && !contentBreak(text.slice(to - base, kept[i + 1]!.start - base))
        && !TIME_CLAUSE.test(text.slice(to - base, kept[i + 1]!.start - base))) i++;
      continue;
    }
    // "prepared to resume shelling": the preparation is the event, the act prepared is its content
    if (a.rule.type === 'MOBILIZE' && /^prepar/i.test(text.slice(a.start - base, a.end - base)) && between.length <= 30 && !/[,;.:!?]/.test(between)) {
      out.push(a);
      i++;
      continue;
    }
    // ("Lima's decision to reopen the border was praised by Santiago": a verb after a passive auxiliary is the clause's own, not the content)
    // ("remained committed to the European path and thanked Brussels": after "and", a past tense is a second act of the subject)
    // (", as Yoon began a state visit": a time clause with its own subject is no content either)
    // ("agreed to raise bilateral trade, which stood at $1 billion in 2022": the figure stated is a fact of its own)
    if (statedFigure(b, text, base)) { out.push(a); continue; }
    if (a.rule.type === 'AGREE' && FRIENDLY.has(b.rule.type) && between.length <= 90 && !/[;.:!?]|\b(?:but|while|which|who|that|during|amid)\b/.test(between) && !TIMED_CLAUSE.test(between) && !PASSIVE.test(between)
      && !andSecondAct(between, text.slice(a.start - base, a.end - base), text.slice(b.start - base, b.end - base))) {
      out.push(a);
      while (kept[i + 1] && kept[i + 1]!.rule.type && FRIENDLY.has(kept[i + 1]!.rule.type!) && !statedFigure(kept[i + 1]!, text, base) && kept[i + 1]!.start - a.end <= 90
        && !/[;.:!?]/.test(text.slice(a.end - base, kept[i + 1]!.start - base)) && !PASSIVE.test(text.slice(a.end - base, kept[i + 1]!.start - base))
        && !TIMED_CLAUSE.test(text.slice(a.end - base, kept[i + 1]!.start - base))
        // (", and a Russian minister signed ...": a clause with a subject of its own is no longer the content; ", and to build" still is)
        && !/,\s+and\s+(?!to\b)/i.test(text.slice(a.end - base, kept[i + 1]!.start - base))
        && !andSecondAct(text.slice(a.end - base, kept[i + 1]!.start - base), text.slice(a.start - base, a.end - base), text.slice(kept[i + 1]!.start - base, kept[i + 1]!.end - base))) i++; // the intended acts are the content of the AGREE
      continue;
    }
    // "alleging that some countries were supporting Russia": the content of an accusation, a
    // demand or a denial is no event of its own, up to the end of the sentence
    if (GOVERNING.has(a.rule.type) && /(?:^|\s)that\s*$/i.test(text.slice(a.start - base, a.end - base) + (/^\s+that\b/i.exec(text.slice(a.end - base))?.[0] ?? ''))) {
      out.push(a);
      // ... up to a coordinated clause with a subject of its own ("and Athens accused Ankara")
      while (kept[i + 1] && kept[i + 1]!.rule.type && !/[;.!?]/.test(text.slice(a.end - base, kept[i + 1]!.start - base))
        && !NEW_SUBJECT.test(text.slice(a.end - base, kept[i + 1]!.start - base))
        // (the speaker's own next speech act after a comma: "demanded that Kyiv restore ..., warning that Budapest would ...")
        && !(/,\s*$/.test(text.slice(a.end - base, kept[i + 1]!.start - base)) && SPEECH_PARTICIPLE.test(text.slice(kept[i + 1]!.start - base, kept[i + 1]!.end - base)))) i++;
      continue;
    }
    // ("summoned the Turkish envoy over a Turkish air strike that killed four civilians": a hostile act
    // given as the reason of a complaint is a reported fact, not its content)
    const reason = (a.rule.type === 'ACCUSE' || a.rule.type === 'DISAPPROVE') && HOSTILE.has(b.rule.type)
      && COMPLAINT_REASON.test(between)
      && (/\b(?:that|which)\s+(?:had\s+)?$/i.test(between) && /^(?:killed|wounded|injured|destroyed|damaged)\b/i.test(text.slice(b.start - base, b.end - base))
        || /^[^,;.]{0,40}?\b(?:that|which)\s+(?:had\s+)?(?:killed|wounded|injured|destroyed|damaged|hit|struck)\b/i.test(text.slice(b.end - base, b.end - base + 60)));
    // ("threw out a case Gambia filed in May accusing Myanmar": the charge of a case a state filed is its own act, not the content)
    if (GOVERNING.has(a.rule.type) && !reason && !FILED_BY_NAME.test(between) && between.length <= 80 && !CLAUSE_BREAK.test(between) && !(REDUCED_RELATIVE.test(between) && /^\p{L}+ed\b/u.test(text.slice(b.start - base, b.end - base))) && !/\b(?:but|while|which|who|and (?:has|have|had|is|was))\b/.test(between) && !TIME_CLAUSE.test(between)) {
      out.push(a);
      // everything the refusal, threat or request is about, up to the end of its clause
      while (kept[i + 1] && kept[i + 1]!.start - a.end <= 80 && !contentBreak(text.slice(a.end - base, kept[i + 1]!.start - base))
        && !TIME_CLAUSE.test(text.slice(a.end - base, kept[i + 1]!.start - base))
        && !andSecondAct(text.slice(a.end - base, kept[i + 1]!.start - base), text.slice(a.start - base, a.end - base), text.slice(kept[i + 1]!.start - base, kept[i + 1]!.end - base))) i++;
      continue;
    }
    if (between.length > 30 || /[,;.:!?]/.test(between)) { out.push(a); continue; }
    if (a.rule.type === 'AGREE') {
      // an intent to do a hostile act: readiness or a plan is a threat, a decision is the act itself
      if (/\sfor$/i.test(text.slice(a.start - base, a.end - base))) {
        // "prepared for a possible attack": bracing for the other's act, which keeps its own status
        continue;
      } else if (/^(?:ready|prepared|willing|plan|intend|vow|promis|pledg|readiness|willingness)/i.test(text.slice(a.start - base, a.end - base))) {
        // (readiness to send observers or investigators is an offer)
        out.push(HOSTILE.has(b.rule.type) || b.rule.type === 'MOBILIZE' ? { rule: THREAT_RULE, start: a.start, end: b.end } : a);
        i++;
      } else if (/^(?:will|would|shall)\s+(?:not|never)\b/i.test(text.slice(a.start - base, a.end - base))) {
        out.push(a); // "will not allow its territory to be used to attack": a pledge, the act it rules out is its content
        i++;
        continue;
      } else if ((b.rule.type === 'MOBILIZE' || b.rule.type === 'INVESTIGATE') && /^offer/i.test(text.slice(a.start - base, a.end - base))) {
        out.push(a); // "offered to deploy troops to a peace force", "offered to send observers": an offer
        i++;
        continue;
      }
      continue; // "decided to break off relations": the act
    } else out.push(a);
  }
  return out;
}
