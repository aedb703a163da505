// events/roles: the steps that complete a trigger's roles after the sentence itself gave them
// (actors.ts): from the sentences before, the sentence's quote, the kind of act and the words around
// it. Each step is a small function of the document, the carry, the sentence, the act and its roles;
// ROLE_STEPS at the end lists them in the order they apply.
import type { PloverType } from '../../core/types.ts';
import { ACTORS } from '../../nlp/gazetteers/actors.ts';
import { TITLE_SOURCE } from '../../nlp/gazetteers/titles.ts';
import { ATTRIBUTION_TAIL } from './context.ts';
import { FRIENDLY, GOVERNING, HOSTILE, TEXT_REACTIONS } from './families.ts';
import { FILED, UNDERGONE, tokenAt } from './hits.ts';
import { CIVILIANS_AFTER, PASSIVE, TITLE_WORD, isHeadline, pairPartner, peopleAlt, type Group, type Part, type Roleplay } from './actors.ts';
import type { Act, Carry, DocView, RoleStep, SentenceState } from './view.ts';

/** Whether a reaction to a text has "it" or "them" for its object ("ratified it"). */
function itObject(d: DocView, a: Act): boolean {
  const { hit } = a;
  return TEXT_REACTIONS.has(a.type) && (/^\s+it\b/i.test(d.doc.text.slice(hit.end, hit.end + 4)) || /\s(?:it|them)$/i.test(d.doc.text.slice(hit.start, hit.end)));
}

/** Decides whom an object pronoun with no one named for it stands for: the one other state the sentence before named. */
function objectPronoun(d: DocView, c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  const { doc, sentenceMode } = d;
  const { hit, rule } = a;
  const { s } = st;
  // "Iran detained a French teacher ... Tehran freed her on Thursday": an object pronoun with no one named
  // for it in the sentence stands for the one other state the sentence before named
  // ("Latvia's parliament debated a pact with Canada. Lawmakers ratified it": "it" for a text, in a reaction to it)
  if (!sentenceMode && r.actor.length && r.recipient.every((x) => r.actor.includes(x))
    && (itObject(d, a) || /^\s+(?:him|her|them)\b/i.test(doc.text.slice(hit.end, hit.end + 6))
      // ("He discussed the reopening of border markets with him": the partner of a talk)
      || ((rule.roles === 'with' || rule.roles === 'talk') && /^[^.;,]*?\bwith\s+(?:him|her|them)\b/i.test(doc.text.slice(hit.end, s.end)))
      // ("Britain sent emergency supplies worth 5 million pounds to help them": those the aid is for)
      || (a.type === 'AID' && /^[^.;]*?\bto\s+(?:help|assist|support|aid|feed|shelter)\s+(?:them|him|her)\b/i.test(doc.text.slice(hit.end, s.end))))) {
    const others = c.prevNamed.filter((x) => !r.actor.includes(x));
    if (others.length === 1) { r.recipient = others; r.inferred = true; }
  }
}

/** A thing named right before a modal that opens the trigger: "said the deliveries would help", "the project will strengthen". */
const THING_BEFORE_MODAL = /(?:^|[,;:]\s*|\b(?:said|says|that|and|but)\s+)(?:the|a|an|this|these|those|such)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s+$/u;

/**
 * Decides that an act whose modal's subject is a thing ("said the deliveries would help ease power cuts") has no state for
 * its actor: the state of the main clause is not the subject of "would help".
 */
function thingSubject(d: DocView, _c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  if (d.sentenceMode || !/^(?:will|would|shall|could|can|may|might)\b/i.test(d.doc.text.slice(a.hit.start, a.hit.end))) return;
  const left = d.doc.text.slice(Math.max(st.s.start, a.hit.start - 60), a.hit.start);
  const m = THING_BEFORE_MODAL.exec(left);
  if (!m) return;
  const from = a.hit.start - left.length + m.index;
  if (st.groups.some((g) => g.end > from && g.start < a.hit.start)) return; // "the two countries will", "the Azerbaijani side would"
  if (/\b(?:relations|ties|cooperation|partnership|dialogue|contacts|trade|friendship)\b/i.test(m[0])) return; // "the economic relations will develop": the two states' own
  d.lex.collectives.lastIndex = 0; // (a global regex)
  if (d.lex.collectives.test(m[0])) return;
  r.actor = [];
}

/** An unnamed state or regime with a relative pronoun, up to the trigger: "a regime that ", "a country which has ". */
const UNNAMED_ANTECEDENT = /\b(?:an?|any|some)\s+(?:[\p{Ll}-]+\s+)?(?:regime|country|state|government|nation|power|neighbou?r)\s+(?:that|which|who)\s+(?:(?:has|had|have|once|already|openly)\s+)*$/u;

/** Decides that an act in a relative clause on an unnamed state ("lectured by a regime that invaded its neighbour") has no actor the sentence names. */
function unnamedAntecedent(d: DocView, _c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  const left = d.doc.text.slice(Math.max(st.s.start, a.hit.start - 60), a.hit.start);
  const m = UNNAMED_ANTECEDENT.exec(left);
  if (!m) return;
  const from = a.hit.start - left.length + m.index;
  if (st.groups.some((g) => g.end > from && g.start < a.hit.start)) return; // "a Russian regime that"
  r.actor = [];
}

/** After a state's possessive, others of no name it has around it: "'s neighbours", "'s Western allies". */
const ITS_OTHERS = /^['’]s?\s+(?:[\p{L}-]+\s+)?(?:neighbou?rs|neighbou?ring\s+(?:states|countries)|allies|rivals|adversaries|enemies|foes)\b/iu;

/** Decides that the state whose neighbours or allies act ("Foreign ministers of Libya's neighbours ... urged the UN") is no actor. */
function itsOthers(d: DocView, _c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  if (d.sentenceMode || !r.actor.length) return;
  const text = d.doc.text;
  const g = st.groups.find((x) => x.end <= a.hit.start && ITS_OTHERS.test(text.slice(x.end, x.end + 40)));
  if (!g || !r.actor.every((x) => g.codes.includes(x))) return;
  r.actor = [];
  r.recipient = r.recipient.filter((x) => !g.codes.includes(x));
}

/** An organisation's text or order named again as the object of a reaction: "the order", "the ruling", "the ultimatum", "the resolution". */
const RULING_OBJECT = /^\s+(?:the|this|that|its)\s+(?:[\p{L}-]+\s+)?(?:order|ruling|verdict|judg(?:e)?ment|resolution|ultimatum|decision|demand|deadline|terms|report|text)\b/iu;

/** Decides that a reaction to "it" answers the organisation the sentence before named. */
function reactionToBody(d: DocView, c: Carry, _st: SentenceState, a: Act, r: Roleplay): void {
  // "The Security Council passed a resolution ... Israel rejected it": a reaction to "it" answers the organisation
  // the sentence before named, when it named no other state
  // ("The court ordered Venezuela not to hold the vote. Caracas rejected the order": a ruling, resolution or ultimatum named again is it)
  const ruling = TEXT_REACTIONS.has(a.type) && RULING_OBJECT.test(d.doc.text.slice(a.hit.start + (/^\S+/.exec(d.doc.text.slice(a.hit.start, a.hit.end))?.[0].length ?? 0), a.hit.end + 30));
  if (!d.sentenceMode && r.actor.length && !r.recipient.length && (itObject(d, a) || ruling) && c.prevIgo && c.prevNamed.every((x) => r.actor.includes(x))) {
    r.recipient = ['IGO'];
    r.inferred = true;
  }
}

/** Decides that an act inside an opening quote with no actor of its own is the speaker's. */
function quotedAct(d: DocView, _c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  const { doc, sentenceMode } = d;
  const { s, quoted } = st;
  const { hit } = a;
  // '"We stand with the Ukrainian people," she said': an act inside a quote with no actor of its own is the speaker's
  // (when the quote speaks in the first person before the act, or labels an act: "This is a provocation by Moscow")
  // ('"If the smuggling goes on, we will close our markets," the ambassador said': "we" opening the act's clause is the speaker, whoever the clause before names)
  const weActs = /(?:^|[,;]\s*|["“]\s*)(?:[Ww]e|I)\s+(?:[\p{L}'’]+\s+){0,4}$/u.test(doc.text.slice(s.start, hit.start));
  if (!sentenceMode && quoted && hit.end <= quoted.end && (r.actor.length === 0 || weActs) && quoted.speaker.length
    && (/\b(?:[Ww]e|[Oo]ur|us|I)\b/.test(doc.text.slice(s.start, hit.end)) || a.type === 'ACCUSE' || a.type === 'DISAPPROVE')) {
    r.actor = quoted.speaker.slice();
    r.recipient = r.recipient.filter((x) => !r.actor.includes(x));
    r.inferred = true;
    // ('"We have delivered generators to Port Moresby," the Australian envoy said': the speaker named after the quote
    // was taken for the recipient; the state the quote names after the act is it, a city standing for its state)
    if (!r.recipient.length) {
      const inside = st.groups.filter((g) => g.start >= hit.end && g.end <= quoted.end && g.codes.some((x) => !r.actor.includes(x) && x !== 'IGO'));
      // (or what the attribution says the quote answers: '..., the minister said in response to Egypt's proposal', 'said of Egypt's plan';
      // not a body the speech was given to: 'said in a speech to the Diplomatic Academy of Vietnam')
      const answered = st.groups.find((g) => g.start > quoted.end && !g.venue && g.codes.some((x) => !r.actor.includes(x))
        && /\b(?:in\s+(?:response|reply)\s+to|responding\s+to|(?:said|says|saying|spoke|speaking|asked|wrote|writing)\s+(?:of|about)|referring\s+to)\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(quoted.end, g.start - 30), g.start)));
      const g = inside.find((x) => !x.venue) ?? inside.find((x) => x.venue) ?? answered;
      if (g) r.recipient = g.codes.filter((x) => !r.actor.includes(x));
      // (an interview's answer speaks to the state the interview is about)
      else if (quoted.partner?.length) r.recipient = quoted.partner.filter((x) => !r.actor.includes(x));
    }
  }
}

/**
 * Decides that an act in the attribution after an opening quote is the speaker's, not a state's the quote names:
 * '"What is done to the people of Gaza is a massacre," Erdogan said, vowing that Turkey would stand with the
 * Palestinians' (the people of Gaza are no actor of the vow); what it is aimed at is named after it.
 */
function speakerAfterQuote(d: DocView, _c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  const { quoted } = st;
  if (d.sentenceMode || !quoted || !quoted.speaker.length || a.hit.start <= quoted.end || !r.actor.length) return;
  if (r.actor.some((x) => quoted.speaker.includes(x))) return;
  // (the actor's every mention before the act is inside the quote, and the speaker is named between the quote and the act)
  const actorGroups = st.groups.filter((g) => g.start < a.hit.start && g.codes.some((x) => r.actor.includes(x)));
  if (!actorGroups.length || actorGroups.some((g) => g.end > quoted.end)) return;
  if (!st.groups.some((g) => g.start >= quoted.end && g.end <= a.hit.start && g.codes.some((x) => quoted.speaker.includes(x)))) return;
  r.actor = quoted.speaker.slice();
  const after = st.groups.find((g) => g.start >= a.hit.end && !g.venue && g.codes.some((x) => !r.actor.includes(x) && x !== 'IGO'));
  r.recipient = after ? after.codes.filter((x) => !r.actor.includes(x)) : r.recipient.filter((x) => !r.actor.includes(x) && actorGroups.every((g) => !g.codes.includes(x)));
  r.inferred = true;
}

/** A private company after a demonym: "(the Norwegian) oil company Equinor", "(a South Korean) shipyard", "(Ethiopian) Airlines" (not a state-owned one). */
export const COMPANY_AFTER = /^\s+(?:(?:oil|gas|energy|mining|shipping|construction|tech|technology|telecoms?|car|steel|chemical|engineering|logistics|retail|food|pharmaceutical|drug|power|solar|private|family-owned|listed)\s+)*(?:company|companies|firm|firms|shipyard|shipyards|developer|developers|carmaker|carmakers|automaker|automakers|drugmaker|conglomerate|refiner|refinery|refiners|corporation|consortium|startup|start-up|retailer|airline|airlines|airways)\b/i;

/** An investment trigger: "invested", "investors", "investment". */
const INVESTING = /\binvest/i;
/** A state's companies at large after its demonym, no one company named: "(Saudi) companies", "(Spanish) firms". */
const COMPANIES_AT_LARGE = /^\s+(?:companies|firms|businesses|enterprises)\b/i;

/** Decides that a company is no party to a friendly act: "The Norwegian oil company Equinor signed a contract with a South Korean shipyard" names no state. */
function companyParties(d: DocView, _c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  if (d.sentenceMode || !FRIENDLY.has(a.type)) return;
  const text = d.doc.text;
  for (const g of st.groups) {
    if (g.person || !COMPANY_AFTER.test(text.slice(g.end, g.end + 60))) continue;
    if (/\bstate[-\s](?:owned|run|controlled|backed)\s+(?:\S+\s+){0,2}$/i.test(text.slice(Math.max(0, g.start - 40), g.start))) continue;
    // a state's companies at large investing stand for it: "Saudi companies have invested $11 billion in Uzbekistan"
    if (INVESTING.test(text.slice(a.hit.start, a.hit.end)) && COMPANIES_AT_LARGE.test(text.slice(g.end, g.end + 20))) continue;
    // (only when the state is named nowhere else in the sentence as itself)
    if (st.groups.some((h) => h !== g && h.codes.some((x) => g.codes.includes(x)))) continue;
    r.actor = r.actor.filter((x) => !g.codes.includes(x));
    r.recipient = r.recipient.filter((x) => !g.codes.includes(x));
  }
}

/** A request, offer or threat named as a noun: "an extradition request", "threats", "a proposal". */
/** The nouns a request, offer or threat is named by (also read by events.ts for one named again in apposition). */
export const ASKED_NOUNS = String.raw`requests?|appeals?|pleas?|offers?|proposals?|invitations?|threats?|ultimatums?|demands?`;
const ASKED_NOUN = new RegExp(String.raw`^(?:[\p{L}-]+\s+)?(?:${ASKED_NOUNS})$`, 'iu');

/** Decides that a request, offer or threat named as a noun and followed by "from" a state is that state's, made to the sentence's subject or to the one named after "to": "approved an extradition request from the US", "ignored threats from Kosovo", "passed on an invitation from Chile to Peru". */
function nounFrom(d: DocView, _c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  if (d.sentenceMode || a.rule.roles === 'from' || !ASKED_NOUN.test(d.doc.text.slice(a.hit.start, a.hit.end))) return;
  const from = st.groups.find((g) => g.start >= a.hit.end && g.prep === 'from' && !g.venue && /^\s+from\s+(?:the\s+)?$/i.test(d.doc.text.slice(a.hit.end, g.start)));
  if (!from || from.codes.every((x) => r.actor.includes(x) && !r.recipient.includes(x))) return;
  const subject = r.actor.filter((x) => !from.codes.includes(x));
  // "an invitation from Chile's president to his Peruvian counterpart": made to the one named after "to"
  const to = st.groups.find((g) => g.start >= from.end && !g.venue && /^\s+to\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?$/i.test(d.doc.text.slice(from.end, g.start)));
  r.actor = from.codes.slice();
  r.recipient = to && to.codes.some((x) => !from.codes.includes(x)) ? to.codes.filter((x) => !from.codes.includes(x)) : subject;
}

/** "23 documents were signed with the two presidents looking on", "a memorandum was signed by Chile and Peru", "a memorandum signed on July 1 by Chile and Peru": a text signed in the passive with no actor read is the signing of the states named after it. */
function passiveSigning(d: DocView, _c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  if (d.sentenceMode || a.type !== 'SUPPORT' || r.actor.length || r.recipient.length < 2) return;
  const trigger = /^(?:(?!(?:were|was|been|being|are|is)\s)[\p{L}-]+\s+)?((?:were|was|been|being|are|is)\s+)?(?:signed|inked|concluded|initialled|initialed)(?:\s+(?:in|on|last|earlier|at))?$/iu.exec(d.doc.text.slice(a.hit.start, a.hit.end));
  // (a participle that the rule found right after a text, "@DOC ... ^signed", is a passive too: "a memorandum of
  // understanding signed on July 1 by")
  const afterText = a.rule.pattern.startsWith('@DOC ') && a.rule.pattern.includes('^');
  if (!trigger || (!trigger[1] && !afterText && !PASSIVE.test(d.doc.text.slice(Math.max(st.s.start, a.hit.start - 40), a.hit.start)))) return;
  r.actor = r.recipient;
  r.recipient = [];
}

/** A passive agreement's trigger up to its agents: "(the agreement) reached by", "(the accord) achieved by". */
const REACHED_BY = /^(?:reached|achieved|agreed|struck)\s+by$/i;

/** Decides that an agreement reached by states ("welcomed the agreement reached by Armenia and Azerbaijan") is theirs alone. */
function reachedBy(d: DocView, _c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  if (d.sentenceMode || !REACHED_BY.test(d.doc.text.slice(a.hit.start, a.hit.end))) return;
  const agents: string[] = [];
  let end = a.hit.end;
  for (const g of st.groups.filter((x) => x.start >= a.hit.end && !x.venue)) {
    if (!/^[\s,]+(?:(?:and|the)\s+)*$/i.test(d.doc.text.slice(end, g.start))) break;
    agents.push(...g.codes.filter((x) => !agents.includes(x)));
    end = g.end;
  }
  if (!agents.length) return;
  r.actor = agents;
  r.recipient = [];
}

/** Decides that what a text two or more states signed is to do names no party: "The accord, signed by the two governments in 2012, was meant to put into effect UN Resolution 833". */
function signedContent(d: DocView, _c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  if (d.sentenceMode || a.type !== 'SUPPORT' || r.actor.length < 2 || !r.recipient.length) return;
  const text = d.doc.text;
  const content = st.groups.filter((g) => g.start > a.hit.end && /\bto\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|be)\b)\p{Ll}+\s/u.test(text.slice(a.hit.end, g.start)));
  r.recipient = r.recipient.filter((x) => !content.some((g) => g.codes.includes(x)) || st.groups.some((g) => !content.includes(g) && g.start > a.hit.end && g.codes.includes(x)));
}

/** "Thursday September 17, 2020, Tel Aviv. ... Armenia inaugurates an embassy": an embassy opened or closed with no seat named is in the place named just before (a dateline, the sentence before). */
function embassySeat(d: DocView, _c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  if (d.sentenceMode || (a.type !== 'SUPPORT' && a.type !== 'REJECT') || r.recipient.length || r.actor.length !== 1) return;
  if (!/\b(?:embass(?:y|ies)|consulates?)\b/i.test(d.doc.text.slice(a.hit.start, a.hit.end))) return;
  const place = d.allParts.filter((p) => (p.venue || (p.via === 'capital' && p.end <= st.s.start)) && p.end <= a.hit.start && a.hit.start - p.end <= 200
    && p.codes.length === 1 && p.codes[0] !== 'IGO' && p.codes[0] !== r.actor[0]).pop();
  if (place && !st.groups.some((g) => g.start > a.hit.end && !g.venue && g.codes.some((x) => !r.actor.includes(x)))) r.recipient = place.codes.slice();
}

/**
 * "Five states have signed an agreement ... The signing ceremony took place within the framework of a conference",
 * "Consultations on the corridor started in 2012": a meeting that names no state of its own, after a joint signing that
 * is the last act reported, is a meeting of the signatories.
 */
function signatoriesMeeting(d: DocView, c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  if (d.sentenceMode || a.type !== 'CONSULT' || st.groups.some((g) => !g.venue && g.prep !== 'in' && g.prep !== 'at')) return;
  const last = c.drafts[c.drafts.length - 1];
  if (!last || last.type !== 'SUPPORT' || last.actor.length < 2 || last.recipient.length || last.status !== 'occurred' || st.s.index - last.sentence > 5) return;
  r.actor = last.actor.slice();
  r.recipient = [];
  r.inferred = true;
}

/**
 * "announced curbs on Ukrainian grain imports after the Commission decided not to extend its ban on such imports": an act
 * on "such" things, with no state of its own, is aimed at the state whose things of that kind the sentence named before.
 */
function suchThings(d: DocView, _c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  if (d.sentenceMode || r.recipient.length || r.actor.length === 0) return;
  const m = /^[^,;.]{0,40}?\bsuch\s+([\p{L}-]{4,})\b/u.exec(d.doc.text.slice(a.hit.end, st.s.end));
  if (!m) return;
  const noun = m[1]!.toLowerCase();
  const named = st.parts.filter((p) => p.end <= a.hit.start && p.via === 'demonym' && !p.person
    && new RegExp(String.raw`^(?:\s+[\p{L}-]+){0,2}?\s+${noun}\b`, 'iu').test(d.doc.text.slice(p.end, p.end + 40))).pop();
  if (named && named.codes.every((x) => !r.actor.includes(x))) r.recipient = named.codes.slice();
}

/** Nouns of aid given: "funding", "assistance", "loans". */
const AID_NOUNS = String.raw`funding|aid|assistance|financing|loans?|grants?`;
/** An aid noun right after a state's name or demonym: "Canadian funding", "US assistance", "Japanese loans". */
const GIVER_NOUN = new RegExp(String.raw`^\s+(?:${AID_NOUNS}|money|support)\b`, 'i');
/** A trigger that is an aid noun alone, with at most one word before it: "military aid", "loans". */
const GIVEN_NOUN = new RegExp(String.raw`^(?:[\p{L}-]+\s+)?(?:${AID_NOUNS})$`, 'iu');

/** Decides that "announced $12 million in new Canadian funding for Mexican programmes" is Canada's aid to Mexico when no giver is the subject. */
function namedGiver(d: DocView, _c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  if (d.sentenceMode || a.type !== 'AID') return;
  const text = d.doc.text;
  // ("opened a route for Iranian military aid to Syrian forces": the aid named as a noun right after its giver is the giver's, whoever the subject is)
  // (a group that ends right before the trigger or inside it: "Iranian" before "military aid", "Iranian military" over it)
  const rightBefore = (g: Group) => g.start < a.hit.start && g.end <= a.hit.end && (g.end > a.hit.start || /^\s+$/.test(text.slice(g.end, a.hit.start)));
  const before = GIVEN_NOUN.test(text.slice(a.hit.start, a.hit.end))
    ? st.groups.find((g) => rightBefore(g) && !g.venue && g.codes.length === 1 && g.codes[0] !== 'IGO' && !r.recipient.includes(g.codes[0]!))
    : undefined;
  if (r.actor.length && !before) return;
  const giver = before ?? st.groups.find((g) => g.start > a.hit.start && g.end < a.hit.end && !g.venue && g.codes.length === 1 && g.codes[0] !== 'IGO' && GIVER_NOUN.test(text.slice(g.end, g.end + 20)));
  if (!giver) return;
  r.actor = giver.codes.slice();
  r.recipient = r.recipient.filter((x) => !r.actor.includes(x));
  if (r.recipient.length) return;
  const to = st.groups.find((g) => g.start >= a.hit.end && g.start - a.hit.end <= 40 && !g.codes.includes('IGO') && !g.codes.some((x) => r.actor.includes(x)) && /^[^,;.]*$/.test(text.slice(a.hit.end, g.start)));
  if (to) r.recipient = to.codes.slice();
}

/** "connected with Japanese aid": an act a rule names by its giver's demonym alone goes to the story's other state. */
function demonymGiver(d: DocView, _c: Carry, _st: SentenceState, a: Act, r: Roleplay): void {
  const partner = r.actor.length === 1 ? pairPartner(d.dyad, r.actor[0]!) : [];
  if (!a.rule.afterDemonym || r.recipient.length || !partner.length) return;
  r.recipient = partner;
  r.inferred = true;
}

/**
 * Decides that a measure "imposed on" a state "by" another ("the illegal sanctions imposed on Belarus by the European Union
 * and the United States") is the agent's, whoever the clause's subject is.
 */
function imposedBy(d: DocView, _c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  if (d.sentenceMode || a.type !== 'SANCTION') return;
  const text = d.doc.text;
  if (!/^(?:imposed|slapped|levied|placed|introduced)\s+(?:on|against)$/i.test(text.slice(a.hit.start, a.hit.end))) return;
  const target = st.groups.find((g) => g.start >= a.hit.end && /^\s*(?:the\s+)?$/i.test(text.slice(a.hit.end, g.start)));
  const agent = target && st.groups.find((g) => g.start >= target.end && g.prep === 'by' && /^\s+by\s+(?:the\s+)?$/i.test(text.slice(target.end, g.start)));
  if (!target || !agent || agent.codes.some((x) => target.codes.includes(x))) return;
  r.actor = agent.codes.slice();
  r.recipient = target.codes.slice();
}

/** Hostile acts whose passive subject is their target: "were killed", "was attacked", "were detained". */
const DONE_TO_SUBJECT = new Set<PloverType>(['ASSAULT', 'COERCE', 'FIGHT']);

/** Decides that the subject of a passive hostile act with no state as its agent is its target: "two of its soldiers had been killed by a mortar bomb", "French citizens were detained in Iran". */
function passiveTarget(d: DocView, _c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  const { doc } = d;
  if (d.sentenceMode || !DONE_TO_SUBJECT.has(a.type) || !r.actor.length) return;
  if (!PASSIVE.test(doc.text.slice(Math.max(st.s.start, a.hit.start - 40), a.hit.start)) && !headlinePassive(doc.text, st, a)) return;
  // (an agent named after "by" is the actor: "were struck by Russian missiles")
  if (/^\S*\s+by\s+(?:the\s+)?(?:\p{Lu}|[\p{L}-]+\s+\p{Lu})/u.test(doc.text.slice(a.hit.end, a.hit.end + 40)) || /\bby\s/i.test(doc.text.slice(a.hit.start, a.hit.end))) return;
  // (only when the actor was read before the act: the passive's subject)
  if (!st.groups.some((g) => g.end <= a.hit.start && !g.venue && g.prep === null && r.actor.every((x) => g.codes.includes(x))) && !r.inferred) return;
  const target = r.actor;
  r.actor = r.recipient.filter((x) => !target.includes(x) && x !== 'IGO');
  // ("was arrested in Moscow": the state where someone is detained detains them)
  if (!r.actor.length && a.type === 'COERCE') {
    const place = st.groups.find((g) => g.start >= a.hit.end && g.start - a.hit.end <= 40 && g.venue && (g.prep === 'in' || g.prep === 'at'));
    if (place) r.actor = place.codes.filter((x) => !target.includes(x) && x !== 'IGO');
  }
  r.recipient = target.slice();
}

/** "has been hit by", "were targeted with": the passive of undergoing, right before a measure named with its author ("US tariffs"). */
/** Decides that the subject of "was hit by US tariffs", "faced Russian strikes" is the target of the measure its modifier names the author of. */
function hitBy(d: DocView, _c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  if (d.sentenceMode || !HOSTILE.has(a.type) || r.actor.length !== 1 || r.recipient.length) return;
  const text = d.doc.text;
  // (the author named right before the measure, after the words of undergoing hits.ts reads: "has been hit by", "faced")
  const author = st.groups.find((g) => g.end <= a.hit.start && g.codes.every((x) => r.actor.includes(x)) && /^\s*$/.test(text.slice(g.end, a.hit.start)));
  if (!author || !UNDERGONE.test(text.slice(Math.max(st.s.start, author.start - 60), author.start))) return;
  const subject = st.groups.filter((g) => g.end <= author.start && !g.venue && g.prep === null && !g.codes.includes('IGO') && !g.codes.some((x) => r.actor.includes(x))).pop();
  if (subject && !/[,;:]/.test(text.slice(subject.end, author.start))) r.recipient = subject.codes.slice();
}

/** "the bloc", "the alliance": an organisation named again by what it is. */
const BLOC_OBJECT = /^\s+(?:the|that)\s+(?:bloc|alliance|organi[sz]ation|grouping|union|body)\b(?!\s+of\s+(?:the\s+)?\p{Lu})/u;

/** Decides that "accusing the bloc of failing" is aimed at the organisation the sentence named before it, not at a state named later. */
function blocObject(d: DocView, _c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  if (d.sentenceMode || !GOVERNING.has(a.type) || r.recipient.includes('IGO') || !BLOC_OBJECT.test(d.doc.text.slice(a.hit.end, a.hit.end + 40))) return;
  if (!st.groups.some((g) => g.end <= a.hit.start && g.codes.includes('IGO'))) return;
  r.recipient = ['IGO'];
}

/** A headline: a line with no closing punctuation that opens the document or that the document goes on after (a text cut mid-sentence ends on a line like that too; a record of sentence mode is one line). */
export function headlineAt(text: string, st: SentenceState, sentenceMode: boolean): boolean {
  return isHeadline(st.text) && (sentenceMode || /\S/.test(text.slice(st.s.end)) || !/\S/.test(text.slice(0, st.s.start)));
}

/** A participle right after people named by their state in a headline, which drops the auxiliary: "Guyanese soldier killed in clash", "Three Indian fishermen detained off Jaffna". */
const HEADLINE_PARTICIPLE = /^(?:killed|wounded|injured|hurt|shot|attacked|detained|arrested|held|seized|abducted|kidnapped|captured|jailed|sentenced|deported|expelled)\b/i;
const PEOPLE_BEFORE = new RegExp(`\\s(?:${peopleAlt(() => true)})\\s+$`, 'i');
function headlinePassive(text: string, st: SentenceState, a: Act): boolean {
  if (!headlineAt(text, st, false) || st.text.length > 160) return false;
  return HEADLINE_PARTICIPLE.test(text.slice(a.hit.start, a.hit.end)) && PEOPLE_BEFORE.test(text.slice(Math.max(st.s.start, a.hit.start - 30), a.hit.start));
}

/** A place along a border, before the neighbour: "near the border with", "on its frontier with". */
const NEAR_BORDER = /\b(?:near|along|on|at|across)\s+(?:the|its|their|his|her)\s+(?:[\p{L}-]+\s+)?(?:border|frontier|boundary)\s+with\s+$/iu;

/** Decides that a condemnation's recipient is not the neighbour by whose border the act took place: "condemned the attack on an army post near the border with Burkina Faso". */
function borderNeighbour(d: DocView, _c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  if (d.sentenceMode || (a.type !== 'ACCUSE' && a.type !== 'DISAPPROVE') || !r.recipient.length) return;
  const text = d.doc.text;
  const near = st.groups.filter((g) => g.start > a.hit.end && g.prep === 'with' && NEAR_BORDER.test(text.slice(Math.max(st.s.start, g.start - 40), g.start)));
  // (only when no other participant of the clause is named as what the act answers)
  for (const g of near) r.recipient = r.recipient.filter((x) => !g.codes.includes(x) || st.groups.some((h) => h !== g && h.start > a.hit.end && h.codes.includes(x)));
}

/** Decides that an attack with no named target hits the state it took place in: "Pakistani jets struck militant hideouts in Afghanistan's Khost province". */
function attackedPlace(d: DocView, _c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  if (d.sentenceMode || (a.type !== 'ASSAULT' && a.type !== 'FIGHT') || r.recipient.length || r.actor.length !== 1) return;
  const place = st.groups.find((g) => g.start >= a.hit.end && (g.prep === 'in' || g.prep === 'into' || g.prep === 'inside') && g.codes.length === 1 && !r.actor.includes(g.codes[0]!));
  if (place && /^[^,;.]*$/.test(d.doc.text.slice(a.hit.end, place.start))) r.recipient = place.codes.slice();
}

/** A state and the reporting verb after it, up to what it reports: "'s foreign ministry said that the", " claimed", " said on Tuesday the". */
const SPEAKER_BEFORE = /^(?:['’]s)?\s+(?:[\p{L}.'’-]+\s+){0,4}?(?:said|says|claimed|claims|alleged|alleges|argued|argues|insisted|insists|complained|complains|charged|charges|maintained|maintains|announced|reported|confirmed|stated)(?:\s+in\s+a\s+statement)?(?:\s+(?:on|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month)|\s+(?:yesterday|today))?\s+(?:(?:that\s+)?|[^.;!?]*?\s+and\s+that\s+)(?:the\s+)?$/iu;

/** A charge reported as a state's act (rules marked `charge` in the lexicon): "Armenia said the CSTO had failed to fulfil its obligations", "Ghana says Togo violated its airspace", "Chile said Peru was responsible for the blast".
 * A noun or two may follow the charged state's name: "Ghana said Togolese jets had violated", "the Afghan interim government had failed to", "said Canada's surtaxes \"seriously violate\"". */
const CHARGED_SUBJECT = /^(?:['’]s)?\s*["“]?\s*(?:["“]?(?!(?:had|has|have|was|were|is|are)\b)[a-z][\p{L}-]*\s+){0,2}(?:(?:had|has|have|was|were|is|are)\s+)?(?:["“]?(?:repeatedly|again|also|deliberately|systematically|seriously|flagrantly|grossly|clearly)\s+)?["“]?$/iu;

/** A right a speaker grants a state, what the speaker backs: "the leaders said Israel had the right to defend itself". */
const RIGHT_GRANTED = /^(?:the|a)\s+right\s+to\s+(?:defend|protect)\b/i;

/**
 * Decides that a violation or failure a state reports of another is that state's charge against it (actor the speaker,
 * recipient the one charged); and, alike, that a right to defend itself a state is said to have is the speaker's support of it.
 */
function reportedCharge(d: DocView, _c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  if (!(a.rule.charge && a.type === 'ACCUSE') && !(a.type === 'SUPPORT' && RIGHT_GRANTED.test(d.doc.text.slice(a.hit.start, a.hit.end)))) return;
  const text = d.doc.text;
  const before = st.groups.filter((g) => g.end <= a.hit.start && !g.venue);
  const charged = before[before.length - 1];
  const speaker = before[before.length - 2];
  if (charged && speaker && CHARGED_SUBJECT.test(text.slice(charged.end, a.hit.start))
    && !speaker.codes.some((x) => charged.codes.includes(x)) && SPEAKER_BEFORE.test(text.slice(speaker.end, charged.start))) {
    r.actor = speaker.codes.slice();
    r.recipient = charged.codes.slice();
    return;
  }
  // the speaker in the attribution that closes the sentence: "Togolese jets violated Ghana's airspace, Ghana's defence ministry said"
  const tail = r.actor.length ? ATTRIBUTION_TAIL.exec(text.slice(a.hit.end, st.s.end)) : null;
  if (!tail) return;
  const after = st.groups.find((g) => g.start >= a.hit.end + tail.index && !g.venue);
  if (!after || after.codes.some((x) => r.actor.includes(x))) return;
  r.recipient = r.actor.slice();
  r.actor = after.codes.slice();
}

/** A state described as a member of an organisation before the act: "Chile is the first member of the OECD to", "Turkey became the only NATO ally to". */
const MEMBER_OF = /^\s+(?:is|was|became|becomes|has\s+become|remains|remained|would\s+be|will\s+be)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){0,2}(?:member|members|member\s+state|ally|signatory)\s+(?:of|to)\s+(?:the\s+)?$/iu;

/** Decides that the organisation a state is said to be a member of is no actor: the state is ("Chile is the first member of the OECD to sign such a deal with India"). */
function memberOf(d: DocView, _c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  if (d.sentenceMode || !r.actor.includes('IGO')) return;
  const text = d.doc.text;
  const body = st.groups.findLast((g) => g.end <= a.hit.start && g.codes.includes('IGO'));
  if (!body) return;
  const state = st.groups.findLast((g) => g.end <= body.start && !g.venue && !g.codes.includes('IGO'));
  if (!state || !MEMBER_OF.test(text.slice(state.end, body.start))) return;
  r.actor = state.codes.slice();
  r.recipient = r.recipient.filter((x) => !r.actor.includes(x));
}

/** A legal complaint before the state that brought it: "a case (that) ", "the complaint ". */
const CASE_BEFORE = /\b(?:case|cases|complaint|complaints|lawsuit|suit|petition|application|proceedings|claim)\s+(?:that\s+|which\s+)?$/i;
/** Between the state and the charge: "filed in March", "had lodged last year with the court". */
const FILED_THEN = new RegExp(String.raw`^\s+${FILED}[^,;"“”]{0,50}?$`, 'i');

/** Decides that a charge made in a case a state filed is that state's: "the court threw out a case Gambia filed in May accusing Myanmar of genocide". */
function filedCase(d: DocView, _c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  if (a.type !== 'ACCUSE') return;
  const text = d.doc.text;
  const filer = st.groups.findLast((g) => g.end <= a.hit.start && !g.venue);
  if (!filer || !FILED_THEN.test(text.slice(filer.end, a.hit.start)) || !CASE_BEFORE.test(text.slice(Math.max(st.s.start, filer.start - 30), filer.start))) return;
  r.actor = filer.codes.slice();
  r.recipient = r.recipient.filter((x) => !r.actor.includes(x));
  if (!r.recipient.length) {
    const after = st.groups.find((g) => g.start >= a.hit.end && !g.venue && g.codes.some((x) => !r.actor.includes(x)));
    if (after) r.recipient = after.codes.filter((x) => !r.actor.includes(x));
  }
}

/** An envoy summoned in the passive: "The Chilean ambassador was summoned to the Peruvian foreign ministry". */
const SUMMONED = /^(?:was|were|been|being|is|are)\s+summoned\b/i;
/** "The ambassador was handed a note of protest": a protest note handed in the passive, up to the trigger's end. */
const HANDED_NOTE = /\b(?:was|were|been|being|is|are)\s+handed\s+(?:an?\s+)?(?:(?:formal|strong|diplomatic|protest)\s+){0,2}(?:note|protest)\b[^.;]*$/i;
const ENVOY_POST = /^\s*['’]?s?\s*(?:[\p{L}-]+\s+){0,2}(?:ambassador|envoy|charg[eé]\s+d['’]affaires|diplomats?|attach[eé])\s+(?:to|in)\s+(?:the\s+)?$/iu;

/** Decides that an envoy summoned in the passive (or handed a protest note) is summoned by the state named after the verb, by the host of the envoy's post, or by the state that reports it; the envoy's state is the recipient. */
function summonedEnvoy(d: DocView, _c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  const text = d.doc.text;
  if (a.type !== 'ACCUSE' || !(SUMMONED.test(text.slice(a.hit.start, a.hit.end)) || HANDED_NOTE.test(text.slice(Math.max(st.s.start, a.hit.start - 50), a.hit.end)))) return;
  const before = st.groups.filter((g) => g.end <= a.hit.start);
  const last = before[before.length - 1];
  if (!last) return;
  const prev = before[before.length - 2];
  // "Chile's ambassador to Peru was summoned": the post's host summons
  const posted = prev !== undefined && ENVOY_POST.test(text.slice(prev.end, last.start));
  const envoy = posted ? prev : last;
  const host = posted ? last : undefined;
  const others = (g: Group) => g.codes.some((c) => !envoy.codes.includes(c));
  const after = st.groups.find((g) => g.start >= a.hit.end && others(g) && /^[^.;]*$/.test(text.slice(a.hit.end, g.start)));
  const speaker = before.find((g) => g !== envoy && g !== host && others(g) && SPEAKER_BEFORE.test(text.slice(g.end, envoy.start)));
  const by = after ?? host ?? speaker;
  if (!by) return;
  r.actor = by.codes.filter((c) => !envoy.codes.includes(c));
  r.recipient = envoy.codes.slice();
}

/** A note handed over, up to the participle that says what it asks: "handed a note to the Australian embassy in Moscow ". */
const NOTE_HANDED = /\b(?:handed|delivered|sent|passed|presented|issued)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}(?:note|letter|message|memorandum|démarche|demarche)\s+(?:(?:to|with)\s+[^,;.!?]{0,80}?)?,?\s*$/iu;
/** A participle that says what a note asks or protests: "demanding", "urging", "calling on". */
const NOTE_ASKS = /^(?:demanding|urging|calling|asking|requesting|insisting|protesting|seeking)\b/i;

/**
 * Decides that what a note asks is asked by its sender, not by the embassy it was handed to: "the Russian Foreign
 * Ministry handed a note to the Australian embassy demanding that Canberra revoke the decision" (the sender, the
 * subject before "handed", asks the one the request names after it, else the note's addressee).
 */
function noteSender(d: DocView, _c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  const text = d.doc.text;
  if (!NOTE_ASKS.test(text.slice(a.hit.start, a.hit.end))) return;
  const handed = NOTE_HANDED.exec(text.slice(st.s.start, a.hit.start));
  if (!handed) return;
  const at = st.s.start + handed.index;
  const sender = st.groups.filter((g) => g.end <= at && !g.venue).pop();
  if (!sender) return;
  const other = (g: Group) => !g.venue && g.codes.some((x) => !sender.codes.includes(x));
  const to = st.groups.find((g) => g.start >= a.hit.end && other(g)) ?? st.groups.find((g) => g.start >= at && g.end <= a.hit.start && other(g));
  r.actor = sender.codes.slice();
  r.recipient = to ? to.codes.filter((x) => !sender.codes.includes(x)) : [];
}

/** A state joining, adopting or aligning with sanctions of others: "Norway joined EU sanctions against Russia". */
const JOINED = /\b(?:join(?:s|ed|ing)?|adopt(?:s|ed|ing)?|align(?:s|ed|ing)?\s+(?:itself\s+|themselves\s+)?with|back(?:s|ed|ing)?|follow(?:s|ed|ing)?|impos(?:e|es|ed|ing)|appl(?:y|ies|ied|ying))\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,4}$/iu;

/** Decides that sanctions of an organisation or bloc that a state joins are that state's: "Norway joined EU sanctions against Russia in 2022". */
function joinedSanctions(d: DocView, _c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  if (d.sentenceMode || a.type !== 'SANCTION' || !r.actor.includes('IGO')) return;
  const text = d.doc.text;
  const left = text.slice(Math.max(st.s.start, a.hit.start - 60), a.hit.start);
  const m = JOINED.exec(left);
  if (!m) return;
  const verbAt = a.hit.start - left.length + m.index;
  const subject = st.groups.filter((g) => g.end <= verbAt && !g.venue && g.prep === null && !g.codes.includes('IGO')
    && !/[,;]|\b(?:and|but|after|when|while|because|which|who|that)\b/i.test(text.slice(g.end, verbAt))).pop();
  if (!subject) return;
  r.actor = subject.codes.slice();
  r.recipient = r.recipient.filter((x) => !r.actor.includes(x));
}


/** Decides that a meeting with a state's people (traders, students, its diaspora), not its officials, is no meeting with the state: "Sonko also met Malian traders in Nouakchott". */
function civilianGuests(d: DocView, _c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  if (d.sentenceMode || a.type !== 'CONSULT' || !r.recipient.length) return;
  const text = d.doc.text;
  const guests = st.groups.filter((g) => g.start >= a.hit.start && g.start - a.hit.end <= 30 && !g.venue && CIVILIANS_AFTER.test(text.slice(g.end, g.end + 30)));
  for (const g of guests) {
    // (only when the state is named nowhere else in the sentence as itself)
    if (st.groups.some((h) => h !== g && !h.venue && h.codes.some((x) => g.codes.includes(x)))) continue;
    r.recipient = r.recipient.filter((x) => !g.codes.includes(x));
  }
}

/** Decides that a state that puts its forces on alert or moves them to its border with no target named ("Guyana put its defence force on alert") mobilizes against the story's other state, when the sentence names no third one. */
function mobilizedAgainst(d: DocView, _c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  const other = r.actor.length === 1 ? pairPartner(d.dyad, r.actor[0]!) : [];
  if (d.sentenceMode || a.type !== 'MOBILIZE' || r.recipient.length || !other.length) return;
  // (an alert, or forces sent to a border: not a deployment of help, "deployed the Hercules to provide assistance")
  if (a.rule.mode !== 'alert' && !/\b(?:border|frontier)\b/i.test(d.doc.text.slice(a.hit.start, st.s.end))) return;
  if (st.parts.some((p) => p.codes.some((x) => x !== 'IGO' && x !== r.actor[0] && x !== other[0]))) return;
  r.recipient = other;
  r.inferred = true;
}

/** People named by a demonym who live outside their state: "Sudanese refugees", "Afghan migrants". */
const DISPLACED_AFTER = /^\s+(?:refugees|migrants|asylum[- ]seekers|exiles|evacuees|displaced)\b/i;

/** Decides that aid for a state's refugees ("assistance for Sudanese refugees hosted in the east of the country") goes to the state that hosts them, the story's other state, not to theirs. */
function refugeeAid(d: DocView, _c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  if (d.sentenceMode || a.type !== 'AID' || r.recipient.length !== 1 || r.actor.length !== 1) return;
  const text = d.doc.text;
  const g = st.parts.find((p) => p.start >= a.hit.start && p.via === 'demonym' && p.codes.length === 1 && p.codes[0] === r.recipient[0] && DISPLACED_AFTER.test(text.slice(p.end, p.end + 24)));
  if (!g) return;
  const host = pairPartner(d.dyad, r.actor[0]!);
  r.recipient = host.length && host[0] !== g.codes[0] ? host : [];
  r.inferred = true;
}

/** Decides that aid whose trigger ends in its arrival goes to the state of the place it arrived at (the lexicon's 'visit' roles would
 * also take a visitor after "of" and the story's partner, and cost own-gold-8 an event): "a Russian plane carrying humanitarian aid arrived in Damascus", "landed in Port Vila". */
function arrivalPlace(d: DocView, _c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  if (d.sentenceMode || a.type !== 'AID' || r.recipient.length || r.actor.length !== 1) return;
  const text = d.doc.text;
  if (!/\b(?:landed|arrived|docked|reached)$/i.test(text.slice(a.hit.start, a.hit.end))) return;
  const place = st.groups.find((g) => g.start >= a.hit.end && g.codes.length === 1 && g.codes[0] !== 'IGO' && !r.actor.includes(g.codes[0]!)
    && /^\s+(?:(?:in|at)\s+(?:the\s+)?)?$/i.test(text.slice(a.hit.end, g.start)));
  if (place) r.recipient = place.codes.slice();
}

/** A target named only as what the attacker called it: "at what it called an Israeli espionage headquarters". */
const CLAIMED_TARGET = /\bwhat\s+(?:it|they|he|she|\p{Lu}[\p{L}-]+)\s+(?:called|calls|described\s+as|describes\s+as|said\s+(?:was|were)|claimed\s+(?:was|were)|claims\s+(?:is|are))\s+(?:an?\s+|the\s+)?$/u;

/** Decides that an attack on what its author called another state's site hits the state it stands in ("... in the city of Erbil"), or none. */
function claimedTarget(d: DocView, _c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  if (d.sentenceMode || (a.type !== 'ASSAULT' && a.type !== 'COERCE') || !r.recipient.length) return;
  const text = d.doc.text;
  const g = st.groups.find((x) => x.start >= a.hit.end && x.codes.some((c) => r.recipient.includes(c)));
  if (!g || !CLAIMED_TARGET.test(text.slice(Math.max(st.s.start, g.start - 50), g.start))) return;
  const place = st.groups.find((x) => x.start >= g.end && (x.prep === 'in' || x.prep === 'inside') && x.codes.every((c) => c !== 'IGO' && !r.actor.includes(c) && !g.codes.includes(c))
    && /^[^,;.]*$/.test(text.slice(g.end, x.start)));
  r.recipient = place ? place.codes.slice() : [];
}

/** Decides that in "X and the visiting Y" (one subject joined over "visiting") Y is the guest of X: the groups right after and right before. */
function visitingGuest(d: DocView, _c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  if (d.sentenceMode || a.type !== 'CONSULT' || r.recipient.length || !/^visiting$/i.test(d.doc.text.slice(a.hit.start, a.hit.end))) return;
  const text = d.doc.text;
  // (the two are one group of the subject: their mentions tell them apart)
  const guest = st.parts.find((p) => !p.venue && p.start >= a.hit.end && /^\s+$/.test(text.slice(a.hit.end, p.start)));
  const host = st.parts.filter((p) => !p.venue && p.end <= a.hit.start && /^\s+and\s+(?:the\s+)?$/i.test(text.slice(p.end, a.hit.start))).pop();
  if (!guest || !host || host.codes.some((x) => guest.codes.includes(x))) return;
  r.actor = guest.codes.slice();
  r.recipient = host.codes.slice();
}

/** The trigger of a host's reception of guests: "welcomed", "welcoming", "received". */
export const RECEPTION = /^(?:welcom|receiv)/i;
/** The words that open a gathering's list of guests: a reception, "brought together", "attended by". */
const RECEIVING = new RegExp(String.raw`${RECEPTION.source}|^(?:brought\s+together|bringing\s+together|attended\s+by)`, 'i');
/** A host's trigger: "hosted", "hosting". */
const HOSTING = /^host/i;
/** After a host's trigger, the guests named for their office up to their first state: " counterparts from", " the leaders of". */
/** The offices a host's guests are named for: "counterparts", "the leaders", "heads of state and government". */
const GUEST_OFFICE = String.raw`(?:counterparts|leaders|presidents|(?:prime\s+)?ministers|premiers|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?|delegations|representatives)`;
const GUEST_HEAD = new RegExp(String.raw`^\s+(?:(?:the|his|her|their|its)\s+)?(?:[\p{L}-]+\s+){0,2}?${GUEST_OFFICE}\s+(?:from|of)\s+(?:the\s+)?`, 'iu');
/** After a host's trigger, the guests named for their office and the first by name, up to the state: " his counterparts Ana Soto of". */
const NAMED_GUEST_HEAD = new RegExp(String.raw`^\s+(?:(?:the|his|her|their|its)\s+)?${GUEST_OFFICE}\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,5}of\s+(?:the\s+)?`, 'u');
/** After a gathering, the words that open its list of guests: " was attended by", ", which brought together". */
const ATTENDED_BY = /^\s*,?\s*(?:(?:which|that)\s+)?(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:attended\s+by|brought\s+together)\s/i;
/** The lower-case words a list of officials has between its states besides titles: joiners, roles, name particles. */
/** (each may take a plural "s": "leaders", "presidents") */
const LIST_WORD = String.raw`and|a|senior|officials?|delegation|as\s+well\s+as|from|of|the|together\s+with|along\s+with|joined\s+by|who|chair|lead|represent|representing|national|leader|heir|crown|observer|member|state|countries|government|general|king|queen|emir|sheikh|prince|sultan|al|bin|bint|ibn|da|de|del|dos|la|van|von|der|el|abu|${TITLE_WORD}`;
/** What may stand between two states of a list of officials: names, titles, commas and semicolons ("'s President Abdel Fattah al-Sisi, "). */
const LIST_GAP = new RegExp(String.raw`^(?:\s|[,;]|['’]s?(?!\p{L})|\p{Lu}[\p{L}.'’-]*(?![\p{L}.'’-])|\p{Ll}+-\p{Lu}[\p{L}'’-]*(?![\p{L}'’-])|(?:${LIST_WORD})s?(?!\p{L}))*$`, 'u');

/** Before a host's first guest, the day and the place: " today in Santiago the", " on Monday at". */
const LEAD_FILLER = /^\s+(?:(?:today|yesterday|on\s+\p{Lu}\p{Ll}+day|in|at|to)\s+(?:\p{Lu}[\p{L}'’-]*\s+)*)+(?:(?:his|her|their|its)\s+)?/u;
/** A possessive that stands for its state: "his", "her". */
const POSSESSIVE = /^(?:his|her|its|their)$/i;
/** A list of guests that starts again after a short phrase: " on the northern shore and from". */
const LIST_AGAIN = /^\s+(?:\p{Ll}+\s+){1,4}and\s+(?:from|of)\s+(?:the\s+)?$/u;

/**
 * Decides that the list of officials a host received goes on past where the sentence's grouping stopped: "welcomed A's
 * X, B's Y and C's Z, together with W, who chairs the European Council, and V for the Commission", "the presidents of
 * Argentina, Alberto Fernandez; Chile, Gabriel Boric; and Ecuador, Guillermo Lasso". Each state or organisation the list
 * names joins the guests, up to the first gap that is more than names and titles.
 */
function guestList(d: DocView, _c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  if (a.type !== 'CONSULT') return;
  const text = d.doc.text;
  // (the trigger receives, or a gathering it names is attended: "hosted the summit, which was attended by")
  // ("hosted counterparts from A, B and C, as well as D's minister": a host's guests named for their office)
  const receives = RECEIVING.test(text.slice(a.hit.start, a.hit.end));
  const head = receives || !HOSTING.test(text.slice(a.hit.start, a.hit.end)) ? null
    : GUEST_HEAD.exec(text.slice(a.hit.end, st.s.end)) ?? NAMED_GUEST_HEAD.exec(text.slice(a.hit.end, st.s.end));
  const attended = receives || head ? null : ATTENDED_BY.exec(text.slice(a.hit.end, st.s.end));
  // ("hosted Argentine Minister X, Ecuadorean Minister Y and officials from Peru": the guests named right after)
  const direct = !receives && !head && !attended && HOSTING.test(text.slice(a.hit.start, a.hit.end));
  if (!receives && !head && !attended && !direct) return;
  const from = a.hit.end + ((attended ?? head)?.[0].length ?? 0);
  // ("received today in Santiago the Secretary of ...": the day and the place before the first guest are passed over)
  // ("welcomed to Nicosia his Greek counterpart": the host's own capital and possessive are no guests either)
  const after = st.parts.filter((p) => p.start >= from && p.kind === 'mention');
  const placeOrOwn = (p: Part) => (/\s(?:in|at|to)\s+(?:the\s+)?$/.test(text.slice(from - 1, p.start)) && (p.venue || p.codes.every((x) => r.actor.includes(x))))
    || (POSSESSIVE.test(text.slice(p.start, p.end)) && p.codes.every((x) => r.actor.includes(x)));
  const lead = after.findIndex((p) => !placeOrOwn(p));
  const first = after[lead];
  if (!first || first.venue || !LIST_GAP.test(text.slice(from, first.start).replace(LEAD_FILLER, ''))) return;
  // (guests no side holds yet are the host's: "Kuwait hosted the summit, which was attended by")
  const guests = first.codes.every((x) => r.recipient.includes(x)) ? 'recipient' : first.codes.every((x) => r.actor.includes(x)) ? 'actor'
    : r.actor.length && !r.recipient.length && first.codes.every((x) => !r.actor.includes(x)) ? 'recipient' : null;
  if (!guests) return;
  const side = r[guests].slice();
  for (const x of first.codes) if (!side.includes(x)) side.push(x);
  let end = first.end;
  for (const p of after.slice(lead + 1)) {
    if (p.venue || p.start - end > 120 || !(LIST_GAP.test(text.slice(end, p.start)) || LIST_AGAIN.test(text.slice(end, p.start)))) break;
    // ("Denis Sassou Nguesso of Congo": the state of the person named just before it, when the name is known)
    const person = st.parts.find((q) => q.person && q.codes.length === 1 && q.end <= p.start && /^\s+of\s+(?:the\s+)?$/.test(text.slice(q.end, p.start)));
    for (const x of person?.codes ?? p.codes) if (!side.includes(x) && !r.actor.includes(x) && !r.recipient.includes(x)) side.push(x);
    end = p.end;
  }
  r[guests] = side;
}

/** After a meeting of several, the words that add guests to those who met: ", together with", ", along with", ", joined by". */
const JOINED_BY = /^[^;:]*?,\s*(?:(?:together|along)\s+with|as\s+well\s+as|joined\s+by)\s+/i;

/**
 * Decides that those named after ", together with" ("Leaders of A, B and C gathered in D, together with Forum Secretary
 * General X") took part in the meeting of the states before the trigger too.
 */
function joinedGuests(d: DocView, _c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  if (d.sentenceMode || a.type !== 'CONSULT' || r.actor.length < 2 || r.recipient.length) return;
  const text = d.doc.text;
  const joined = JOINED_BY.exec(text.slice(a.hit.end, st.s.end));
  if (!joined) return;
  let end = a.hit.end + joined[0].length;
  const actor = r.actor.slice();
  for (const p of st.parts.filter((x) => x.start >= end && x.kind === 'mention')) {
    if (p.venue || p.start - end > 120 || !LIST_GAP.test(text.slice(end, p.start))) break;
    for (const x of p.codes) if (!actor.includes(x)) actor.push(x);
    end = p.end;
  }
  r.actor = actor;
}

/** A gathering named again as the subject that opens its sentence: "The Summit was attended by", "The meeting brought together". */
const GATHERING_AGAIN = /^\s*(?:the|this)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;
/** The nouns of a gathering: "summit", "meeting", "ministerial". */
export const GATHERING_WORD = String.raw`summit|meeting|conference|forum|gathering|session|talks|ministerial|retreat`;
const GATHERING_NOUN = new RegExp(String.raw`^(?:${GATHERING_WORD})$`, 'i');

/**
 * Decides that a gathering whose guests a sentence lists ("The Summit was attended by the presidents of A, B and C"),
 * reported just after a state hosted it with no guest named ("X today hosted the leaders' Summit at Kasane"), is held
 * with that host: the guests meet the host.
 */
function gatheringHost(d: DocView, c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  if (d.sentenceMode || a.type !== 'CONSULT' || r.recipient.length || r.actor.length < 2) return;
  const text = d.doc.text;
  // (or the gathering is the subject of the receiving verb: "The summit brought together")
  // (or the guests are the subject of their attending: "The leaders of A, B and C also attended", "... took part")
  const trigger = text.slice(a.hit.start, a.hit.end);
  const opening = text.slice(st.s.start, a.hit.start);
  const attending = ATTENDING.test(trigger);
  if (!attending && (GATHERING_NOUN.test(trigger) ? !GATHERING_AGAIN.test(opening) : !(RECEIVING.test(trigger) && GATHERING_SUBJECT.test(opening)))) return;
  // (those who attend are guests of several states: "the two presidents attended the signing" names no gathering's guests)
  if (attending && r.actor.filter((x) => x !== 'IGO').length < 3) return;
  const consult = d.versions.code('CONSULT', d.options.plover);
  const before = [...c.loneActs, ...c.drafts].filter((x) => x.type === consult && x.sentence >= st.s.index - 2 && x.sentence < st.s.index).sort((x, y) => x.sentence - y.sentence);
  // (the host's report may have taken the story's other state for its guest: one of those the sentence lists)
  const host = before.filter((x) => x.mode === 'host' && x.actor.length === 1 && x.recipient.every((y) => r.actor.includes(y))).pop();
  if (host && !r.actor.includes(host.actor[0]!)) { r.recipient = host.actor.slice(); return; }
  if (attending) return;
  // ("The Taoiseach attended the summit in Ostend, hosted by De Croo. The summit brought together ...": a guest's own
  // report names the host it met)
  const guest = before.filter((x) => x.actor.length === 1 && x.recipient.length === 1 && r.actor.includes(x.actor[0]!) && !r.actor.includes(x.recipient[0]!)).pop();
  if (guest) r.recipient = guest.recipient.slice();
}

/**
 * Decides whom those who attended a gathering met: its host (`gatheringHost`), or, when they "also attended" ("Poland's
 * deputy minister and the Commission's coordinator also attended the meeting"), the states the sentence before named,
 * whose meeting it was. Otherwise their attending is no meeting the story tells of ("Yoon will fly to Singapore before
 * attending the ASEAN summit", "Armenia still takes part in the Eurasian Economic Union"), nor is observers' attending.
 */
function attendedGathering(d: DocView, c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  if (d.sentenceMode || a.type !== 'CONSULT' || !ATTENDING.test(d.doc.text.slice(a.hit.start, a.hit.end))) return;
  if (AS_OBSERVERS.test(d.doc.text.slice(a.hit.end, st.s.end))) { r.actor = []; r.recipient = []; return; }
  // ("X hosted A's president, B's emir and C's king. D was represented by its foreign minister, and E by ... F's prime
  // minister attended as a guest": those the sentence names join the guests of the host's gathering just before)
  const joined = joinedGathering(d, c, st);
  if (joined) { r.actor = joined.guests; r.recipient = joined.host; return; }
  if (r.recipient.length) return;
  if (r.actor.length && /\balso\s+$/i.test(d.doc.text.slice(st.s.start, a.hit.start)) && c.prevSentence === st.s.index - 1 && c.prevNamed.length) {
    r.actor = [...new Set([...c.prevNamed, ...r.actor])];
    return;
  }
  r.actor = [];
}

/**
 * The gathering a host held with two or more guests, reported in the two sentences before, with the states the sentence
 * names (people's states and organisations too) among its guests; null when there is none or the sentence adds no one.
 */
function joinedGathering(d: DocView, c: Carry, st: SentenceState): { guests: string[]; host: string[] } | null {
  const consult = d.versions.code('CONSULT', d.options.plover);
  const last = c.drafts.findLast((x) => x.type === consult && x.status === 'occurred' && x.sentence >= st.s.index - 2 && x.sentence < st.s.index
    && ((x.mode === 'host' && x.actor.length === 1 && x.recipient.length >= 2) || (ATTENDING.test(x.trigger) && x.recipient.length === 1)));
  if (!last) return null;
  const [host, guests] = last.mode === 'host' ? [last.actor, last.recipient] : [last.recipient, last.actor];
  const named = [...new Set(st.parts.filter((p) => p.kind === 'mention' && !p.venue).flatMap((p) => p.codes))].filter((x) => !host.includes(x));
  const added = named.filter((x) => !guests.includes(x));
  return added.length ? { guests: [...guests, ...added], host: host.slice() } : null;
}


/** After attending, the role of observers: " the meeting as observers". */
const AS_OBSERVERS = /^[^,;]*?\bas\s+(?:an?\s+)?observers?\b/i;
/** Between a condemnation and the supplier's state: "the supply of ", "deliveries of ". */
const SUPPLY_OF = /^\s+(?:the\s+)?(?:supply|supplies|supplying|delivery|deliveries|transfer|transfers|sale|sales|shipment|shipments|provision)\s+of\s+$/i;

/** A charge named again by a pronoun: "calling it", "called them". */
const CALLING_IT = /^call(?:ing|ed|s)?\s+(?:it|them|this|that)\b/i;

/** Decides that a charge restated about the act a sentence has just condemned (", calling it a breach of sanctions") is the same charge, at the same states. */
function restatedCharge(d: DocView, c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  if (d.sentenceMode || (a.type !== 'ACCUSE' && a.type !== 'DISAPPROVE') || !r.actor.length || !CALLING_IT.test(d.doc.text.slice(a.hit.start, a.hit.end))) return;
  const types = new Set((['ACCUSE', 'DISAPPROVE'] as const).map((t) => d.versions.code(t, d.options.plover)));
  const before = c.drafts.findLast((x) => x.sentence === st.s.index && types.has(x.type) && x.actor.join() === r.actor.join());
  if (before) r.recipient = before.recipient.slice();
}

/** Decides that a condemnation of one state's supplies to another ("condemned the supply of North Korean artillery shells to Russia") is aimed at both. */
function suppliesCondemned(d: DocView, _c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  if (d.sentenceMode || (a.type !== 'ACCUSE' && a.type !== 'DISAPPROVE') || !r.actor.length) return;
  const text = d.doc.text;
  const supplier = st.groups.find((g) => g.start >= a.hit.end && SUPPLY_OF.test(text.slice(a.hit.end, g.start)));
  if (!supplier) return;
  const to = st.groups.find((g) => g.start > supplier.end && g.prep === 'to' && !/[,;]/.test(text.slice(supplier.end, g.start)) && g.start - supplier.end <= 80);
  if (!to || to.codes.some((x) => supplier.codes.includes(x) || r.actor.includes(x))) return;
  r.recipient = [...new Set([...supplier.codes, ...to.codes])];
}

/** A sentence that opens with an organisation's chair, up to the organisation: "The chair of the ", "The current chairman of ". */
const CHAIR_OF = /^\s*The\s+(?:current\s+|rotating\s+)?(?:chair|chairman|chairwoman|chairperson|president)\s+of\s+(?:the\s+)?$/i;

/**
 * Decides that the chair of an organisation, named with a state's office in apposition ("The chair of the Pacific Islands
 * Forum, Cook Islands Prime Minister Mark Brown, urged France"), acts for the organisation.
 */
function chairOf(d: DocView, _c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  if (d.sentenceMode || !r.actor.length || r.actor.includes('IGO')) return;
  const text = d.doc.text;
  const org = st.groups.find((g) => g.end <= a.hit.start && g.codes.length === 1 && g.codes[0] === 'IGO' && CHAIR_OF.test(text.slice(st.s.start, g.start)));
  if (!org || !/^\s*,/.test(text.slice(org.end, org.end + 3))) return;
  r.actor = ['IGO'];
  r.recipient = r.recipient.filter((x) => x !== 'IGO');
}

/** The triggers of guests who attend: "attended", "took part", "participated", "was represented by". */
export const ATTENDING = /^(?:attend|(?:took|take|takes|taking)\s+part|participat|(?:was|were)\s+represented)/i;
/** A gathering named again as the subject, up to its verb: "The summit ", "The two-day meeting ". */
const GATHERING_SUBJECT = new RegExp(String.raw`^\s*(?:the|this)\s+(?:[\p{L}'’-]+\s+){0,3}(?:${GATHERING_WORD})\s+$`, 'iu');

/** A state's own people addressed: "its citizens", "their nationals" (a demonym for them is found by `ownPeople`). */
const OWN_PEOPLE = /^\s+(?:(?:its|their|his|her)\s+(?:own\s+)?|(?:the\s+)?(?:country's|nation's)\s+)(?:citizens|nationals|people|compatriots|population|public|businesses|firms|companies|consumers|exporters|importers|traders|residents|farmers)\b/i;
/** The words after a demonym that name its people: "(Chinese) citizens" (a plural demonym, "Colombians", names them alone). */
/** A demonym that is a plural noun of people: "Colombians", "Cypriots" (the demonym without its "s"), not "Swiss" or "Japanese". */
const pluralPeople = (word: string) => /s$/.test(word) && ACTORS.demonyms.has(word.slice(0, -1));
const PEOPLE_AFTER = /^(?:\s+(?:citizens|nationals|people|compatriots|businesses|firms|companies|consumers|exporters|importers|traders|residents|farmers|tourists|travellers|travelers|students|workers))\b/i;

/** Decides that a request or demand a state addresses to its own people ("urged Colombians to buy domestic products",
 * "told its citizens to leave") is domestic: no state is asked, whatever the rest of the clause names. */
function ownPeople(d: DocView, _c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  if (d.sentenceMode || (a.type !== 'REQUEST' && a.type !== 'DEMAND') || r.actor.length === 0) return;
  const text = d.doc.text;
  const after = text.slice(a.hit.end, a.hit.end + 60);
  const demonym = st.parts.find((p) => p.start >= a.hit.end && p.via === 'demonym' && !p.person && /^\s+(?:the\s+)?$/i.test(text.slice(a.hit.end, p.start)));
  const own = OWN_PEOPLE.test(after) || (!!demonym && demonym.codes.every((x) => r.actor.includes(x)) && (pluralPeople(text.slice(demonym.start, demonym.end)) || PEOPLE_AFTER.test(text.slice(demonym.end, demonym.end + 20))));
  if (own) { r.actor = []; r.recipient = []; }
}

/** A sentence that opens with a titled person of no state named, up to the verb: "Agriculture Minister Kody Blois rejected", "Foreign Secretary Ana Ruiz, speaking in Lima, said"; or with an office alone: "The President again urged". */
const TITLED_OPENING = new RegExp(String.raw`^\s*["“]?(?:(?:(?:[\p{Lu}][\p{L}-]*\s+){0,3})${TITLE_SOURCE}\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}|The\s+(?:${TITLE_SOURCE}|[Pp]residential\s+[Oo]ffice|[Ff]oreign\s+[Mm]inistry)\s+(?!(?:of|for|and|in|at|on|to|with|from|who|whose|which)\b))(?:(?:also|later|then|again|on\s+\p{Lu}\p{Ll}+day)\s+)?\p{Ll}`, 'u');

/**
 * Decides that an official whose state the story leaves unnamed, opening the sentence, answers for the other state of the
 * story's pair when the act addresses one of the two: "Agriculture Minister Kody Blois rejected the Chinese characterization".
 */
function unnamedOfficial(d: DocView, _c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  if (d.sentenceMode || r.actor.length || r.recipient.length !== 1) return;
  const partner = pairPartner(d.dyad, r.recipient[0]!);
  const opening = TITLED_OPENING.exec(st.text);
  if (!partner.length || !opening) return;
  // (a state named before the act is its subject, unless it stands after the opening's verb and the act is joined to that
  // verb by "and": "Minister X rejected the Chinese characterization, saying ..., and urged Beijing to")
  const verbAt = st.s.start + opening[0].length - 1;
  const joined = /(?:,\s*|\s)and\s+(?:also\s+|then\s+|later\s+)?$/i.test(d.doc.text.slice(st.s.start, a.hit.start));
  if (st.groups.some((g) => g.end <= a.hit.start && !g.venue && g.prep === null && (!joined || g.start < verbAt))) return;
  r.actor = partner;
  r.inferred = true;
}

/** The steps that complete a trigger's roles from the sentences before, the sentence's quote and the words around the act, in the order they apply. */
/** A state's possessive right before an act named as a noun: "Russia's war against", "Chile's full support for". */
const POSSESSED_ACT = /^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/** Decides that the state whose possessive names an act is its actor, whatever the clause's subject: "a crisis caused by Russia's war against Ukraine". */
function possessorActor(d: DocView, _c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  if (d.sentenceMode || tokenAt(d.ann.tokens, a.hit.start)?.pos !== 'NOUN') return;
  const g = st.groups.findLast((x) => x.end <= a.hit.start);
  if (!g || g.venue || g.person || g.codes.includes('IGO') || !POSSESSED_ACT.test(d.doc.text.slice(g.end, a.hit.start))) return;
  if (g.codes.every((x) => r.actor.includes(x)) && r.actor.every((x) => g.codes.includes(x))) return;
  r.actor = g.codes.slice();
  r.recipient = r.recipient.filter((x) => !g.codes.includes(x));
}

/** What a state is thanked for, named as its own act: "thanked Romania for its constant support". */
const THANKED_FOR = /\b(?:thank(?:s|ed|ing)?|grateful|gratitude)\b[^.;!?]*\bfor\s+(?:(?:its|their|his|her|the)\s+["“]?(?:[\p{Ll}-]+\s+){0,4})?$/iu;

/** Acts a state is thanked for as done to the one who thanks (a mediation thanked for is between others). */
const THANKED_ACTS = new Set<PloverType>(['SUPPORT', 'AID', 'COOPERATE']);

/** Decides that the act a state is thanked for is that state's, done to the one who thanks it (not to a state named later in the sentence). */
function thankedFor(d: DocView, c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  if (d.sentenceMode || !THANKED_ACTS.has(a.type) || !THANKED_FOR.test(d.doc.text.slice(st.s.start, a.hit.start))) return;
  const thanks = c.drafts.findLast((x) => x.sentence === st.s.index && /^(?:thank|grateful|gratitude)/i.test(x.trigger) && x.actor.length && x.recipient.length);
  if (!thanks) return;
  r.actor = thanks.recipient.slice();
  r.recipient = thanks.actor.filter((x) => !thanks.recipient.includes(x));
}

/** The words of trade a figure is given for: "trade", "turnover", "commerce". */
export const TRADE_WORD = String.raw`trade|turnover|commerce`;
const TRADE_TRIGGER = new RegExp(String.raw`\b(?:${TRADE_WORD})\b`, 'i');
/** A state's trade with everyone: "total trade", "foreign trade", "its overall trade". */
const TRADE_OF_ALL = new RegExp(String.raw`\b(?:total|overall|global|foreign|external|world|worldwide)\s+(?:\p{L}+\s+)?(?:${TRADE_WORD})\b`, 'iu');

/**
 * Decides that a trade figure of one of the story's pair, with no other state named, is the pair's trade: "Vietnamese
 * customs data put last year's trade at 230 million dollars", "He said trade had hit a record" (not its total or foreign trade).
 */
function pairTrade(d: DocView, _c: Carry, st: SentenceState, a: Act, r: Roleplay): void {
  const other = r.actor.length === 1 ? pairPartner(d.dyad, r.actor[0]!) : [];
  if (d.sentenceMode || a.type !== 'COOPERATE' || r.recipient.length || !other.length) return;
  if (!TRADE_TRIGGER.test(d.doc.text.slice(a.hit.start, a.hit.end)) || TRADE_OF_ALL.test(st.text)) return;
  r.recipient = other;
  r.inferred = true;
}

export const ROLE_STEPS: readonly RoleStep[] = [possessorActor, thankedFor, thingSubject, objectPronoun, reactionToBody, quotedAct, speakerAfterQuote, companyParties, imposedBy, reachedBy, passiveTarget, hitBy, blocObject, nounFrom, namedGiver, passiveSigning, signedContent, embassySeat, signatoriesMeeting, suchThings, borderNeighbour, joinedSanctions, civilianGuests, reportedCharge, filedCase, memberOf, summonedEnvoy, noteSender, attackedPlace, demonymGiver, ownPeople, visitingGuest, claimedTarget, arrivalPlace, refugeeAid, mobilizedAgainst, pairTrade, guestList, joinedGuests, gatheringHost, attendedGathering, unnamedOfficial, unnamedAntecedent, itsOthers, chairOf, suppliesCondemned, restatedCharge];