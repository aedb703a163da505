// events/lexicon: PLOVER events from the trigger lexicon (data/plover/lexicon.json).
// Per sentence: find trigger matches, choose actor and recipient among the sentence's state, IGO,
// organisation and person mentions, derive mode, context, status and date; then merge the reports
// of one interaction (same type, same participants) into one event per document.
import type { Annotations, Document, EventFact, EventStatus, Evidence, ExtractOptions, Fact, PloverType, Sentence, Token } from '../../core/types.ts';
import { defineExtractor, evidenceOf } from '../../core/types.ts';
import { eventDate, pickDated, storyDate } from './dating.ts';
import { lexicon, type Lexicon } from './lexicon.ts';
import { CONTENT_BEFORE, findHits, tokenAt, type Hit } from './hits.ts';
import { negatedMeetingFrame, refusedAcceptance, scheduledNominal, statusOf, threatStatus, typeOf } from './status.ts';
import { ploverVersions } from './ontology.ts';
import { refineRoles } from './context.ts';
import { COOPERATIVE, FRIENDLY, GOVERNING } from './families.ts';
import { CIVILIANS_AFTER, CIVILIANS_OF, DRILL, assignRoles, groupParts, mentionParts, type Group, type Part, type Roleplay } from './actors.ts';
import { TITLE_SOURCE } from '../../nlp/gazetteers/titles.ts';
import { describedStates } from './descriptions.ts';
import type { Act, Carry, ClauseView, DocView, Draft, Interview, Logical, SentenceState, SentenceStep } from './view.ts';
import { ASKED_NOUNS, ATTENDING, COMPANY_AFTER, GATHERING_WORD, RECEPTION, ROLE_STEPS, TRADE_WORD, headlineAt } from './roles.ts';

/** Contexts that name the kind of aid. */
const AID_MODES = new Set(['humanitarian', 'military', 'economic']);
/** Verbs whose particle is "over" ("rolled over a credit line", "handed over", "presided over"): no subordinate "over" clause. */
const OVER_VERBS = 'roll|rolls|rolled|rolling|hand|hands|handed|handing|take|takes|took|taken|taking|turn|turns|turned|turning|preside|presides|presided|presiding|fly|flies|flew|flown|flying|carry|carries|carried|win|wins|won|pass|passes|passed';
/** Words that open a subordinate clause: triggers after them are background, not the main event ("as a violation" is no clause: "condemned the strikes as a violation ... and denied"; nor is the particle of "rolled over", "handed over", "presided over"). */
const SUBORDINATE = new RegExp(String.raw`(?:,\s*|\s)(?:after|as(?!\s+(?:an?\s|["“]))|because|(?<!\b(?:has|have|had|ever|long)\s)since(?!\s+then\b)|following|whom|who|which|where|although|though|despite|when|whose|if|unless|against|in protest|to protest|to demand|to show|in demanding|aimed at|in order to|so that|in response to|in retaliation for|amid|(?<!\b(?:${OVER_VERBS})\s)over)\b[^,;]*$|\b(?:after|following|amid)\b(?![^;]*,\s*(?:and|but)\s)`, 'i');

/** Coordinated actors who act one by one: "each offered", "separately" ("both urged" is one act of the two, as the team's gold codes it). */
const DISTRIBUTIVE = /\b(?:each|separately|individually|respectively)\b(?:\s+\p{L}+ly)?(?:\s+(?:has|have|had|will|would))?\s+(?:\p{L}+\s+)?$/iu;

/** People named by a nationality who act as a crowd: "Polish farmers", "Bolivian truckers", "Armenian students". */
const CROWD_AFTER = /^\s+(?:[\p{Ll}-]+\s+)?(?:farmers|truckers|lorry drivers|drivers|workers|students|activists|protesters|protestors|demonstrators|crowds|residents|villagers|fishermen|youths|nationalists|supporters|exiles|veterans|traders|unions|groups)\b/u;

/** Verbal acts that may be the purpose of a visit or call ("phoned X to urge calm", "flew to Y to thank Z"): done in it. */
const PURPOSE_ACTS = new Set<PloverType>(['REQUEST', 'DEMAND', 'SUPPORT', 'AGREE', 'ACCUSE', 'DISAPPROVE', 'REJECT']);
/** From the end of a visit or call up to a purpose infinitive: "his counterpart to", "Lome on Monday to thank Togo and to". */
const PURPOSE_GAP = /^[^.;!?]{0,160}?\bto\s+$/;
/** A clause of its own between the visit and the infinitive: "..., which asked to", "... but wants to". */
const PURPOSE_BREAK = /,\s*(?:which|who|where|while|but|after|before|as|when)\b|\b(?:but|while|said|says|asked|wants?|wanted|needs?|plans?|planned|hopes?|hoped|decided|agreed|refused|failed|ready|able|expected)\b/i;


/** A state named only on a flag or banner that people hold, alone or in a list: "holding Georgian, Ukrainian and EU flags", "waving Russian flags" (a flag burned is the state protested against). */
const FLAG_AFTER = /^(?:(?:,\s*|\s+and\s+)\p{Lu}[\p{L}-]*)*\s+(?:flags?|banners?)\b/u;
const FLAG_HELD = /\b(?:hold|holds|holding|held|wave|waves|waving|waved|carry|carries|carrying|carried|draped\s+in|wrapped\s+in)\s+(?:(?:the|their|a)\s+)?(?:\p{Lu}[\p{L}-]*(?:,\s*|\s+and\s+))*$/u;

/**
 * The two states mentioned most often: what "the two countries" and "the sides" refer to. The state
 * the story opens with (its first named state, mentioned again later) is one of them even when
 * outnumbered by the others' reactions ("North Korea fired a missile ... Japan ... the United States").
 */
export function mainDyad(parts: readonly Part[]): string[] {
  const n = new Map<string, number>();
  for (const p of parts) if (!p.venue) for (const c of p.codes) if (c !== 'IGO') n.set(c, (n.get(c) ?? 0) + 1);
  const ranked = [...n.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map((e) => e[0]);
  const lead = parts.find((p) => !p.venue && !p.person && p.codes.length === 1 && p.codes[0] !== 'IGO')?.codes[0];
  if (lead && !ranked.slice(0, 2).includes(lead) && (n.get(lead) ?? 0) >= 2) return [lead, ranked[0]!];
  return ranked.slice(0, 2);
}

/** An office right after an organisation or state: "Commission chairman", "'s foreign minister" (the titles of data/gazetteers/titles.tsv). */
const OFFICE_AFTER = new RegExp(String.raw`^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,3}?${TITLE_SOURCE}`, 'iu');

/** The distinct states (not organisations, not places) named by participants. */
function namedStates(parts: readonly Part[]): string[] {
  // (a person mention resolved from "the two leaders" or "he" names no state itself)
  return [...new Set(parts.filter((p) => p.kind === 'mention' && !p.venue && p.via !== 'group' && p.via !== 'pronoun').flatMap((p) => p.codes).filter((c) => c !== 'IGO'))];
}

/**
 * Whom "the two sides", "the two men", "both neighbours" stand for when they are the subject of a
 * clause: the two states named before them in the sentence ("A's minister met his B counterpart, and
 * the two sides signed ..."), or, when the sentence names none before them, the two states the
 * sentence before names; after "between", the two states named before it in the sentence ("Moroccan
 * and Mauritanian firms built a road between the two countries"). As the object of a verb, two states
 * the sentence before names outside the story's pair ("... thanked both countries"). Otherwise the story's
 * main pair.
 */
function collectivePair(text: string, base: number, at: number, parts: readonly Part[], prevNamed: readonly string[], size = 2, dyad: readonly string[] = []): string[] | null {
  const lead = text.slice(0, at);
  const before = namedStates(parts.filter((p) => p.end <= base + at));
  const fits = (n: number) => n === size;
  // "Moroccan and Mauritanian contractors built a crossing between the two countries": the two just named
  if (/\b(?:between|among)\s+$/i.test(lead) && fits(before.length)) return before;
  // ("X hosted the leaders of Y and Z ..., with the three leaders pledging": the three the sentence named before)
  if (size >= 3 && before.length === size) return before;
  if (!/(?:^\s*["“]?|[,;]\s*|[,;]?\s+(?:and|but|then|while|where|whereupon|after|when|before|until|since|because|as|once|although|though|(?:during|at|in|after|following)\s+which)\s+(?:then\s+)?)$/i.test(lead)) {
    // ("Erdogan hailed the reconciliation between Somalia and Ethiopia and praised the two leaders": as the object of a
    // verb, the states named before it other than the subject's, the first named; not after a preposition or conjunction: "officials from both countries")
    if (/\b(?:from|of|by|with|for|in|on|at|to|among|between|and|or|than|about|over|against)\s+$/i.test(lead)) return null;
    if (before.length === size + 1) return before.slice(1);
    // ("... withdrawing its staff from A, B, C, D and E. Gil accused the five governments of": the states the sentence before
    // named other than the subject's)
    const rest = prevNamed.filter((x) => !before.includes(x));
    // ("Australia and New Zealand sent police officers. Ms Mata'afa thanked both countries": two, too, when neither is
    // of the story's pair, which "both sides" otherwise stands for: "The African Union urged both sides")
    return before.length <= 1 && rest.length === size && (size >= 3 || rest.every((x) => !dyad.includes(x))) ? rest : null;
  }
  if (fits(before.length)) return before;
  // ("Putin made a state visit to Astana, during which the two presidents signed": a state named and the capital visited)
  const venues = [...new Set(parts.filter((p) => p.venue && p.end <= base + at).flatMap((p) => p.codes))].filter((x) => x !== 'IGO' && !before.includes(x));
  if (before.length === 1 && venues.length === 1 && fits(2)) return [...before, ...venues];
  if (before.length === 0 && fits(prevNamed.length)) return prevNamed.slice();
  return null;
}

/** A quote that opens a sentence and the attribution after it: '"...," she said', '"...," said President X', '"...," the minister told reporters'. */
const QUOTE_THEN_SPEAKER = /^\s*["“](.+?)[,.!?]?["”]\s*,?\s+(.{0,120}?)\b(?:said|says|told|added|adds|stressed|stresses|insisted|insists|declared|wrote|warned|noted|notes|explained|explains)\b(.*)$/su;

/** The end of a quote opened in an earlier sentence and the attribution after it: '... are being killed," Trump told reporters'. */
const QUOTE_CLOSED_THEN_SPEAKER = /^\s*([^"“”]+?)[,.!?]?["”]\s*,?\s+(.{0,120}?)\b(?:said|says|told|added|adds|stressed|stresses|insisted|insists|declared|wrote|warned|noted|notes|explained|explains)\b(.*)$/su;

/**
 * The end of a sentence's opening quote and the state of its speaker: the first state, person or body
 * the attribution names ('"...," said Chilean President Ana Soto' -> CHL), or, for "he/she said" and
 * "the minister said", the official who was the subject before (`official`).
 */
function quoteSpeaker(text: string, base: number, groups: readonly Group[], official: readonly string[], openBefore = false): { end: number; speaker: string[] } | null {
  // ('... they are being killed," Trump told reporters': a sentence that closes a quote opened in the one before)
  const m = QUOTE_THEN_SPEAKER.exec(text) ?? (openBefore ? QUOTE_CLOSED_THEN_SPEAKER.exec(text) : null);
  if (!m) return null;
  const end = base + text.indexOf(m[1]!) + m[1]!.length;
  const named = groups.find((g) => g.start >= end && !g.venue && g.prep === null);
  if (named) return { end, speaker: named.codes.slice() };
  // ('" with Pakistan, he adds': the quote's last words may run on past its closing mark)
  if (/^(?:[^,;"“”]{0,40},\s*)?(?:he|she|they|the\s+(?:\p{L}+\s+){0,2}(?:minister|president|premier|chancellor|spokes(?:man|woman|person)|ministry|official|ambassador|envoy|leader))\s*$/iu.test(m[2]!.trim()) && official.length) {
    return { end, speaker: official.slice() };
  }
  return null;
}

/** A sentence that is all quote, with no attribution of its own: whoever spoke just before goes on speaking. */
function quoteGoingOn(d: DocView, st: SentenceState, c: Carry): { end: number; speaker: string[] } | null {
  if (!c.lastSubject.length) return null;
  const before = d.doc.text.slice(Math.max(0, st.s.start - 200), st.s.start);
  // ('he said: "Germany is aware ... . I ask for forgiveness ..."': the second sentence of a quote opened before)
  const goesOn = /^[^"“”]+["”]\s*$/.test(st.text) && /["“][^"“”]*$/.test(before);
  if (!goesOn && !/^\s*["“][^"“”]+["”]\s*$/.test(st.text) && !/^\s*["“][^"“”]+[.!?]\s*$/.test(st.text)) return null;
  // (the subject before was an official, or someone was reported speaking just before)
  if (!c.officialSubject && !/\b(?:said|says|told|added|stressed|noted|explained)\b/.test(before)) return null;
  return { end: st.s.end, speaker: c.lastSubject.slice() };
}

/** The sentence opens with one of the lexicon's pronouns ("It", "Their", "The army"). */
function opensWithPronoun(lex: Lexicon, text: string): boolean {
  lex.pronouns.lastIndex = 0;
  const m = lex.pronouns.exec(text);
  return m !== null && /^\s*["“]?$/.test(text.slice(0, m.index));
}

/** A sentence saying the visit or meeting just reported will not take place: "The trip was called off", "The visit has been postponed". */
const CALLED_OFF = /^\s*(?:The|That|This|His|Her|Their|But\s+the)\s+(?:planned\s+|scheduled\s+)?(?:trip|visit|meeting|talks|summit|session|tour)\s+(?:was|were|has\s+been|had\s+been|have\s+been|is)\s+(?:later\s+|abruptly\s+|then\s+)?(?:called\s+off|cancelled|canceled|postponed|scrapped|put\s+off|shelved|suspended)|^\s*(?:The|That|This)\s+(?:trip|visit|meeting|talks)\s+did\s+not\s+take\s+place/i;

/** A sentence about sport ("beat Argentina 2-1 in a World Cup qualifier"): two or more different words of the lexicon's offtopic list. */
function offTopic(lex: Lexicon, text: string): boolean {
  if (!lex.offtopic) return false;
  lex.offtopic.lastIndex = 0;
  const seen = new Set<string>();
  for (const m of text.matchAll(lex.offtopic)) seen.add(m[0].toLowerCase());
  // (or a score: "to beat New Zealand 27-20")
  return seen.size >= 2 || /\b(?:beat|beats|beating|defeated|defeat|won|lost|drew|thrashed|edged)\b[^.;]{0,60}?\b\d{1,3}-\d{1,3}\b/i.test(text);
}

/** Where the finite verbs of [start, end) begin (VERB tokens, not participles in -ing); with `nominal`, the nouns and gerunds. */
function verbStarts(text: string, tokens: readonly Token[], start: number, end: number, nominal: boolean): number[] {
  const out: number[] = [];
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (tokens[mid]!.end <= start) lo = mid + 1; else hi = mid; }
  for (let i = lo; i < tokens.length && tokens[i]!.start < end; i++) {
    const t = tokens[i]!;
    const ing = /ing$/i.test(text.slice(t.start, t.end));
    if (nominal ? t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'VERB' && ing) : t.pos === 'VERB' && !ing) out.push(t.start);
  }
  return out;
}

function contextsOf(lex: Lexicon, text: string): string[] {
  const out: string[] = [];
  for (const c of lex.contexts) {
    c.re.lastIndex = 0;
    if (c.re.test(text)) out.push(c.name);
  }
  return out;
}

/**
 * Sentences as the events see them: hard-wrapped lines ("...signed a joint Declaration between
 * Azerbaijan and\nGeorgia...") are joined back when a line ends with no sentence-final punctuation
 * and the next one follows after a single line break.
 */
export function logicalSentences(text: string, sentences: readonly Sentence[]): Logical[] {
  const out: Logical[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (prev) {
      const gap = text.slice(prev.end, s.start);
      const tail = text.slice(Math.max(prev.start, prev.end - 3), prev.end);
      if (/^[ \t]*\n?[ \t]*$/.test(gap) && gap.includes('\n') && !/[.!?:;]["”’)]?$/.test(tail) && /^[\p{Ll}\p{Lu}\d"“(]/u.test(text.slice(s.start, s.start + 1))) {
        prev.end = s.end;
        prev.members.push(s.index);
        continue;
      }
    }
    out.push({ index: s.index, start: s.start, end: s.end, members: [s.index] });
  }
  return out;
}


/** Marks the future visits or meetings just reported as negated when this sentence calls them off. */
function calledOff(d: DocView, c: Carry, st: SentenceState): void {
  // "X was due in Warsaw on Monday. The trip was called off": the planned visit or meeting just reported did not happen
  if (!d.sentenceMode && CALLED_OFF.test(st.text)) {
    for (const x of c.drafts) if (x.sentence >= c.prevSentence && x.status === 'future' && (x.type === 'AGREE' || x.type === 'CONSULT')) x.status = 'negated';
  }
}

/** Decides whom an opening "he" or "she" stands for: the official who was the subject before. */
function openingPronoun(d: DocView, c: Carry, st: SentenceState): void {
  const { s, text, parts } = st;
  // "The AU chairman ... met President X. He urged ...": a "he" or "she" opening a sentence is the
  // official who was the subject of the sentence before, not the last person named there
  if (!d.sentenceMode && c.officialSubject && c.lastSubject.length) {
    const i = parts.findIndex((p) => p.via === 'pronoun' && /^\s*["“]?$/.test(text.slice(0, p.start - s.start)) && /^(?:he|she)$/i.test(d.doc.text.slice(p.start, p.end)));
    if (i >= 0 && parts[i]!.codes.some((x) => !c.lastSubject.includes(x))) parts[i] = { ...parts[i]!, codes: c.lastSubject.slice() };
  }
  // "In Algiers, the foreign ministry accused London ...": a state body after a fronted seat of government is that state's
  const fronted = d.sentenceMode ? null : SEAT_FRONTED.exec(text);
  const seated = fronted ? SEATED_BODY.exec(text.slice(fronted[0].length)) : null;
  if (fronted && seated) {
    const end = s.start + fronted[0].length + seated[0].length;
    const placeAt = s.start + fronted[0].indexOf(fronted[1]!);
    const place = parts.find((p) => p.venue && p.codes.length === 1 && p.codes[0] !== 'IGO' && p.start === placeAt && p.end === placeAt + fronted[1]!.length);
    if (place && !parts.some((p) => !p.venue && p.start < end)) {
      parts.push({ start: end - seated[1]!.length, end, codes: place.codes.slice(), venue: false, person: false, kind: 'pronoun', via: 'pronoun' });
      return;
    }
  }
  // "Kuwait protested the ruling. The Foreign Ministry said ...": a state body named without its state, opening the
  // sentence, is the body of the single state that was the subject before
  const body = d.sentenceMode || c.lastSubject.length !== 1 ? null : BARE_BODY.exec(text);
  if (body && !parts.some((p) => p.start < s.start + body[0].length)) {
    parts.push({ start: s.start + body[0].length - body[1]!.length, end: s.start + body[0].length, codes: c.lastSubject.slice(), venue: false, person: false, kind: 'pronoun', via: 'pronoun' });
  }
}

/** A state body opening a sentence without its state's name: "The Foreign Ministry", "The ministry", "The government". */
/** A state's body named by its function: "the foreign ministry", "the government", "the Foreign Office". */
const STATE_BODY = String.raw`(?:(?:foreign|defen[cs]e|interior|economy|trade|finance|energy|justice)\s+)?(?:ministry|government|presidency|cabinet)|foreign\s+office`;
const BARE_BODY = new RegExp(String.raw`^\s*["“]?(?:(?:in|on)\s+(?:a|an|its|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|communiqu[ée]|note|post|message|release|briefing),\s*)?(?:the|its)\s+(${STATE_BODY})(?=\s+(?:said|says|added|stated|announced|called|urged|warned|rejected|condemned|denied|demanded|insisted|noted|stressed|expressed|summoned|welcomed|accused|protested|described|dismissed)\b)`, 'iu');

/** A seat of government fronted with "In" and a comma: "In Algiers, ", "In Moscow, ". */
const SEAT_FRONTED = /^\s*["“]?In\s+(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)?),\s*/u;
/** A state body opening what follows such a seat: "the foreign ministry", "its government", "the authorities". */
const SEATED_BODY = new RegExp(String.raw`^(?:the|its)\s+(${STATE_BODY}|authorities)\b`, 'i');

/** How many states a collective with a number word stands for (any other stands for two). */
const COLLECTIVE_SIZE: Readonly<Record<string, number>> = { three: 3, trio: 3, quartet: 4, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
/** Words that make a collective of three: "a trilateral project", "the tripartite format". */
const TRILATERAL = /\b(?:trilateral|tripartite|three-way)\b/i;
/** A collective that gives no number: "the leaders", "the parties", "the heads of state". */
const UNNUMBERED = /^(?:the\s+)?(?:leaders|parties|presidents|heads\s+of\s+(?:state|government)|(?:prime\s+|foreign\s+)?ministers|premiers|countries|delegations|(?:member|partner|participating)\s+(?:states|countries)|participants|partners)$/i;
/** A collective that names the guests of a gathering only: "the participants", "the partners" (with no gathering before, no one). */
const GUESTS_ONLY = /^(?:the\s+)?(?:participants|partners)$/i;
/** A relative clause on a gathering's place or time, up to its subject: ", where ", ", at which ", ", during which ". */
const GATHERING_RELATIVE = /,\s*(?:where|when|(?:at|during|in)\s+which)\s+$/i;
/** A collective of an organisation's or a gathering's members: "the member states", "the five partner states". */
const MEMBERS = /\b(?:member|partner|participating)\s+(?:states|countries)$/i;
/** A possessive that makes a collective the kind of a gathering: "the leaders' (summit)", "the ministers' (meeting)". */
const POSSESSIVE_GATHERING = new RegExp(String.raw`^['’]s?\s+(?:[\p{L}-]+\s+)?(?:${GATHERING_WORD})\b`, 'iu');
/** The adjectives that stand for the story's pair: "bilateral talks", "mutual trade", "two-way trade". */
const BILATERAL = /^(?:bilateral|mutual|two-way)$/i;
/** The trade a pair word qualifies: "bilateral (trade)", "two-way (turnover)". */
const TRADE_AFTER = new RegExp(String.raw`^\s+(?:\p{L}+-\p{L}+\s+)?(?:${TRADE_WORD})\b`, 'iu');
/** A collective that says it is two: "the two sides", "both", "bilateral". */
const TWO_OF = /\b(?:two|both|bilateral|pair)\b/i;
const COLLECTIVE_NUMBER = new RegExp(String.raw`\b(${Object.keys(COLLECTIVE_SIZE).join('|')})\b`, 'i');

/**
 * The states of the largest gathering (CONSULT) of the last sentence that reported one, up to ten sentences
 * back, when they are three or more: "Lima hosted the presidents of Chile and Bolivia for the summit". Not
 * a meeting "between" two of them hosted by a third ("a meeting between the ministers of the two countries,
 * hosted by Angola's president": the two met; the host only hosted).
 */
function lastGathering(d: DocView, c: Carry, sentence: number, bodies = false): string[] | null {
  const consult = d.versions.code('CONSULT', d.options.plover);
  const parties = (x: Draft) => [...new Set([...x.actor, ...x.recipient])];
  const states = (x: Draft) => parties(x).filter((y) => y !== 'IGO');
  // (a talk of two on its sidelines since is none: "On the sidelines, X held talks with Y. The ministers agreed")
  const met = c.drafts.findLast((x) => x.type === consult && x.sentence >= sentence - 10 && x.sentence < sentence && states(x).length >= 3);
  if (!met || /\bbetween\b[^.;]*\b(?:two|both)\b/i.test(met.evidence.text)) return null;
  const all = c.drafts.filter((x) => x.type === consult && x.sentence === met.sentence).map(bodies ? parties : states).reduce((a, b) => (b.length > a.length ? b : a), []);
  return all.filter((y) => y !== 'IGO').length >= 3 ? all : null;
}

/** The words before a state named as the source of a figure or report: "according to (the) Mexican figures". */
const SOURCE_BEFORE = /\baccording\s+to\s+(?:the\s+|official\s+)*$/i;

/** A collective of officials: "the ministers", "the leaders", "the two presidents", "the delegations". */
const OFFICIALS = /\b(?:leaders|presidents|ministers|premiers|delegations|heads\s+of)\b/i;

/** Whether two states met (a CONSULT draft of both) before. */
function metBefore(d: DocView, c: Carry, pair: readonly string[]): boolean {
  const consult = d.versions.code('CONSULT', d.options.plover);
  return c.drafts.some((x) => x.type === consult && pair.every((y) => x.actor.includes(y) || x.recipient.includes(y)));
}

/** Adds the states "the two countries", "the sides", "bilateral" stand for (collectivePair, else the story's pair). */
function collectives(d: DocView, c: Carry, st: SentenceState): void {
  const { s, text, parts } = st;
  const { lex, dyad } = d;
  {
    // "bilateral" stands for the story's pair unless the sentence names two states itself (a speaker alone does not count)
    // (with no pair in the story, only a pair named just before: "The Italian minister visited Tripoli. The two coast guards ...")
    // (a state's companies do not name it: "80 Japanese companies were operating in Pakistan and bilateral trade had reached")
    // (nor does the source of a figure: "Two-way trade reached $31 billion, ..., according to Mexican figures")
    const named = new Set(parts.filter((p) => !p.person && !p.venue && !COMPANY_AFTER.test(d.doc.text.slice(p.end, p.end + 60))
      && !SOURCE_BEFORE.test(d.doc.text.slice(Math.max(s.start, p.start - 40), p.start))).flatMap((p) => p.codes));
    lex.collectives.lastIndex = 0;
    // ("it was Australia that answered Sogavare's call ... under a bilateral treaty": a state and a person of
    // one other state named before "bilateral" are its pair)
    const withPeople = new Set(parts.filter((p) => !p.venue && p.kind === 'mention').flatMap((p) => p.codes).filter((x) => x !== 'IGO'));
    for (const m of text.matchAll(lex.collectives)) {
      const pairWord = BILATERAL.test(m[0]);
      // (when it names two, they are the pair of a trade figure: "Bilateral trade reached $5 billion, Turkish figures
      // show, with Malaysian palm oil among the main items"; not "held bilateral talks with the ministers of A and of B")
      // (an organisation named besides the two is no party of their trade: "making Italy the UAE's second largest partner in the European Union")
      const states = [...named].filter((x) => x !== 'IGO');
      const tradePair = named.size === 2 ? [...named] : states.length === 2 ? states : null;
      const tradeOf = pairWord && tradePair !== null && TRADE_AFTER.test(text.slice(m.index! + m[0].length));
      if (pairWord && named.size >= 2 && !tradeOf) continue;
      if (tradeOf) {
        parts.push({ start: s.start + m.index!, end: s.start + m.index! + m[0].length, codes: tradePair, venue: false, person: false, kind: 'collective' });
        continue;
      }
      // ("the foreign ministers of Ecuador and Peru": the states named after "of" say who they are)
      if (/^\s+of\s+(?:the\s+)?\p{Lu}/u.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 12))) continue;
      // ("The United States is the Dominican Republic's main partner; trade between them totalled": "them" is the collective)
      const index = m.index! + (/^between\s+/i.exec(m[0])?.[0].length ?? 0);
      const at = s.start + index;
      const end = s.start + m.index! + m[0].length;
      // ("Macron and Sisi strolled through the bazaar before their bilateral talks": two people of two states alone, too)
      // (withPeople holds every state mentioned, so one named after it is one of the two again: "held a bilateral
      // meeting ..., according to Mr Marape's office"; only an organisation named after it is a third party)
      if (pairWord && named.size <= 1 && withPeople.size === 2
        && parts.every((p) => p.kind !== 'mention' || p.venue || p.end <= at || !p.codes.includes('IGO'))) {
        parts.push({ start: at, end, codes: [...withPeople], venue: false, person: false, kind: 'collective' });
        continue;
      }
      // ("The Italian minister visited Tripoli. Since then, the two coast guards ...": a state named and the capital visited)
      const sides = c.prevSides.length === 1 && c.prevVenues.length === 1 && !c.prevSides.includes(c.prevVenues[0]!) ? [...c.prevSides, ...c.prevVenues] : c.prevSides;
      // ("X held talks with Y's minister ... At a briefing, X accused Z ... The ministers also discussed": officials with no
      // number are the story's pair that met, not two states the sentence before named for another act)
      const before = OFFICIALS.test(m[0]) && !COLLECTIVE_NUMBER.test(m[0]) && sides.length === 2 && dyad.length === 2
        && !metBefore(d, c, sides) && metBefore(d, c, dyad) ? dyad : sides;
      // ("the three leaders", "all three countries" stand for three states, "the four countries" for four; every other collective for two)
      // ("The parties agreed to explore a trilateral project": three, when three states were named together before)
      const size = COLLECTIVE_SIZE[COLLECTIVE_NUMBER.exec(m[0])?.[1]!.toLowerCase() ?? ''] ?? (c.trio.length === 3 && TRILATERAL.test(text) && !TWO_OF.test(m[0]) ? 3 : 2);
      // ("the three leaders" further on in the story: the three a sentence named together before)
      // ("the five countries" further on: the last five states a sentence named together, or one list of it, six sentences back at most)
      let pair = collectivePair(text, s.start, index, parts, before, size, dyad) ?? (size === 3 && c.trio.length === 3 ? c.trio.slice() : null)
        ?? (size >= 4 ? c.counted.findLast((x) => x.codes.length === size && x.sentence >= s.index - 6)?.codes.slice() ?? null : null);
      // ("Baghdad received Sisi and King Abdullah for the tripartite summit ... At the end of the summit the leaders
      // issued a communiqué": "the leaders", "the parties" with no number are all the states of the gathering just reported)
      // (not when the sentence names the two itself before it: "bilateral talks between Berdimuhamedov and Erdoğan, at which the leaders noted")
      // ("The five Partner States signed the declaration": a number of members that the gathering just reported has)
      const unnumbered = UNNUMBERED.test(m[0]);
      const members = MEMBERS.test(m[0]);
      const guestsOnly = GUESTS_ONLY.test(m[0]);
      // (the participants and partners of a gathering are its organisations too: "The participants adopted a final declaration")
      // ("The three Ministers agreed": the gathering of three, before three states the sentence before named for another act)
      // (not "the three countries" with no officials: measured, a gathering far back is then too often not them)
      const gathering = unnumbered || ((members || OFFICIALS.test(m[0])) && size >= 3) ? lastGathering(d, c, s.index, guestsOnly) : null;
      const all = gathering && (unnumbered || gathering.length === size) ? gathering : null;
      // (with no gathering before: members are an organisation's, no pair of the story, "the member states"; and a gathering
      // named for its kind of participants names no one, "hosted the leaders' Summit")
      if (!all && (members || guestsOnly || (unnumbered && POSSESSIVE_GATHERING.test(text.slice(m.index! + m[0].length))))) continue;
      const namedBefore = new Set(parts.filter((p) => !p.venue && p.kind === 'mention' && p.end <= at).flatMap((p) => p.codes).filter((x) => x !== 'IGO'));
      // ("received A's X, B's Y and C's Z at the base, where the leaders met": in a relative clause on the gathering's place
      // or time, three or more states the sentence itself named before "the leaders" are they)
      if (unnumbered && namedBefore.size >= 3 && GATHERING_RELATIVE.test(text.slice(0, m.index!))) pair = [...namedBefore];
      // ("welcomed his counterparts from A, B and C ... Minister X thanked Japan ... The ministers called on": officials are
      // the gathering's, not a pair that never met)
      else if (all && (guestsOnly || !pair || pair.every((x) => all.includes(x)) || (OFFICIALS.test(m[0]) && !metBefore(d, c, pair)))
        && namedBefore.size < 2) pair = all;
      if (!pair && (dyad.length !== 2 || size !== 2)) continue;
      // (the pair, or the story's pair, replaces the people "the two sides" was resolved to by the nlp)
      for (let i = parts.length - 1; i >= 0; i--) if (parts[i]!.via === 'group' && parts[i]!.start < end && at < parts[i]!.end) parts.splice(i, 1);
      parts.push({ start: at, end, codes: pair ?? dyad, venue: false, person: false, kind: 'collective' });
    }
  }
}

/** Adds the states that descriptions in an object stand for (descriptions.ts). */
function describedObjects(d: DocView, _c: Carry, st: SentenceState): void {
  // "supplies the kingdom with water": a description in an object stands for a state named before
  if (!d.sentenceMode) st.parts.push(...describedStates(d.doc.text, st.s.start, st.s.end, d.allParts, d.ann.tokens));
}


/** The line that introduces an interview: "answered the questions of", "interviewed by", "in an interview with". */
const INTERVIEW_INTRO = /\b(?:answered\s+(?:the\s+)?questions|interviewed\s+by|in\s+an\s+(?:exclusive\s+)?interview\s+(?:with|to)|gave\s+an\s+(?:exclusive\s+)?interview)\b/i;
/** A paragraph of an interview: a question or an answer opened by a dash or "Q:"/"A:". */
const EXCHANGE_LINE = /^[ \t]*(?:[-–—]|Q:|A:|Question:|Answer:)[ \t]*\S/gm;
/** "our leaders", "our two countries", "our foreign ministries": both sides of the interview. */
const OUR_BOTH = /\bour\s+(?:two\s+)?(?:leaders|presidents|ministers|foreign\s+ministries|ministries|governments|countries|nations|states|peoples|sides|delegations|bilateral|relations|cooperation|partnership)\b/gi;
/** "I", "we", "our country": the side of the one answering. */
const FIRST_PERSON = /\b(?:I|[Ww]e|[Oo]ur\s+(?:country|government|state|side|president|minister|ministry|embassy|companies|businesses))\b/g;

/**
 * An interview (a text of questions and answers introduced as an interview): the person answering is
 * the first official the introduction names, their state speaks as "I"/"we" in the answers, and the
 * answers speak to the other state the introduction names (or the story's other state).
 */
function interviewOf(text: string, logical: readonly Logical[], bySentence: ReadonlyMap<number, Part[]>, dyad: readonly string[]): Interview | null {
  if ((text.match(EXCHANGE_LINE) ?? []).length < 2) return null;
  for (const s of logical) {
    if (s.start > text.length * 0.5) break;
    if (!INTERVIEW_INTRO.test(text.slice(s.start, s.end))) continue;
    const parts = bySentence.get(s.index) ?? [];
    const person = parts.find((p) => p.person && p.codes.length === 1 && p.codes[0] !== 'IGO');
    if (!person) return null;
    const speaker = person.codes.slice();
    const others = namedStates(parts).filter((x) => !speaker.includes(x));
    const partner = others.length ? [others[0]!] : dyad.length === 2 && dyad.includes(speaker[0]!) ? dyad.filter((x) => !speaker.includes(x)) : [];
    return { speaker, partner, from: s.end };
  }
  return null;
}

/** Whether the sentence is part of an answer: in a paragraph opened by a dash or "A:" that asks nothing. */
function inAnswer(text: string, at: number): boolean {
  const start = Math.max(text.lastIndexOf('\n\n', at - 1) + 2, 0);
  const next = text.indexOf('\n\n', at);
  const paragraph = text.slice(start, next < 0 ? text.length : next);
  return /^[ \t]*(?:[-–—]|A:|Answer:)[ \t]*\S/.test(paragraph) && !paragraph.includes('?');
}

/** Adds, in an interview's answers, the speaker's state for "I"/"we" and both sides for "our leaders", "our two countries". */
function interviewVoices(d: DocView, _c: Carry, st: SentenceState): void {
  const { interview, doc } = d;
  if (!interview || st.s.start < interview.from || !inAnswer(doc.text, st.s.start)) return;
  const taken: [number, number][] = [];
  for (const m of st.text.matchAll(OUR_BOTH)) {
    if (!interview.partner.length) break;
    const at = st.s.start + m.index!;
    taken.push([at, at + m[0].length]);
    st.parts.push({ start: at, end: at + m[0].length, codes: [...interview.speaker, ...interview.partner], venue: false, person: false, kind: 'collective' });
  }
  for (const m of st.text.matchAll(FIRST_PERSON)) {
    const at = st.s.start + m.index!;
    if (taken.some(([a, b]) => at >= a && at < b)) continue;
    st.parts.push({ start: at, end: at + m[0].length, codes: interview.speaker.slice(), venue: false, person: false, kind: 'pronoun', via: 'pronoun' });
  }
  st.quoted = { end: st.s.end, speaker: interview.speaker.slice(), partner: interview.partner.slice() };
}

/** The visitor named by the host's word for them: "pressed his guest to back", "the guests were shown". */
const GUEST = /\b(?:his|her|their|the|our)\s+(?:visiting\s+)?guests?\b/gi;

/** Adds the state of the visit reported before (a single visiting state) that "his guest" stands for. */
function guests(d: DocView, c: Carry, st: SentenceState): void {
  const named = d.sentenceMode ? [] : [...st.text.matchAll(GUEST)];
  if (!named.length) return;
  const consult = d.versions.code('CONSULT', d.options.plover);
  const visit = c.drafts.find((x) => x.type === consult && x.mode === 'visit' && x.status === 'occurred' && x.actor.length === 1 && x.recipient.length === 1);
  if (!visit) return;
  for (const m of named) {
    const start = st.s.start + m.index!;
    const end = start + m[0].length;
    // (the possessive's own part, "his" for the host, gives way to the guest)
    if (st.parts.some((p) => p.start < end && start < p.end && p.via !== 'pronoun')) continue;
    for (let i = st.parts.length - 1; i >= 0; i--) if (st.parts[i]!.start < end && start < st.parts[i]!.end) st.parts.splice(i, 1);
    st.parts.push({ start, end, codes: visit.actor.slice(), venue: false, person: false, kind: 'pronoun', via: 'description' });
  }
}

/** A document that speaks, opening a sentence: "The declaration condemns", "The final communiqué calls for". */
const DOCUMENT_SUBJECT = /^(\s*["“]?)((?:The|Their|That)\s+(?:(?:joint|final|summit|closing)\s+)*(?:declaration|communiqu[eé]|statement))\b/;
/** The signing or adoption of such a document: "signed a joint declaration", "adopted a final communiqué". */
const DOCUMENT_ADOPTED = /\b(?:sign|ink|adopt|issu|endors|approv)[\p{L}]*\b.*\b(?:declaration|communiqu[eé]|statement)/iu;

/**
 * Adds, for a document that speaks ("The participants signed a joint declaration ... The declaration condemns
 * Russia's aggression"), the states that signed or adopted it in one of the two sentences before.
 */
function documentVoice(d: DocView, c: Carry, st: SentenceState): void {
  const m = d.sentenceMode ? null : DOCUMENT_SUBJECT.exec(st.text);
  if (!m) return;
  const start = st.s.start + m[1]!.length;
  const end = start + m[2]!.length;
  if (st.parts.some((p) => p.start < end && start < p.end)) return;
  const signed = c.drafts.findLast((x) => x.sentence < st.s.index && x.sentence >= st.s.index - 2 && x.actor.length >= 2 && DOCUMENT_ADOPTED.test(x.trigger));
  if (signed) st.parts.push({ start, end, codes: signed.actor.slice(), venue: false, person: false, kind: 'collective' });
}

/** A meeting set for later than the one reported: "meet again", "their next session", "a follow-up round". */
const NEXT_MEETING = /\b(?:again|next|another|follow-up|regularly|every\s+(?:year|month|six\s+months)|annually)\b/i;

/**
 * A number of states named before they are listed: "ministers from five South American countries", "leaders of four
 * states" (with the officials before it, who stand for them: "Security ministers from five ...").
 */
const COUNTED_AHEAD = new RegExp(String.raw`\b((?:\p{L}+\s+)?(?:ministers|leaders|presidents|officials|delegations|representatives|envoys|heads\s+of\s+(?:state|government))\s+)?(?:from|of)\s+(${Object.keys(COLLECTIVE_SIZE).filter((k) => !/^(?:trio|quartet)$/.test(k)).join('|')})\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:countries|states|nations|governments)\b`, 'giu');

/**
 * Adds the states "ministers from five South American countries" stand for when a lead names them before it lists them:
 * the one sentence of the next two that names exactly that many states.
 */
function countedAhead(d: DocView, _c: Carry, st: SentenceState): void {
  if (d.sentenceMode) return;
  for (const m of st.text.matchAll(COUNTED_AHEAD)) {
    const size = COLLECTIVE_SIZE[m[2]!.toLowerCase()]!;
    const start = st.s.start + m.index! + (m[1] ? 0 : m[0].indexOf(m[2]!, m[0].search(/\s/)));
    const end = st.s.start + m.index! + m[0].length;
    if (st.parts.some((p) => p.start < end && start < p.end)) continue;
    for (const next of d.logical.filter((x) => x.index > st.s.index && x.index <= st.s.index + 2)) {
      const codes = namedStates(d.allParts.filter((p) => p.start >= next.start && p.end <= next.end));
      if (codes.length !== size) continue;
      st.parts.push({ start, end, codes, venue: false, person: false, kind: 'collective' });
      break;
    }
  }
}

/** The steps that run on a sentence before its triggers are read, in the order they apply. */
const SENTENCE_STEPS: readonly SentenceStep[] = [calledOff, openingPronoun, collectives, countedAhead, documentVoice, describedObjects, guests, interviewVoices];

/** Orders the sentence's participants, groups them and finds its subject. */
function groupParticipants(text: string, st: SentenceState, sentenceMode: boolean): void {
  st.parts.sort((a, b) => a.start - b.start || b.end - a.end);
  st.groups = groupParts(st.text, st.s.start, st.parts, headlineAt(text, st, sentenceMode));
  st.firstSubject = st.groups.find((g) => !g.venue && (g.prep === null || g.prep === 'of'));
}

/** Whether the sentence is skipped: it names no one, and no pronoun opens it. */
function namesNoOne(d: DocView, c: Carry, st: SentenceState): boolean {
  // (a sentence that names no one is skipped, unless a pronoun opens it: "Their navies now patrol the river jointly")
  return st.parts.length === 0 && !d.sentenceMode && !(c.lastSubject.length && opensWithPronoun(d.lex, st.text));
}

/** The actor and recipient the sentence itself gives the trigger (actors.ts). */
function rolesOf(d: DocView, c: Carry, st: SentenceState, a: Act): Roleplay {
  const { doc, ann, lex, sentenceMode, dyad } = d;
  const { s, text, groups } = st;
  const view = { text, base: s.start, groups, lastSubject: c.lastSubject, pronouns: lex.pronouns, dyad: sentenceMode ? [] : dyad, reach: sentenceMode ? Infinity : undefined, topics: !sentenceMode, verbs: (st.verbs ??= verbStarts(doc.text, ann.tokens, s.start, s.end, false)), nouns: (st.nouns ??= verbStarts(doc.text, ann.tokens, s.start, s.end, true)) };
  return assignRoles(view, a.hit.start, a.hit.end, a.rule.roles, FRIENDLY.has(a.type));
}


/** Whether a rule that needs a state's demonym right before its trigger ("Japanese aid") finds none. */
function lacksDemonym(d: DocView, a: Act): boolean {
  return !!a.rule.afterDemonym && !partRightBefore(d, a, (p) => p.via === 'demonym' && !p.person && p.codes.every((x) => x !== 'IGO'));
}

/** Whether a rule that needs a person finds none named after its trigger. */
function lacksPerson(st: SentenceState, a: Act): boolean {
  return a.rule.needsPerson && !st.groups.some((g) => g.person && g.start >= a.hit.end);
}

/** The words before the trigger, its first token, and whether it is background to the main event. */
function clauseOf(d: DocView, st: SentenceState, a: Act): ClauseView {
  const left = d.doc.text.slice(st.s.start, a.hit.start);
  const tok = tokenAt(d.ann.tokens, a.hit.start);
  // "to demand", "in demanding", "by dumping": the purpose or means of an earlier act
  const subordinate = SUBORDINATE.test(left) || (st.rank > 0 && /\b(?:to|in|by|for)\s+$/i.test(left));
  return { left, tok, subordinate };
}

/** Whether the trigger is what a document provides for, not an act. */
function documentContent(d: DocView, a: Act, cl: ClauseView): boolean {
  // "the treaty commits the two states to provide military assistance": what a document provides for is not done
  return !d.sentenceMode && COOPERATIVE.has(a.type) && CONTENT_BEFORE.test(cl.left.slice(-80));
}

/** Whether a verbal act is the purpose of the sentence's visit or call. */
function purposeOf(d: DocView, st: SentenceState, a: Act): boolean {
  // "phoned his Chilean counterpart to urge calm", "flew to Lome to thank Togo and to ask for patrols": a verbal act
  // that is the purpose of a visit or call is done in it, by the visitor, to the host unless it names its own
  const { meeting } = st;
  const between: string = meeting ? d.doc.text.slice(meeting.end, a.hit.start) : '';
  return !d.sentenceMode && meeting !== null && PURPOSE_ACTS.has(a.type) && PURPOSE_GAP.test(between) && !PURPOSE_BREAK.test(between);
}

/** Whether a cooperative act is only the purpose of an act reported before it in the sentence. */
function purposeOfEarlier(d: DocView, st: SentenceState, a: Act, cl: ClauseView, purpose: boolean): boolean {
  // "negotiations are under way to finalize the documents": the purpose of an act reported before it is not done
  // ("welcomed Thailand's decision to lift restrictions": an act decided is reported, not a purpose)
  return !d.sentenceMode && !purpose && st.rank > 0 && COOPERATIVE.has(a.type) && /\bto\s+$/i.test(cl.left) && !/\b(?:decision|decisions|decided|decides)\s+to\s+$/i.test(cl.left);
}

/** From a request to what it asks for: an infinitive ("called on Israel to lift the restrictions and to restore the ceasefire"), with no clause between. */
const ASKED_FOR = /\bto\s+(?!(?:the|a|an|its|their|his|her|this|that)\b)\p{Ll}/u;
const ANOTHER_CLAUSE = /[;:"“”]|[.!?](?=\s|$)|,\s*(?:and|but|while|which|who|as|after|before|said|an?)\b(?!\s+to\b)|,\s*\p{Ll}+(?:ed|ing)\b|\b(?:said|says|added|told)\b|\band\s+(?:also\s+|then\s+|later\s+)?\p{Ll}+ed\b/u;

/** The words between a demand's "must" and the act it opens: " ", " not ", " immediately ". */
const MUST_OPENS = /^\s+(?:not\s+)?(?:\p{Ll}+ly\s+)?$/u;

/** Whether the act is what a request read before it in the sentence asks for: "urged the IMF to release a loan to Tunisia". */
function requestedContent(d: DocView, st: SentenceState, a: Act): boolean {
  if (d.sentenceMode || a.type === 'REQUEST' || a.type === 'DEMAND') return false;
  return st.requests.some((end) => {
    // (the trigger's first word closes the gap: "urged X to reopen the market and offered to host talks")
    const gap = d.doc.text.slice(end, a.hit.start);
    // ("said Peru must withdraw its troops": what a demand's "must" opens is what it asks for, too)
    if (end <= a.hit.start && /\bmust$/i.test(d.doc.text.slice(end - 5, end)) && MUST_OPENS.test(gap)) return true;
    return end <= a.hit.start && gap.length <= 160 && ASKED_FOR.test(gap) && !ANOTHER_CLAUSE.test(gap + (/^\S*/.exec(d.doc.text.slice(a.hit.start, a.hit.end))?.[0] ?? ''));
  });
}

/** From a rejection to the reasons it gives: "rejected the statement, saying it had consistently supported Ukraine". */
const REASONS = /^[^;:.!?]{0,120}?(?:,\s*(?:saying|insisting|arguing|stressing|noting|adding)|\s+and\s+(?:said|says|insisted|argued|stressed|noted|added))\b(?:\s+that)?(?:(?!\b(?:will|would|shall|could|might)\b)[^;:!?"“”])*$/i;

/** Whether a friendly act is a reason a rejection gives for itself, in a "saying ..." clause after it: no act of its own. */
function denialReason(d: DocView, st: SentenceState, a: Act): boolean {
  if (d.sentenceMode || !FRIENDLY.has(a.type)) return false;
  // (the act's own words count: "and said it would continue to send aid" is a promise, not a reason)
  return st.denials.some((end) => end <= a.hit.start && REASONS.test(d.doc.text.slice(end, a.hit.end)));
}

/** Whether the actor is a crowd: no state named as the actor, or only as the nationality of a crowd. */
function crowdActor(d: DocView, st: SentenceState, a: Act, r: Roleplay): boolean {
  const { hit } = a;
  // no state named as the actor, or only as the nationality of a crowd ("Polish farmers protested")
  return !!a.rule.crowd && (r.actor.length === 0 || st.groups.some((g) => g.end <= hit.start && r.actor.every((x) => g.codes.includes(x))
    && CROWD_AFTER.test(d.doc.text.slice(g.end, Math.min(hit.start, g.end + 40)))));
}

/** Refines the roles from the story around the sentence (context.ts), and in sentence mode from the sentence's places. */
function refine(d: DocView, c: Carry, st: SentenceState, a: Act, cl: ClauseView, r: Roleplay): void {
  const { doc, sentenceMode, dyad, versions, options } = d;
  const { hit, rule } = a;
  if (sentenceMode) fillSentenceRoles(r, st.groups, hit, a.type);
  const addressed = r.recipient.length > 0;
  refineRoles({
    text: doc.text, sentence: st.s, hit, type: a.type, roles: rule.roles, w: rule.w, pos: cl.tok?.pos ?? null, subordinate: cl.subordinate,
    groups: st.groups, dyad, sentenceMode, reports: c.drafts, loneActs: c.loneActs, prevNamed: c.prevNamed, prevSpan: c.prevSpan, prevVenues: c.prevVenues, code: (t) => versions.code(t, options.plover),
  }, r);
  // ('"The Afghan side has again failed to honour its commitments," the statement reads': a state charged with a failure
  // is not the one who charges it; the story's other state, taken as the recipient, is)
  if (!sentenceMode && rule.charge && a.type === 'ACCUSE' && !addressed && r.actor.length && r.recipient.length) [r.actor, r.recipient] = [r.recipient, r.actor];
}

/** Gives an act that is the purpose of the sentence's visit or call the visitor as actor and, unless it names its own, the host as recipient. */
function meetingRoles(st: SentenceState, purpose: boolean, r: Roleplay): void {
  const { meeting } = st;
  if (purpose && meeting) {
    r.actor = meeting.actor.slice();
    if (r.recipient.length === 0 || r.recipient.every((x) => r.actor.includes(x))) r.recipient = meeting.recipient.filter((x) => !r.actor.includes(x));
  }
}

/** Whether the trigger has too few parties to be an event between two (an act naming only its actor is kept in `loneActs`). */
function tooFewParties(d: DocView, c: Carry, st: SentenceState, a: Act, cl: ClauseView, r: Roleplay): boolean {
  const { doc, sentenceMode, versions, options } = d;
  const { hit, rule } = a;
  const participants = new Set([...r.actor, ...r.recipient]);
  if (participants.size === 0) return true;
  if (!sentenceMode) {
    if (participants.size < 2) {
      // (kept as what a later reaction may answer: "fired two missiles ... condemned the launch")
      if (r.actor.length === 1 && r.recipient.length === 0 && !cl.subordinate) {
        const lone = versions.code(a.type, options.plover);
        if (lone) c.loneActs.push({ type: lone, actor: r.actor.slice(), recipient: [], sentence: st.s.index, mode: rule.mode ?? null });
      }
      return true;
    }
    // "both X and Y denied the allegations": parallel attitudes of the states named, not an act between them
    if (r.recipient.length === 0 && r.actor.length >= 2 && GOVERNING.has(a.type) && rule.roles !== 'mutual'
      && !/\bbetween\b/i.test(doc.text.slice(st.s.start, hit.end))) return true;
    if (r.actor.length === 0) return true;
    // ("discussed trade and the training of personnel": aid, coercion and protest are aimed at someone; with no one
    // named, no event: none of the team's 340 gold events of these types lacks a recipient)
    if (r.recipient.length === 0 && (a.type === 'AID' || a.type === 'COERCE' || a.type === 'PROTEST')) return true;
  }
  return false;
}

/** An exercise, drill or patrol held by two or more states together, aimed at no one: joint exercises are material cooperation (ANNOTATION.md). */
function jointDrill(d: DocView, st: SentenceState, a: Act, r: Roleplay): boolean {
  if (r.actor.length < 2 || r.recipient.length !== 0) return false;
  const trigger = d.doc.text.slice(a.hit.start, a.hit.end);
  if (a.type === 'MOBILIZE') return DRILL.test(trigger);
  // ("Colombian and Venezuelan troops began a joint operation against armed groups")
  // ("South Korean and U.S. fighter jets staged a precision bombing drill": a strike named as a drill is an exercise;
  // "launched joint air and artillery strikes on rebel camps": a joint operation)
  return (a.type === 'ASSAULT' || a.type === 'FIGHT')
    && (/\bjoint\b/i.test(trigger) || /^\s+(?:drills?|exercises?|manoeuvres|maneuvers)\b/i.test(d.doc.text.slice(a.hit.end, a.hit.end + 12)) || /\bjoint\s+(?:[\p{L}-]+\s+(?:(?:and|or)\s+[\p{L}-]+\s+)?)?$/iu.test(d.doc.text.slice(Math.max(st.s.start, a.hit.start - 40), a.hit.start)));
}

/**
 * "Serbia receives all of its crude through the Adria pipeline from Croatia", "gas delivered through
 * Iran to Armenia": a supply of a commodity in a sentence of trade or transport (a pipeline, a contract,
 * transit, exports), with no word of aid or need, is trade carried out, not aid ("shipped 30,000 tonnes of
 * diesel to Beirut" stays aid). The commodities, the words of trade and transport and the words that make
 * a supply aid are the lexicon's "trade" lists (data/plover/lexicon.json).
 */
function commodityTrade(d: DocView, st: SentenceState, a: Act): boolean {
  const words = d.lex.trade;
  if (a.type !== 'AID' || !words) return false;
  const span = d.doc.text.slice(a.hit.start, Math.min(st.s.end, a.hit.end + 40));
  return words.commodity.test(span) && words.trade.test(st.text) && !words.aid.test(st.text);
}

/** "Hungary will withdraw from the International Criminal Court", "the juntas quit ECOWAS", "their withdrawal from ECOWAS": a state leaving an organisation rejects it (RETREAT is for forces). */
function leftOrganisation(d: DocView, a: Act, r: Roleplay): boolean {
  if (a.rule.type !== 'RETREAT' || r.recipient.length !== 1 || r.recipient[0] !== 'IGO' || !r.actor.length || r.actor.includes('IGO')) return false;
  const text = d.doc.text;
  return /^(?:withdr\w*|quit\w*|leav\w*|left|exit\w*)(?:\s+from)?$/i.test(text.slice(a.hit.start, a.hit.end))
    && /^\s+(?:from\s+)?(?:the\s+)?\p{Lu}/u.test(text.slice(a.hit.end, a.hit.end + 12));
}

/**
 * "Argentina protests British missile exercise": "protests" right after a state's own name (not its
 * demonym: "Argentine protests") is the state's verb, as headlines write it; a state that protests accuses.
 */
function stateProtests(d: DocView, a: Act): boolean {
  if (a.type !== 'PROTEST' || !/^protests$/i.test(d.doc.text.slice(a.hit.start, a.hit.end))) return false;
  return partRightBefore(d, a, (p) => !p.venue && !p.person && p.kind === 'mention' && p.via !== 'demonym');
}

/** Whether a hostile act told in the passive inside a quote, with no agent named, is the speaker's charge: '"Their land is being confiscated, and they're being killed," Trump told reporters'. */
function quotedPassiveCharge(d: DocView, st: SentenceState, a: Act, r: Roleplay): boolean {
  const q = st.quoted;
  if (d.sentenceMode || !q || a.hit.end > q.end || (a.type !== 'ASSAULT' && a.type !== 'COERCE') || !r.actor.length || !r.actor.every((x) => q.speaker.includes(x))) return false;
  const text = d.doc.text;
  const passive = /\b(?:is|are|was|were|been|being|be)\s+(?:\p{L}+ly\s+)?$/iu.test(text.slice(Math.max(st.s.start, a.hit.start - 30), a.hit.start)) || /^being\s/i.test(text.slice(a.hit.start, a.hit.end));
  return passive && !/^[^"”]{0,40}?\bby\s/i.test(text.slice(a.hit.end, q.end));
}

/** Whether a participant the test accepts stands right before the trigger, only spaces between ("Argentina protests", "Japanese aid"). */
function partRightBefore(d: DocView, a: Act, ok: (p: Part) => boolean): boolean {
  return d.allParts.some((p) => p.end <= a.hit.start && a.hit.start - p.end <= 2 && /^\s+$/.test(d.doc.text.slice(p.end, a.hit.start)) && ok(p));
}

/** The status of the act (done, negated, future, hypothetical), and whether it is a refusal to accept (a rejection, done). */
function statusFor(d: DocView, st: SentenceState, a: Act, cl: ClauseView, purpose: boolean): { status: EventStatus; refusedAccept: boolean } {
  const { doc, lex, sentenceMode } = d;
  const { hit } = a;
  const stated: EventStatus = purpose && st.meeting ? st.meeting.status : statusOf(lex, doc.text, cl.left, hit, st.s.end);
  // '"We will never accept the proposal"': a refusal to accept is a rejection, done; "did not meet ... during the summit": no meeting
  const refusedAccept: boolean = !sentenceMode && refusedAcceptance(a.type, doc.text.slice(hit.start, hit.end), stated, cl.left);
  const negatedFrame: boolean = !sentenceMode && negatedMeetingFrame(a.type, cl.tok?.pos ?? null, stated, cl.left);
  // "an armed attack on Philippine vessels would invoke the treaty": an act named indefinitely as the
  // subject of a conditional is a supposition, not a report
  // (the act opens its clause: "that an attack on ... would", not "made an unannounced visit to Kyiv and said Berlin would")
  const supposed = stated === 'occurred' && !sentenceMode && cl.tok?.pos === 'NOUN'
    && /(?:^|[,;:]|\bthat|\bwhether|\bif)\s*(?:an?|any)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(cl.left.slice(-60))
    && /^(?:(?!\b(?:but|said|says|that|which|who|when|after|while)\b|,\s*and\b|\band\s+(?:said|says|added|warned)\b)[^;.:!?]){0,160}?\b(?:would|could|might)\s+(?!have\b)\p{L}/iu.test(doc.text.slice(hit.end, st.s.end));
  // "Talks between X and Y will take place next month": scheduled, not held
  const scheduled = scheduledNominal(cl.tok?.pos ?? null, stated, cl.left, doc.text.slice(hit.end, st.s.end));
  const status: EventStatus = refusedAccept ? 'occurred' : negatedFrame ? 'negated' : supposed ? 'hypothetical' : scheduled ? 'future' : stated;
  return { status, refusedAccept };
}

/** Whether the trigger is no report of an act: a counterfactual, or a topic under discussion. */
function notReported(d: DocView, cl: ClauseView, status: EventStatus, counterfactual: boolean): boolean {
  // "what growers might have earned by exporting to Japan": in an article, no event
  if (!d.sentenceMode && status === 'hypothetical' && counterfactual) return true;
  // "the impact of the invasion", "consequences of the sanctions": a topic under discussion, not a report of the act
  if (!d.sentenceMode && cl.tok?.pos === 'NOUN' && /\b(?:impact|effects?|consequences|implications|aftermath|costs?)\s+of\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}$/iu.test(cl.left.slice(-60))) return true;
  return false;
}

/** The confidence of a report from the rule's weight, its roles, its rank and its clause. */
function confidenceOf(st: SentenceState, a: Act, cl: ClauseView, r: Roleplay): number {
  const { tok } = cl;
  let confidence = a.rule.w + (r.actor.length && r.recipient.length ? 0.1 : 0) - (r.inferred ? 0.05 : 0) - 0.03 * st.rank
    + (tok && (tok.pos === 'VERB' || tok.pos === 'AUX' || tok.pos === 'ADJ') ? 0.08 : tok && tok.pos === 'NOUN' ? -0.04 : 0) - (cl.subordinate ? 0.15 : 0);
  if (r.actor.length === 0) confidence -= 0.15;
  if (/(?:,\s*but|;)\s/i.test(cl.left)) confidence -= 0.1; // "X opened its borders ..., but was refusing ...": the first clause leads
  return confidence;
}

/** Decides whether one act is several: a visit to two capitals, calls with two leaders, states that acted each on its own. */
function splitRoles(d: DocView, st: SentenceState, a: Act, r: Roleplay): { roles: [string[], string[]][]; each: boolean } {
  const { doc, sentenceMode } = d;
  const { hit, rule } = a;
  const { s, groups } = st;
  // a visit to two capitals is two visits, calls with two leaders two calls
  // (but what the calls were for is one act to both: "phoned both leaders to urge a ceasefire" is one
  // request to the two, as news-dev's gold codes acts addressed to several states)
  // (and strikes on two states are two attacks: "struck targets at seven locations in Iraq and Syria")
  const each: boolean = !sentenceMode && (rule.mode === 'visit' || rule.mode === 'phone' || a.type === 'ASSAULT' || a.type === 'FIGHT') && r.recipient.length > 1 && r.actor.length === 1;
  // "Chile and Brazil each urged": one act per actor
  const actorGroup = r.actor.length > 1 ? groups.filter((g) => g.end <= hit.start && r.actor.every((x) => g.codes.includes(x))).pop() : undefined;
  // (named states acting on another one; "both sides", or acts with no other party, stay joint)
  const apart = !sentenceMode && !!actorGroup && actorGroup.kind === 'mention' && r.recipient.some((x) => !r.actor.includes(x))
    // (the actors are the subject: nothing or an apposition between them and "each": "Brazil and Chile, the guarantors, each urged")
    && (!/[,;:]/.test(doc.text.slice(actorGroup.end, hit.start)) || /^\s*,[^,;:]{1,80},\s*(?:each|both|separately)\b/i.test(doc.text.slice(actorGroup.end, hit.start)))
    && DISTRIBUTIVE.test(doc.text.slice(Math.max(s.start, actorGroup.start - 8), hit.start));
  const roles: [string[], string[]][] = apart ? r.actor.map((x) => [[x], r.recipient.filter((y) => y !== x)])
    : (each ? r.recipient.map((x) => [r.actor, [x]]) : [[r.actor, r.recipient]]);
  return { roles, each };
}

/** What a trigger reports: the roles, type, mode, context, date, status and confidence of its draft(s), pushed to `c.drafts`. */
function reportHit(d: DocView, c: Carry, st: SentenceState, hit: Hit): void {
  const { doc, lex, sentenceMode, versions, options, leadDate } = d;
  const { s, text } = st;
  const rule = hit.rule;
  if (rule.type === null) return; // veto
  if (rule.type === 'REQUEST' || rule.type === 'DEMAND') st.requests.push(hit.end);
  if (rule.type === 'REJECT') st.denials.push(hit.end);
  if (restated(d, c, st, hit)) return;
  const a: Act = { hit, rule, type: rule.type };
  const r = rolesOf(d, c, st, a);
  for (const step of ROLE_STEPS) step(d, c, st, a, r);
  if (lacksPerson(st, a) || lacksDemonym(d, a)) return;
  const cl = clauseOf(d, st, a);
  if (documentContent(d, a, cl)) return;
  const purpose = purposeOf(d, st, a);
  if (purposeOfEarlier(d, st, a, cl, purpose) || requestedContent(d, st, a) || denialReason(d, st, a)) return;
  const crowd = crowdActor(d, st, a, r);
  refine(d, c, st, a, cl, r);
  meetingRoles(st, purpose, r);
  if (tooFewParties(d, c, st, a, cl, r)) return;
  const { status: stated, refusedAccept } = statusFor(d, st, a, cl, purpose);
  const counterfactual = /\b(?:could|would|might|should)\s+have\b/i.test(cl.left.slice(-40));
  if (notReported(d, cl, stated, counterfactual)) return;
  const type = refusedAccept ? 'REJECT' : jointDrill(d, st, a, r) || commodityTrade(d, st, a) ? 'COOPERATE' : stateProtests(d, a) || quotedPassiveCharge(d, st, a, r) ? 'ACCUSE' : leftOrganisation(d, a, r) ? 'REJECT' : typeOf(crowd ? rule.crowd! : rule.type, stated, cl.left, counterfactual, doc.text.slice(hit.end, s.end));
  const status = threatStatus(rule.type, type, stated);
  const when = eventDate({ doc, text, start: s.start, trigger: hit, status, sentenceMode, leadDate });
  const confidence = confidenceOf(st, a, cl, r);
  st.rank++;
  const coded = versions.code(type, options.plover); // the type in the chosen PLOVER version
  if (!coded) return;
  const { roles, each } = splitRoles(d, st, a, r);
  for (const [actor, recipient] of roles) c.drafts.push({
    type: coded,
    actor,
    recipient,
    mode: (type === 'CONSULT' || rule.type === type ? rule.mode : type === 'AGREE' && rule.mode === 'visit' ? 'visit' : null)
      // aid whose rule names no kind takes it from the sentence's context ("sent humanitarian aid")
      ?? (type === 'AID' ? (st.contexts ??= contextsOf(lex, text)).find((x) => AID_MODES.has(x)) ?? null : null),
    context: (st.contexts ??= contextsOf(lex, text)).slice(),
    date: when?.date ?? null,
    precision: when?.precision ?? null,
    dateStated: !!when && when.start >= s.start && when.end <= s.end,
    status,
    evidence: evidenceOf(doc, s.start, s.end),
    trigger: doc.text.slice(hit.start, hit.end),
    confidence: Math.max(0.05, Math.min(0.99, Number(confidence.toFixed(3)))),
    sentence: s.index,
    // (not a meeting set for another time: "will meet again", "will meet in Quito in May")
    agenda: rule.type === 'CONSULT' && rule.mode === 'meeting' && type === 'AGREE' && status === 'future'
      && !(NEXT_MEETING.test(text) || (!!when && when.start >= s.start && when.end <= s.end && when.precision !== 'day')),
    ...(rule.inPassing ? { inPassing: true } : {}),
    ...(headlineAt(doc.text, st, d.sentenceMode) ? { headline: true } : {}),
  });
  answeredAct(d, c, st, a, type, status, r.actor);
  // (a visit or call with both parties named: what later verbal acts of the sentence may be the purpose of)
  if (rule.type === 'CONSULT' && (rule.mode === 'visit' || rule.mode === 'phone' || rule.mode === 'meeting') && r.actor.length && r.recipient.length) {
    st.meeting = { actor: r.actor.slice(), recipient: r.recipient.slice(), status, end: hit.end, each };
  }
}

/** A request, offer or threat named again in apposition: "Kiribati had asked Taipei for a grant, a request Taiwan turned down". */
const RESTATING = /,\s+(?:a|an|the|this|that)\s+$/i;
const RESTATED_NOUN = new RegExp(`^(?:${ASKED_NOUNS})$`, 'i');

/** Decides that a noun in apposition names again the act of the same type the sentence has just reported, and is no act of its own. */
function restated(d: DocView, c: Carry, st: SentenceState, hit: Hit): boolean {
  if (d.sentenceMode || hit.rule.type === null || !RESTATED_NOUN.test(d.doc.text.slice(hit.start, hit.end))) return false;
  if (!RESTATING.test(d.doc.text.slice(Math.max(st.s.start, hit.start - 12), hit.start))) return false;
  const type = d.versions.code(hit.rule.type, d.options.plover);
  return c.drafts.some((x) => x.sentence === st.s.index && x.type === type);
}

/** A charge or request of a state's named as what is rejected: "rejected Tehran's claims that", "denied Azerbaijani allegations", "refused a Russian request". */
const ANSWERED = /^[^,;.:!?"“]{0,30}$/;
const ANSWERED_NOUN = /^(?:['’]s?)?\s+(?:(?:new|latest|repeated|renewed|fresh|formal|official|recent)\s+)?(?:(claims?(?!\s+(?:to|over|on)\b)|allegations?|accusations?|charges?)|(requests?|demands?))\b/i;

/**
 * A rejection of another state's charge or request reports the charge or request too: "Baku rejected Tehran's claims that
 * ..." is also Tehran's ACCUSE of Baku, "Georgia refused a Russian request to extradite" Russia's REQUEST of Georgia.
 */
function answeredAct(d: DocView, c: Carry, st: SentenceState, a: Act, type: PloverType, status: EventStatus, actor: readonly string[]): void {
  if (type !== 'REJECT' || status !== 'occurred' || !actor.length) return;
  const { doc, options, versions } = d;
  const { hit } = a;
  for (const author of st.groups) {
    if (author.start < hit.start || author.start > hit.end + 30 || author.venue || author.person || author.codes.some((x) => actor.includes(x))
      || !ANSWERED.test(doc.text.slice(hit.end <= author.start ? hit.end : hit.start, author.start))) continue;
    const noun = ANSWERED_NOUN.exec(doc.text.slice(author.end, author.end + 40));
    if (!noun) continue;
    const coded = versions.code(noun[1] ? 'ACCUSE' : 'REQUEST', options.plover);
    const last = c.drafts[c.drafts.length - 1];
    if (coded && last) c.drafts.push({ ...last, type: coded, actor: author.codes.slice(), recipient: actor.slice(), mode: null, confidence: Math.max(0.05, last.confidence - 0.1) });
    return;
  }
}

/** A text opening its sentence as the subject of a verb: "The declaration condemned", "The joint statement also urged". */
const TEXT_SUBJECT = /^\s*["“]?(?:the|this|that|its|their|a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?:declaration|statement|communiqu[eé]|document|text|resolution|report|letter|note|memorandum|treaty|agreement|accord|plan|proposal|bill|law|decree|ruling|verdict|message|appeal)\s+(?:also\s+|further\s+|likewise\s+)?\p{Ll}+(?:ed|s)\b/iu;

/** Records what the sentence leaves for the next ones: its subject, and the states, organisations and places it names. */
function remember(c: Carry, st: SentenceState): void {
  const { s, text, parts, firstSubject } = st;
  // ("The declaration condemned Russia's aggression. It also urged NATO ...": a text that is the subject is what "it" stands
  // for next, not the state named after its verb)
  const textSubject = TEXT_SUBJECT.exec(text);
  if (textSubject && (!firstSubject || firstSubject.start - s.start >= textSubject[0].length)) {
    c.lastSubject = [];
    c.officialSubject = false;
  } else if (firstSubject && st.quoted && st.quoted.speaker.length && firstSubject.start < st.quoted.end && st.quoted.end < s.end
    && /^["“]/.test(text.trimStart())) {
    // ('"We have no doubt the Russian army will win," Choe said. She accused ...': the speaker after an opening quote is the
    // subject, not a state the quote names)
    c.lastSubject = st.quoted.speaker.slice();
    c.officialSubject = true;
  } else if (firstSubject && (firstSubject.kind === 'mention' || firstSubject.kind === 'collective')) {
    // ("the three leaders condemned ... They also welcomed": a collective subject is what "they" stands for next)
    c.lastSubject = firstSubject.codes.slice();
    // (a person, or an organisation or state followed by an office: "The African Union Commission chairman")
    c.officialSubject = firstSubject.person || OFFICE_AFTER.test(text.slice(firstSubject.end - s.start, firstSubject.end - s.start + 40));
  } else if (!firstSubject) c.officialSubject = false;
  c.prevNamed = namedStates(parts);
  // (the sides are the states it names other than as a people, "the Palestinian people", "refugees from Sudan", and those its "two governments" stand for)
  const sides = parts.filter((p) => !CIVILIANS_AFTER.test(text.slice(p.end - s.start, p.end - s.start + 30))
    && !CIVILIANS_OF.test(text.slice(Math.max(0, p.start - s.start - 30), p.start - s.start)));
  c.prevSides = [...new Set([...namedStates(sides), ...parts.filter((p) => p.kind === 'collective').flatMap((p) => p.codes).filter((x) => x !== 'IGO')])];
  // ("French President Emmanuel Macron, Egypt's Abdel Fattah al-Sisi and King Abdullah II of Jordan demanded a return to the
  // ceasefire in Gaza": three leaders' states, when the sentence also names a fourth state as a place or topic)
  const leaders = namedStates(parts.filter((p) => p.person));
  if (c.prevNamed.length === 3) c.trio = c.prevNamed.slice();
  else if (leaders.length === 3) c.trio = leaders;
  // ("joined the prime ministers of A, B, C, D and E ... to ask the five countries": a list as long as the number)
  for (const set of [c.prevNamed, ...st.groups.filter((g) => !g.venue).map((g) => [...new Set(g.codes.filter((x) => x !== 'IGO'))])]) {
    if (set.length >= 4 && !c.counted.some((x) => x.sentence === s.index && x.codes.join() === set.join())) c.counted.push({ sentence: s.index, codes: set });
  }
  c.prevVenues = [...new Set(sides.filter((p) => p.venue).flatMap((p) => p.codes).filter((x) => x !== 'IGO'))];
  c.prevSentence = s.index;
  c.prevSpan = { start: s.start, end: s.end };
  c.prevIgo = parts.some((p) => p.kind === 'mention' && p.codes.includes('IGO'));
}

export function extractEvents(doc: Document, ann: Annotations, options: ExtractOptions = {}): EventFact[] {
  const allParts = mentionParts(ann.mentions);
  const bySentence = new Map<number, Part[]>();
  const logical = logicalSentences(doc.text, ann.sentences);
  const toLogical = new Map<number, number>();
  for (const l of logical) for (const i of l.members) toLogical.set(i, l.index);
  for (const m of ann.mentions) {
    const [p] = mentionParts([m]);
    if (!p || (FLAG_AFTER.test(doc.text.slice(p.end, p.end + 80)) && FLAG_HELD.test(doc.text.slice(Math.max(0, p.start - 60), p.start)))) continue;
    const li = toLogical.get(m.sentence) ?? m.sentence;
    const list = bySentence.get(li) ?? [];
    list.push(p);
    bySentence.set(li, list);
  }
  const dyad = mainDyad(allParts);
  const d: DocView = {
    doc, ann, options, lex: lexicon(), versions: ploverVersions(), allParts, dyad,
    sentenceMode: doc.sentenceMode === true, leadDate: storyDate(doc, logical.slice(0, 3)),
    interview: doc.sentenceMode === true ? null : interviewOf(doc.text, logical, bySentence, dyad),
    logical,
  };
  const c: Carry = { drafts: [], loneActs: [], lastSubject: [], officialSubject: false, prevNamed: [], prevSides: [], prevIgo: false, prevVenues: [], prevSentence: -1, prevSpan: null, trio: [], counted: [] };

  for (const s of logical) {
    const st: SentenceState = {
      s, text: doc.text.slice(s.start, s.end), parts: (bySentence.get(s.index) ?? []).slice(), groups: [], firstSubject: undefined, quoted: null, rank: 0, meeting: null, requests: [], denials: [],
    };
    for (const step of SENTENCE_STEPS) step(d, c, st);
    groupParticipants(doc.text, st, doc.sentenceMode === true);
    if (namesNoOne(d, c, st)) {
      c.prevNamed = [];
      c.prevSides = [];
      c.prevSpan = null;
      continue;
    }
    // ("the Pacific Islands Forum": a word inside an organisation's name is no trigger)
    const hits = (offTopic(d.lex, st.text) ? [] : findHits(d.lex, st.text, s.start, d.ann.tokens))
      .filter((h) => !st.parts.some((p) => p.kind === 'mention' && p.codes.includes('IGO') && p.start <= h.start && h.end <= p.end));
    const openBefore = /["“][^"“”]*$/.test(doc.text.slice(Math.max(0, s.start - 400), s.start));
    st.quoted = d.sentenceMode ? null : quoteSpeaker(st.text, s.start, st.groups, c.officialSubject ? c.lastSubject : [], openBefore) ?? st.quoted ?? quoteGoingOn(d, st, c);
    for (const hit of hits) reportHit(d, c, st, hit);
    remember(c, st);
  }
  return merge(doc, c.drafts, d.sentenceMode, options.plover);
}

/**
 * Sentence mode (PLOVER coding of single sentences): an unnamed actor ("protesters in Lima",
 * "insurgents in the Sahel region of Mali") is coded by the state named where it acts, and a domestic event
 * (only one state in the sentence) has that state on both sides.
 */
function fillSentenceRoles(r: { actor: string[]; recipient: string[] }, groups: readonly Group[], hit: Hit, type: PloverType | null): void {
  const states = new Set(groups.flatMap((g) => g.codes));
  if (r.actor.length === 0) {
    const left = groups.filter((g) => g.end <= hit.start);
    const near = left[left.length - 1];
    // "inmates staged a riot at a prison in Bolivia": unnamed actors are coded by where they act
    const place = groups.find((g) => g.start >= hit.end && (g.prep === 'in' || g.prep === 'at') && !g.codes.some((c) => r.recipient.includes(c)));
    if (near) r.actor = near.codes.filter((c) => !r.recipient.includes(c) || states.size === 1);
    else if (place) r.actor = place.codes.slice();
    else if (states.size === 1 && r.recipient.length === 0) r.actor = [...states];
    if (r.actor.length === 0 && states.size === 1) r.actor = [...states];
  }
  if (r.recipient.length === 0) {
    // PLOVER codes targets named as places: "opened a consulate in Quito", "killed 9 people in Cusco"
    const place = groups.find((g) => g.start >= hit.end && g.venue && g.codes.some((c) => !r.actor.includes(c)));
    if (place) r.recipient = place.codes.filter((c) => !r.actor.includes(c));
  }
  if (r.recipient.length === 0 && r.actor.length === 1 && states.size === 1 && type !== 'RETREAT' && type !== 'SUPPORT' && type !== 'COOPERATE') {
    r.recipient = [r.actor[0]!];
  }
}

/** The participants of a report, in a stable order. */
const setOf = (d: Draft) => [...new Set([...d.actor, ...d.recipient])].sort().join(',');
/** One interaction: type and participants; an act reported as not done is kept apart from one reported as done. */
const keyOf = (d: Draft) => `${d.type}|${setOf(d)}|${d.status === 'negated' || d.status === 'hypothetical' ? 'unrealized' : 'realized'}`;

/**
 * A host's report of a gathering: its host trigger ("hosted"), or the gathering's own noun in the host's sentence,
 * which reports the same ("The summit, hosted by X, brought together", "hosted the annual Foreign Ministers' Meeting").
 */
function hostReport(d: Draft, drafts: readonly Draft[]): boolean {
  return d.mode === 'host' || drafts.some((o) => o.type === 'CONSULT' && o.mode === 'host' && o.sentence === d.sentence && keyOf(o) === keyOf(d));
}

/** A mutual meeting of two or more states held within a larger one of the same sentence that a host adds to. */
function hostedWithin(d: Draft, drafts: readonly Draft[]): boolean {
  if (d.type !== 'CONSULT' || d.status !== 'occurred' || d.recipient.length || d.actor.length < 2) return false;
  const mine = new Set(d.actor);
  return drafts.some((o) => o !== d && o.type === 'CONSULT' && o.status === 'occurred' && o.sentence === d.sentence && o.recipient.length > 0
    && new Set([...o.actor, ...o.recipient]).size === mine.size + 1 && [...mine].every((x) => o.actor.includes(x) || o.recipient.includes(x)));
}

/**
 * A host's report of a gathering ("X today hosted the leaders' Summit") that a gathering listing its guests just after
 * ("The Summit was attended by ...", given the host by `gatheringHost`) reports in full.
 */
function hostedBefore(d: Draft, drafts: readonly Draft[]): boolean {
  if (d.type !== 'CONSULT' || d.actor.length !== 1 || d.recipient.length > 1) return false;
  if (!hostReport(d, drafts)) return false;
  return drafts.some((o) => o.type === 'CONSULT' && o.sentence > d.sentence && o.sentence <= d.sentence + 2 && o.actor.length >= 2
    && o.recipient.length === 1 && o.recipient[0] === d.actor[0] && d.recipient.every((x) => o.actor.includes(x)));
}

/** Whether a later report within `within` sentences, that `ok` accepts, has every participant of `d` and more. */
function toldFullerLater(d: Draft, drafts: readonly Draft[], within: number, ok: (o: Draft) => boolean): boolean {
  const mine = [...new Set([...d.actor, ...d.recipient])];
  return drafts.some((o) => o.type === d.type && o.status === d.status && o.sentence > d.sentence && o.sentence <= d.sentence + within && ok(o)
    && new Set([...o.actor, ...o.recipient]).size > mine.length && mine.every((x) => o.actor.includes(x) || o.recipient.includes(x)));
}

/**
 * A gathering's report that the guests who joined it in the next two sentences report in full ("X hosted A, B and C.
 * D was represented by its foreign minister.": `joinedGathering` gave that sentence the whole gathering).
 */
function joinedAfter(d: Draft, drafts: readonly Draft[]): boolean {
  return d.type === 'CONSULT' && d.status === 'occurred' && toldFullerLater(d, drafts, 2, (o) => ATTENDING.test(o.trigger));
}

/**
 * A headline's report of an act that the story's first sentences report with more states ("X and Y sign crime pact"
 * over "Security ministers from five South American countries signed a declaration").
 */
function toldInFull(d: Draft, drafts: readonly Draft[]): boolean {
  return !!d.headline && toldFullerLater(d, drafts, 3, (o) => !o.headline);
}

/**
 * Whether every event of the document other than the figures given in passing is military, taking each event (by key)
 * with all its reports: then a figure given in passing ("Trade between the two countries amounted to $13 million in
 * 2020", after a defence delegation's visit) is background to that story, no event.
 */
function militaryStory(drafts: readonly Draft[]): boolean {
  const military = new Map<string, boolean>();
  for (const o of drafts) if (!o.inPassing) military.set(keyOf(o), military.get(keyOf(o)) || o.context.includes('military'));
  return military.size > 0 && [...military.values()].every(Boolean);
}

/**
 * The drafts with an organisation's gathering folded into the list of its guests: "Leaders of the Organisation of Turkic
 * States met in Bishkek ... President Japarov welcomed A, B, C and D" (or "opened the Arab League summit, welcoming A,
 * B and C") is one meeting of the guests with the host and the organisation, not a second one of the organisation alone.
 */
function organisationGatherings(drafts: readonly Draft[]): readonly Draft[] {
  const states = (x: Draft) => [...new Set([...x.actor, ...x.recipient])].filter((y) => y !== 'IGO');
  const lone = (x: Draft) => x.type === 'CONSULT' && x.status === 'occurred' && [...x.actor, ...x.recipient].includes('IGO') && states(x).length <= 1;
  const out = drafts.slice();
  for (const o of drafts) {
    if (!lone(o)) continue;
    // (guests a host received: not guests who flew in "for the first summit of the Alliance", which gold leaves to the states)
    const i = out.findIndex((g) => g.type === 'CONSULT' && g.status === 'occurred' && RECEPTION.test(g.trigger) && g.sentence >= o.sentence && g.sentence <= o.sentence + 2
      && states(g).length >= 3 && ![...g.actor, ...g.recipient].includes('IGO') && states(o).every((y) => states(g).includes(y)));
    if (i < 0) continue;
    const g = out[i]!;
    out[i] = g.actor.length > 1 || !g.recipient.length ? { ...g, actor: [...g.actor, 'IGO'] } : { ...g, recipient: [...g.recipient, 'IGO'] };
    out.splice(out.indexOf(o), 1);
  }
  return out;
}

/**
 * The drafts with a host's report that names only some of the guests ("The meeting, hosted by Jordan's minister, brought
 * together Lebanon's X, Egypt's Y and Syria's Z": Jordan with Lebanon) folded into the guests' meeting of the same
 * sentence, which takes the host as its recipient.
 */
function hostsJoined(drafts: readonly Draft[]): readonly Draft[] {
  const out = drafts.slice();
  for (const o of drafts) {
    if (o.type !== 'CONSULT' || o.status !== 'occurred' || o.actor.length !== 1) continue;
    if (!hostReport(o, drafts)) continue;
    // (the guests' meeting may have taken the host already: "hosted by Equatorial Guinea, brought together the presidents of
    // A, B and C, as well as ministers from D and E")
    const i = out.findIndex((g) => g !== o && g.type === 'CONSULT' && g.status === 'occurred' && g.sentence === o.sentence
      && (!g.recipient.length || (g.recipient.length === 1 && g.recipient[0] === o.actor[0]))
      && g.actor.length > o.recipient.length && !g.actor.includes(o.actor[0]!) && o.recipient.every((x) => g.actor.includes(x)));
    if (i < 0) continue;
    out[i] = { ...out[i]!, recipient: o.actor.slice() };
    out.splice(out.indexOf(o), 1);
  }
  return out;
}

function merge(doc: Document, all: readonly Draft[], sentenceMode: boolean, plover?: string): EventFact[] {
  if (sentenceMode) return all.map((d) => toFact(doc, d, [d.evidence], plover));
  const drafts = hostsJoined(organisationGatherings(all));
  const groups = new Map<string, Draft[]>();
  const held = new Set(drafts.filter((d) => d.type === 'CONSULT' && d.status === 'occurred').map(setOf));
  const aside = drafts.some((d) => d.inPassing) && militaryStory(drafts);
  for (const d of drafts) {
    if (d.inPassing && aside) continue;
    // "he would discuss ... with the president": the agenda of a visit or meeting that is reported as held
    if (d.agenda && held.has(setOf(d))) continue;
    // "The summit, hosted by Uganda, brought together the leaders of A, B and C": the meeting of the guests is the
    // gathering the host held in the same sentence (one meeting, with the host)
    if (hostedWithin(d, drafts) || hostedBefore(d, drafts) || joinedAfter(d, drafts) || toldInFull(d, drafts)) continue;
    const k = keyOf(d);
    const g = groups.get(k) ?? [];
    g.push(d);
    groups.set(k, g);
  }
  const out: EventFact[] = [];
  const pubYear = publicationYear(doc);
  for (const g of [...groups.values()].flatMap((x) => splitBackground(x, pubYear))) {
    const best = g.slice().sort((a, b) => b.confidence - a.confidence || a.sentence - b.sentence)[0]!;
    const spans: Evidence[] = [];
    for (const d of g) if (!spans.some((x) => x.start === d.evidence.start)) spans.push(d.evidence);
    const dated = pickDated(g) ?? best;
    const merged: Draft = {
      ...best,
      date: dated.date,
      precision: dated.precision,
      // a visit subsumes the meetings and talks held during it
      mode: g.some((d) => d.mode === 'visit') ? 'visit' : best.mode ?? g.find((d) => d.mode)?.mode ?? null,
      context: [...new Set(g.flatMap((d) => d.context))],
      confidence: Math.min(0.99, best.confidence + 0.02 * (g.length - 1)),
    };
    out.push(toFact(doc, merged, spans.sort((a, b) => a.start - b.start), plover));
  }
  return out;
}

/**
 * The reports of one key split into the present and the background: a report whose sentence states a
 * year two or more years before publication ("the Royal visit to Abuja in December 2016") is an event of
 * its own, with its own date (marked historical), not the visit of this week. Everything else stays together.
 */
function splitBackground(g: Draft[], pubYear: number | null): Draft[][] {
  if (pubYear === null || g.length < 2) return [g];
  const yearOf = (d: Draft) => (d.date && d.dateStated ? Number(d.date.slice(0, 4)) : null);
  const old = (d: Draft) => historical(yearOf(d), pubYear);
  const present = g.filter((d) => !old(d));
  if (!present.length || present.length === g.length) return [g];
  const by = new Map<number, Draft[]>();
  for (const d of g) if (old(d)) by.set(yearOf(d)!, [...(by.get(yearOf(d)!) ?? []), d]);
  return [present, ...by.values()];
}

/** The year of the document's publication, if it has one. */
const publicationYear = (doc: Document): number | null => (doc.published ? Number(doc.published.slice(0, 4)) : null);

/** An event of a year two or more years before publication is background: historical. */
const historical = (year: number | null, pubYear: number | null): boolean => pubYear !== null && year !== null && year < pubYear - 1;

function toFact(doc: Document, d: Draft, spans: Evidence[], plover?: string): EventFact {
  const past = historical(d.date ? Number(d.date.slice(0, 4)) : null, publicationYear(doc));
  return {
    kind: 'event',
    type: d.type,
    actor: d.actor.map((c) => ploverVersions().actor(c, plover)),
    recipient: d.recipient.map((c) => ploverVersions().actor(c, plover)),
    mode: d.mode,
    context: d.context,
    date: d.date,
    date_precision: d.precision,
    status: d.status,
    ...(past ? { historical: true } : {}),
    evidence: d.evidence,
    spans,
    trigger: d.trigger,
    confidence: d.confidence,
  };
}

export const eventsExtractor = defineExtractor('events/lexicon', '0.2.0', (ctx): Fact[] => extractEvents(ctx.doc, ctx.ann, ctx.options));
