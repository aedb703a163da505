// events/lexicon: PLOVER events from the trigger lexicon (data/plover/lexicon.json).
// Per sentence: find trigger matches, choose actor and recipient among the sentence's state, IGO,
// organisation and person mentions, derive mode, context, status and date; then merge the reports
// of one interaction (same type, same participants) into one event per document.
import type { Annotations, Document, EventFact, EventStatus, Evidence, ExtractOptions, Fact, PloverType, Sentence, Token } from '../../core/types.ts';
import { defineExtractor, evidenceOf } from '../../core/types.ts';
import { eventDate, pickDated, storyDate } from './dating.ts';
import { lexicon, type Lexicon } from './lexicon.ts';
import { CONTENT_BEFORE, findHits, type Hit } from './hits.ts';
import { negatedMeetingFrame, refusedAcceptance, statusOf, typeOf } from './status.ts';
import { ploverVersions } from './ontology.ts';
import { refineRoles, type Report } from './context.ts';
import { COOPERATIVE, FRIENDLY, GOVERNING, TEXT_REACTIONS } from './families.ts';
import { assignRoles, groupParts, mentionParts, type Group, type Part } from './actors.ts';
import { TITLE_SOURCE } from '../../nlp/gazetteers/titles.ts';
import { describedStates } from './descriptions.ts';

/** Contexts that name the kind of aid. */
const AID_MODES = new Set(['humanitarian', 'military', 'economic']);
/** Words that open a subordinate clause: triggers after them are background, not the main event. */
const SUBORDINATE = /(?:,\s*|\s)(?:after|as|because|since|following|whom|who|which|where|although|though|despite|when|whose|if|unless|against|in protest|to protest|to demand|to show|in demanding|aimed at|in order to|so that|in response to|in retaliation for|amid|over)\b[^,;]*$|\b(?:after|following|amid)\b/i;

/** Coordinated actors who act one by one: "both welcomed", "each offered", "Both Chile and Peru ...", "separately". */
const DISTRIBUTIVE = /^\s*both\b|\b(?:each|both|separately|individually|respectively)\b(?:\s+\p{L}+ly)?(?:\s+(?:has|have|had|will|would))?\s+(?:\p{L}+\s+)?$/iu;

/** People named by a nationality who act as a crowd: "Polish farmers", "Bolivian truckers", "Armenian students". */
const CROWD_AFTER = /^\s+(?:[\p{Ll}-]+\s+)?(?:farmers|truckers|lorry drivers|drivers|workers|students|activists|protesters|protestors|demonstrators|crowds|residents|villagers|fishermen|youths|nationalists|supporters|exiles|veterans|traders|unions|groups)\b/u;

/** Verbal acts that may be the purpose of a visit or call ("phoned X to urge calm", "flew to Y to thank Z"): done in it. */
const PURPOSE_ACTS = new Set<PloverType>(['REQUEST', 'DEMAND', 'SUPPORT', 'AGREE', 'ACCUSE', 'DISAPPROVE', 'REJECT']);
/** From the end of a visit or call up to a purpose infinitive: "his counterpart to", "Lome on Monday to thank Togo and to". */
const PURPOSE_GAP = /^[^.;!?]{0,160}?\bto\s+$/;
/** A clause of its own between the visit and the infinitive: "..., which asked to", "... but wants to". */
const PURPOSE_BREAK = /,\s*(?:which|who|where|while|but|after|before|as|when)\b|\b(?:but|while|said|says|asked|wants?|wanted|needs?|plans?|planned|hopes?|hoped|decided|agreed|refused|failed|ready|able|expected)\b/i;

interface Draft {
  type: PloverType;
  actor: string[];
  recipient: string[];
  mode: string | null;
  context: string[];
  date: string | null;
  precision: 'day' | 'month' | 'year' | null;
  status: EventStatus;
  evidence: Evidence;
  trigger: string;
  confidence: number;
  sentence: number;
  /** a future meeting or discussion (CONSULT trigger made AGREE) */
  agenda?: boolean;
  /** the date is stated in the report's own sentence (not inherited from the story or a neighbour) */
  dateStated?: boolean;
}

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
 * and Mauritanian firms built a road between the two countries"). Otherwise (or as the object of a
 * verb) the story's main pair.
 */
function collectivePair(text: string, base: number, at: number, parts: readonly Part[], prevNamed: readonly string[]): string[] | null {
  const lead = text.slice(0, at);
  const before = namedStates(parts.filter((p) => p.end <= base + at));
  // "Moroccan and Mauritanian contractors built a crossing between the two countries": the two just named
  if (/\bbetween\s+$/i.test(lead) && before.length === 2) return before;
  if (!/(?:^\s*["“]?|[,;]\s*|[,;]?\s+(?:and|but|then|while|where|after|when)\s+(?:then\s+)?)$/i.test(lead)) return null;
  if (before.length === 2) return before;
  if (before.length === 0 && prevNamed.length === 2) return prevNamed.slice();
  return null;
}

/** A quote that opens a sentence and the attribution after it: '"...," she said', '"...," said President X', '"...," the minister told reporters'. */
const QUOTE_THEN_SPEAKER = /^\s*["“](.+?)[,.!?]?["”]\s*,?\s+(.{0,120}?)\b(?:said|says|told|added|stressed|insisted|declared|wrote|warned|noted)\b(.*)$/su;

/**
 * The end of a sentence's opening quote and the state of its speaker: the first state, person or body
 * the attribution names ('"...," said Chilean President Ana Soto' -> CHL), or, for "he/she said" and
 * "the minister said", the official who was the subject before (`official`).
 */
function quoteSpeaker(text: string, base: number, groups: readonly Group[], official: readonly string[]): { end: number; speaker: string[] } | null {
  const m = QUOTE_THEN_SPEAKER.exec(text);
  if (!m) return null;
  const end = base + text.indexOf(m[1]!) + m[1]!.length;
  const named = groups.find((g) => g.start >= end && !g.venue && g.prep === null);
  if (named) return { end, speaker: named.codes.slice() };
  if (/^(?:he|she|they|the\s+(?:\p{L}+\s+){0,2}(?:minister|president|premier|chancellor|spokes(?:man|woman|person)|ministry|official|ambassador|envoy|leader))\s*$/iu.test(m[2]!.trim()) && official.length) {
    return { end, speaker: official.slice() };
  }
  return null;
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

function tokenAt(tokens: readonly Token[], offset: number): Token | null {
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
export function logicalSentences(text: string, sentences: readonly Sentence[]): { index: number; start: number; end: number; members: number[] }[] {
  const out: { index: number; start: number; end: number; members: number[] }[] = [];
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

export function extractEvents(doc: Document, ann: Annotations, options: ExtractOptions = {}): EventFact[] {
  const lex = lexicon();
  const versions = ploverVersions();
  const allParts = mentionParts(ann.mentions);
  const dyad = mainDyad(allParts);
  const bySentence = new Map<number, Part[]>();
  const logical = logicalSentences(doc.text, ann.sentences);
  const toLogical = new Map<number, number>();
  for (const l of logical) for (const i of l.members) toLogical.set(i, l.index);
  for (const m of ann.mentions) {
    const [p] = mentionParts([m]);
    if (!p) continue;
    const li = toLogical.get(m.sentence) ?? m.sentence;
    const list = bySentence.get(li) ?? [];
    list.push(p);
    bySentence.set(li, list);
  }
  const sentenceMode = doc.sentenceMode === true;
  const leadDate = storyDate(doc, logical.slice(0, 3));
  const drafts: Draft[] = [];
  const loneActs: Report[] = []; // acts that named only their actor
  let lastSubject: string[] = [];
  let officialSubject = false; // the last subject was a person or an official of the state or organisation
  let prevNamed: string[] = []; // the states the sentence before names (for "the two sides")
  let prevIgo = false; // the sentence before names an international organisation
  let prevVenues: string[] = []; // the states of the places (cities) the sentence before names
  let prevSentence = -1; // the index of the sentence before (with participants)

  for (const s of logical) {
    const text = doc.text.slice(s.start, s.end);
    const parts = (bySentence.get(s.index) ?? []).slice();
    // "X was due in Warsaw on Monday. The trip was called off": the planned visit or meeting just reported did not happen
    if (!sentenceMode && CALLED_OFF.test(text)) {
      for (const d of drafts) if (d.sentence >= prevSentence && d.status === 'future' && (d.type === 'AGREE' || d.type === 'CONSULT')) d.status = 'negated';
    }
    // "The AU chairman ... met President X. He urged ...": a "he" or "she" opening a sentence is the
    // official who was the subject of the sentence before, not the last person named there
    if (!sentenceMode && officialSubject && lastSubject.length) {
      const i = parts.findIndex((p) => p.via === 'pronoun' && /^\s*["“]?$/.test(text.slice(0, p.start - s.start)) && /^(?:he|she)$/i.test(doc.text.slice(p.start, p.end)));
      if (i >= 0 && parts[i]!.codes.some((c) => !lastSubject.includes(c))) parts[i] = { ...parts[i]!, codes: lastSubject.slice() };
    }
    if (dyad.length === 2) {
      // "bilateral" stands for the story's pair unless the sentence names two states itself (a speaker alone does not count)
      const named = new Set(parts.filter((p) => !p.person && !p.venue).flatMap((p) => p.codes));
      lex.collectives.lastIndex = 0;
      for (const m of text.matchAll(lex.collectives)) {
        if (/^bilateral$/i.test(m[0]) && named.size >= 2) continue;
        const at = s.start + m.index!;
        const pair = collectivePair(text, s.start, m.index!, parts, prevNamed);
        // (the pair replaces the people "the two sides" was resolved to by the nlp)
        if (pair) for (let i = parts.length - 1; i >= 0; i--) if (parts[i]!.via === 'group' && parts[i]!.start < at + m[0].length && at < parts[i]!.end) parts.splice(i, 1);
        parts.push({ start: at, end: at + m[0].length, codes: pair ?? dyad, venue: false, person: false, kind: 'collective' });
      }
    }
    // "supplies the kingdom with water": a description in an object stands for a state named before
    if (!sentenceMode) parts.push(...describedStates(doc.text, s.start, s.end, allParts, ann.tokens));
    parts.sort((a, b) => a.start - b.start || b.end - a.end);
    const groups = groupParts(text, s.start, parts);
    const firstSubject = groups.find((g) => !g.venue && (g.prep === null || g.prep === 'of'));
    // (a sentence that names no one is skipped, unless a pronoun opens it: "Their navies now patrol the river jointly")
    if (parts.length === 0 && !sentenceMode && !(lastSubject.length && opensWithPronoun(lex, text))) {
      prevNamed = [];
      continue;
    }
    const hits = offTopic(lex, text) ? [] : findHits(lex, text, s.start);
    const quoted = sentenceMode ? null : quoteSpeaker(text, s.start, groups, officialSubject ? lastSubject : []);
    let sentenceContexts: string[] | undefined; // the same for every trigger of the sentence
    let verbs: number[] | undefined;
    let nouns: number[] | undefined;
    let rank = 0;
    let meeting: { actor: string[]; recipient: string[]; status: EventStatus; end: number; each: boolean } | null = null; // a visit or call of this sentence
    for (const hit of hits) {
      const rule = hit.rule;
      if (rule.type === null) continue; // veto
      if (rule.pos) {
        const t = tokenAt(ann.tokens, hit.start);
        if (t && t.pos !== rule.pos) continue;
      }
      const view = { text, base: s.start, groups, lastSubject, pronouns: lex.pronouns, dyad: sentenceMode ? [] : dyad, reach: sentenceMode ? Infinity : undefined, topics: !sentenceMode, verbs: (verbs ??= verbStarts(doc.text, ann.tokens, s.start, s.end, false)), nouns: (nouns ??= verbStarts(doc.text, ann.tokens, s.start, s.end, true)) };
      const r = assignRoles(view, hit.start, hit.end, rule.roles, FRIENDLY.has(rule.type));
      // "Iran detained a French teacher ... Tehran freed her on Thursday": an object pronoun with no one named
      // for it in the sentence stands for the one other state the sentence before named
      // ("Latvia's parliament debated a pact with Canada. Lawmakers ratified it": "it" for a text, in a reaction to it)
      const itObject = TEXT_REACTIONS.has(rule.type) && (/^\s+it\b/i.test(doc.text.slice(hit.end, hit.end + 4)) || /\s(?:it|them)$/i.test(doc.text.slice(hit.start, hit.end)));
      if (!sentenceMode && r.actor.length && r.recipient.every((c) => r.actor.includes(c))
        && (itObject || /^\s+(?:him|her|them)\b/i.test(doc.text.slice(hit.end, hit.end + 6))
          // ("He discussed the reopening of border markets with him": the partner of a talk)
          || ((rule.roles === 'with' || rule.roles === 'talk') && /^[^.;,]*?\bwith\s+(?:him|her|them)\b/i.test(doc.text.slice(hit.end, s.end)))
          // ("Britain sent emergency supplies worth 5 million pounds to help them": those the aid is for)
          || (rule.type === 'AID' && /^[^.;]*?\bto\s+(?:help|assist|support|aid|feed|shelter)\s+(?:them|him|her)\b/i.test(doc.text.slice(hit.end, s.end))))) {
        const others = prevNamed.filter((c) => !r.actor.includes(c));
        if (others.length === 1) { r.recipient = others; r.inferred = true; }
      }
      // "The Security Council passed a resolution ... Israel rejected it": a reaction to "it" answers the organisation
      // the sentence before named, when it named no other state
      if (!sentenceMode && r.actor.length && !r.recipient.length && itObject && prevIgo && prevNamed.every((c) => r.actor.includes(c))) {
        r.recipient = ['IGO'];
        r.inferred = true;
      }
      // '"We stand with the Ukrainian people," she said': an act inside a quote with no actor of its own is the speaker's
      // (when the quote speaks in the first person before the act, or labels an act: "This is a provocation by Moscow")
      if (!sentenceMode && quoted && hit.end <= quoted.end && r.actor.length === 0 && quoted.speaker.length
        && (/\b(?:[Ww]e|[Oo]ur|us|I)\b/.test(doc.text.slice(s.start, hit.end)) || rule.type === 'ACCUSE' || rule.type === 'DISAPPROVE')) {
        r.actor = quoted.speaker.slice();
        r.recipient = r.recipient.filter((c) => !r.actor.includes(c));
        r.inferred = true;
      }
      if (rule.needsPerson && !groups.some((g) => g.person && g.start >= hit.end)) continue;
      const clauseLeft = doc.text.slice(s.start, hit.start);
      const tok = tokenAt(ann.tokens, hit.start);
      // "to demand", "in demanding", "by dumping": the purpose or means of an earlier act
      const subordinate = SUBORDINATE.test(clauseLeft) || (rank > 0 && /\b(?:to|in|by|for)\s+$/i.test(clauseLeft));
      // "the treaty commits the two states to provide military assistance": what a document provides for is not done
      if (!sentenceMode && COOPERATIVE.has(rule.type) && CONTENT_BEFORE.test(clauseLeft.slice(-80))) continue;
      // "phoned his Chilean counterpart to urge calm", "flew to Lome to thank Togo and to ask for patrols": a verbal act
      // that is the purpose of a visit or call is done in it, by the visitor, to the host unless it names its own
      const between: string = meeting ? doc.text.slice(meeting.end, hit.start) : '';
      const splitMeeting: boolean = meeting !== null && meeting.each;
      const purpose: boolean = !sentenceMode && meeting !== null && PURPOSE_ACTS.has(rule.type) && PURPOSE_GAP.test(between) && !PURPOSE_BREAK.test(between);
      // "negotiations are under way to finalize the documents": the purpose of an act reported before it is not done
      if (!sentenceMode && !purpose && rank > 0 && COOPERATIVE.has(rule.type) && /\bto\s+$/i.test(clauseLeft)) continue;
      // no state named as the actor, or only as the nationality of a crowd ("Polish farmers protested")
      const crowd = !!rule.crowd && (r.actor.length === 0 || groups.some((g) => g.end <= hit.start && r.actor.every((c) => g.codes.includes(c))
        && CROWD_AFTER.test(doc.text.slice(g.end, Math.min(hit.start, g.end + 40)))));
      if (sentenceMode) fillSentenceRoles(r, groups, hit, rule.type);
      refineRoles({
        text: doc.text, sentence: s, hit, type: rule.type, roles: rule.roles, w: rule.w, pos: tok?.pos ?? null, subordinate,
        groups, dyad, sentenceMode, reports: drafts, loneActs, prevNamed, prevVenues, code: (t) => versions.code(t, options.plover),
      }, r);
      if (purpose && meeting) {
        r.actor = meeting.actor.slice();
        if (r.recipient.length === 0 || r.recipient.every((c) => r.actor.includes(c))) r.recipient = meeting.recipient.filter((c) => !r.actor.includes(c));
      }
      const participants = new Set([...r.actor, ...r.recipient]);
      if (participants.size === 0) continue;
      if (!sentenceMode) {
        if (participants.size < 2) {
          // (kept as what a later reaction may answer: "fired two missiles ... condemned the launch")
          if (r.actor.length === 1 && r.recipient.length === 0 && !subordinate) {
            const lone = versions.code(rule.type, options.plover);
            if (lone) loneActs.push({ type: lone, actor: r.actor.slice(), recipient: [], sentence: s.index });
          }
          continue;
        }
        // "both X and Y denied the allegations": parallel attitudes of the states named, not an act between them
        if (r.recipient.length === 0 && r.actor.length >= 2 && !r.inferred && GOVERNING.has(rule.type) && rule.roles !== 'mutual'
          && !/\bbetween\b/i.test(doc.text.slice(s.start, hit.end))) continue;
        if (r.actor.length === 0) continue;
      }
      const stated: EventStatus = purpose && meeting ? meeting.status : statusOf(lex, doc.text, clauseLeft, hit, s.end);
      // '"We will never accept the proposal"': a refusal to accept is a rejection, done; "did not meet ... during the summit": no meeting
      const refusedAccept: boolean = !sentenceMode && refusedAcceptance(rule.type, doc.text.slice(hit.start, hit.end), stated, clauseLeft);
      const negatedFrame: boolean = !sentenceMode && negatedMeetingFrame(rule.type, tok?.pos ?? null, stated, clauseLeft);
      const status: EventStatus = refusedAccept ? 'occurred' : negatedFrame ? 'negated' : stated;
      const counterfactual = /\b(?:could|would|might|should)\s+have\b/i.test(clauseLeft.slice(-40));
      // "what growers might have earned by exporting to Japan": in an article, no event
      if (!sentenceMode && status === 'hypothetical' && counterfactual) continue;
      // "the impact of the invasion", "consequences of the sanctions": a topic under discussion, not a report of the act
      if (!sentenceMode && tok?.pos === 'NOUN' && /\b(?:impact|effects?|consequences|implications|aftermath|costs?)\s+of\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}$/iu.test(clauseLeft.slice(-60))) continue;
      const type = refusedAccept ? 'REJECT' : typeOf(crowd ? rule.crowd! : rule.type, status, clauseLeft, counterfactual, doc.text.slice(hit.end, s.end));
      const when = eventDate({ doc, text, start: s.start, trigger: hit, status, sentenceMode, leadDate });
      let confidence = rule.w + (r.actor.length && r.recipient.length ? 0.1 : 0) - (r.inferred ? 0.05 : 0) - 0.03 * rank
        + (tok && (tok.pos === 'VERB' || tok.pos === 'AUX' || tok.pos === 'ADJ') ? 0.08 : tok && tok.pos === 'NOUN' ? -0.04 : 0) - (subordinate ? 0.15 : 0);
      if (r.actor.length === 0) confidence -= 0.15;
      if (/(?:,\s*but|;)\s/i.test(clauseLeft)) confidence -= 0.1; // "X opened its borders ..., but was refusing ...": the first clause leads
      rank++;
      const coded = versions.code(type, options.plover); // the type in the chosen PLOVER version
      if (!coded) continue;
      // a visit to two capitals is two visits, calls with two leaders two calls
      // (and what was said in each: "phoned both leaders to urge a ceasefire")
      const each: boolean = !sentenceMode && ((rule.mode === 'visit' || rule.mode === 'phone') || (purpose && splitMeeting)) && r.recipient.length > 1 && r.actor.length === 1;
      // "Germany and France both welcomed the deal", "Chile and Brazil each urged": one act per actor
      const actorGroup = r.actor.length > 1 ? groups.filter((g) => g.end <= hit.start && r.actor.every((c) => g.codes.includes(c))).pop() : undefined;
      // (named states acting on another one; "both sides", or acts with no other party, stay joint)
      const apart = !sentenceMode && !!actorGroup && actorGroup.kind === 'mention' && r.recipient.some((c) => !r.actor.includes(c))
        // (the actors are the subject: nothing or an apposition between them and "each": "Brazil and Chile, the guarantors, each urged")
        && (!/[,;:]/.test(doc.text.slice(actorGroup.end, hit.start)) || /^\s*,[^,;:]{1,80},\s*(?:each|both|separately)\b/i.test(doc.text.slice(actorGroup.end, hit.start)))
        && DISTRIBUTIVE.test(doc.text.slice(Math.max(s.start, actorGroup.start - 8), hit.start));
      const roles: [string[], string[]][] = apart ? r.actor.map((a) => [[a], r.recipient.filter((c) => c !== a)])
        : (each ? r.recipient.map((c) => [r.actor, [c]]) : [[r.actor, r.recipient]]);
      for (const [actor, recipient] of roles) drafts.push({
        type: coded,
        actor,
        recipient,
        mode: (type === 'CONSULT' || rule.type === type ? rule.mode : type === 'AGREE' && rule.mode === 'visit' ? 'visit' : null)
          // aid whose rule names no kind takes it from the sentence's context ("sent humanitarian aid")
          ?? (type === 'AID' ? (sentenceContexts ??= contextsOf(lex, text)).find((c) => AID_MODES.has(c)) ?? null : null),
        context: (sentenceContexts ??= contextsOf(lex, text)).slice(),
        date: when?.date ?? null,
        precision: when?.precision ?? null,
        dateStated: !!when && when.start >= s.start && when.end <= s.end,
        status,
        evidence: evidenceOf(doc, s.start, s.end),
        trigger: doc.text.slice(hit.start, hit.end),
        confidence: Math.max(0.05, Math.min(0.99, Number(confidence.toFixed(3)))),
        sentence: s.index,
        agenda: rule.type === 'CONSULT' && rule.mode === 'meeting' && type === 'AGREE' && status === 'future',
      });
      if (rule.type === 'CONSULT' && (rule.mode === 'visit' || rule.mode === 'phone' || rule.mode === 'meeting') && r.actor.length && r.recipient.length) {
        meeting = { actor: r.actor.slice(), recipient: r.recipient.slice(), status, end: hit.end, each };
      }
    }
    if (firstSubject && firstSubject.kind === 'mention') {
      lastSubject = firstSubject.codes.slice();
      // (a person, or an organisation or state followed by an office: "The African Union Commission chairman")
      officialSubject = firstSubject.person || OFFICE_AFTER.test(text.slice(firstSubject.end - s.start, firstSubject.end - s.start + 40));
    } else if (!firstSubject) officialSubject = false;
    prevNamed = namedStates(parts);
    prevVenues = [...new Set(parts.filter((p) => p.venue).flatMap((p) => p.codes).filter((c) => c !== 'IGO'))];
    prevSentence = s.index;
    prevIgo = parts.some((p) => p.kind === 'mention' && p.codes.includes('IGO'));
  }
  return merge(doc, drafts, sentenceMode, options.plover);
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

function merge(doc: Document, drafts: readonly Draft[], sentenceMode: boolean, plover?: string): EventFact[] {
  if (sentenceMode) return drafts.map((d) => toFact(doc, d, [d.evidence], plover));
  const groups = new Map<string, Draft[]>();
  const held = new Set(drafts.filter((d) => d.type === 'CONSULT' && d.status === 'occurred').map(setOf));
  for (const d of drafts) {
    // "he would discuss ... with the president": the agenda of a visit or meeting that is reported as held
    if (d.agenda && held.has(setOf(d))) continue;
    const k = keyOf(d);
    const g = groups.get(k) ?? [];
    g.push(d);
    groups.set(k, g);
  }
  const out: EventFact[] = [];
  for (const g of groups.values()) {
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

function toFact(doc: Document, d: Draft, spans: Evidence[], plover?: string): EventFact {
  const pubYear = doc.published ? Number(doc.published.slice(0, 4)) : null;
  const year = d.date ? Number(d.date.slice(0, 4)) : null;
  const historical = pubYear != null && year != null && year < pubYear - 1;
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
    ...(historical ? { historical: true } : {}),
    evidence: d.evidence,
    spans,
    trigger: d.trigger,
    confidence: d.confidence,
  };
}

export const eventsExtractor = defineExtractor('events/lexicon', '0.2.0', (ctx): Fact[] => extractEvents(ctx.doc, ctx.ann, ctx.options));
