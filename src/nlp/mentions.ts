// Mentions of states, organisations, news agencies and people.
//   "Belarus-Azerbaijan talks"           -> country BLR, country AZE
//   "the Russian Foreign Ministry said"  -> country RUS (adjective), org RUS/GOV
//   "Baku said" / "held in Baku"         -> country AZE via 'capital' (acting) / via 'venue' (a place)
//   "Kyodo agency reported"              -> source (a news agency, never an actor)
//   "Brussels will train officers"       -> igo (a 'seat' in organisations.tsv: acting, Brussels is
//                                           the EU; as a place, "talks in Brussels", it is Belgium)
//   "the Vienna Convention"              -> nothing (a city in a document's name is not its state)
// Surface forms come from data/gazetteers (see src/nlp/gazetteers/actors.ts).
import type { Document, Mention, Sentence, Token } from '../core/types.ts';
import { ACTORS, type ActorEntry } from './gazetteers/actors.ts';
import { stateBodyMentions } from './gazetteers/state-bodies.ts';
import { loadStateBodies } from './gazetteers/actors.ts';
import { datelineState } from './gazetteers/person-states.ts';
import { personMentions } from './gazetteers/person-mentions.ts';
import { GAZETTEER_DIR, readRows } from './gazetteers/load.ts';
import { join } from 'node:path';
import { isWeekday, monthNumber } from '../core/calendar.ts';
import { nameWordOk } from './gazetteers/name-words.ts';
import { ORGANISATION_OFFICE } from './gazetteers/titles.ts';
import { actsAt } from './acts.ts';

const WORDS = /[\p{L}\p{N}]+/gu;
const ALNUM = /[\p{L}\p{N}]/u;
const ACRONYM = /^\p{Lu}{2,4}$/u;

export function findMentions(doc: Document, sentences: readonly Sentence[], tokens: readonly Token[]): Mention[] {
  const text = doc.text;
  const at = sentenceLocator(sentences);
  const found: Mention[] = [];
  const pending: { m: Mention; needs: readonly string[] }[] = [];
  const nameParts = new Set<string>();
  const re = WORDS; // compiled once; the scan below is synchronous, so resetting lastIndex is safe
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const start = m.index;
    if (start > 0 && ALNUM.test(text[start - 1]!)) continue;
    const entry = matchAt(text, start, ACTORS.byFirst.get(m[0]));
    if (!entry) continue;
    const end = start + entry.surface.length;
    re.lastIndex = end;
    if (entry.type === 'block' || namesDocument(text, entry, end)) continue;
    // "Robert Jordan", "Chad Wolf": a person's name; "Jordan said" after "Robert Jordan" is that person too
    const part = namePart(text, entry, start, end);
    if (part === 'surname') nameParts.add(entry.surface);
    if (part) continue;
    if (nameParts.has(entry.surface) && actsAt(text, tokens, start, end, notActor)) continue;
    if (entry.needs) {
      // "the North" (of Korea), not "the North Atlantic"
      if (/^\s+\p{Lu}/u.test(text.slice(end, end + 3))) re.lastIndex = start + m[0].length; // the words after it may start a name of their own
      else pending.push({ m: toMention(text, entry, start, end, at(start), found), needs: entry.needs });
      continue;
    }
    found.push(toMention(text, entry, start, end, at(start), found));
  }
  found.push(...shortNames(text, found, at));
  // "... import curbs on certain goods from Poland and Hung": a text cut inside the last word, whose letters begin the
  // name of one state only, names that state
  const cut = CUT_NAME.exec(text);
  if (cut && !found.some((f) => f.end > cut.index)) {
    const refs = new Set<string>();
    let entry: ActorEntry | undefined;
    for (const [first, es] of ACTORS.byFirst) {
      if (!first.startsWith(cut[1]!) || first === cut[1]) continue;
      for (const e of es) if (e.type === 'country' && e.via === 'name' && e.ref && !e.needs && e.surface === first) { refs.add(e.ref); entry = e; }
    }
    if (refs.size === 1 && entry) found.push(toMention(text, entry, cut.index, cut.index + cut[1]!.length, at(cut.index), found));
  }
  // a contextual name stands for its state only where the document names the states it needs
  const named = new Set(found.filter((m) => m.type === 'country').map((m) => m.ref));
  for (const p of pending) if (p.needs.some((c) => named.has(c))) found.push(p.m);
  found.sort((a, b) => a.start - b.start);
  const bodies = stateBodyMentions(text, found, at);
  // "Pakistan's Foreign Office": a body named through its state is that state's, not the organisation the bare name is listed as
  const inBody = (m: Mention) => m.type !== 'country' && bodies.some((b) => b.start <= m.start && m.end <= b.end && b.end - b.start > m.end - m.start);
  let withBodies = genericBodies(text, doc.dateline ?? null, [...found.filter((m) => !inBody(m)), ...bodies]);
  let people = personMentions(doc, withBodies, tokens, at);
  // "Prime Minister Luis Montenegro", "Pham Van Long": a state or city word inside a person's name names no place
  const fullNames = people.filter((p) => p.via === 'title' || p.via === 'official');
  const inName = (m: Mention) => m.type === 'country' && fullNames.some((p) => p.start <= m.start && m.end <= p.end && p.end - p.start > m.end - m.start);
  if (withBodies.some(inName)) {
    withBodies = withBodies.filter((m) => !inName(m));
    people = personMentions(doc, withBodies, tokens, at);
  }
  // "Montenegro said" after "Prime Minister Luis Montenegro": the person when the word acts or speaks, else the state
  const clash = (p: Mention) => withBodies.find((m) => m.type === 'country' && m.start === p.start && m.end === p.end);
  const speaks = new Set(people.filter((p) => p.via === 'surname' && clash(p) && actsAt(text, tokens, p.start, p.end, notActor)));
  withBodies = withBodies.filter((m) => !people.some((p) => speaks.has(p) && p.start === m.start && p.end === m.end));
  people = people.filter((p) => p.via !== 'surname' || speaks.has(p) || !clash(p));
  return [...withBodies, ...people].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The last word of an organisation's name that may stand for it alone, named again: "(Pacific Islands) Forum". */
const ORG_HEAD = /(?<![\p{L}\p{N}])(Forum|Alliance|Bloc|Community|Commonwealth|Organi[sz]ation|League)$/u;
/** An officer's title after the bare head word: "Forum Secretary General", "Alliance chair". */
const OFFICER_AFTER = new RegExp(String.raw`^\s+${ORGANISATION_OFFICE}\b`, 'i');

/**
 * An organisation named before by its full name and again by its last word, before the title of one of its officers: "the
 * Pacific Islands Forum ... Forum Secretary General Baron Waqa" (the officer acts for the organisation).
 */
function shortNames(text: string, found: readonly Mention[], at: (o: number) => number): Mention[] {
  const out: Mention[] = [];
  for (const m of found) {
    if (m.type !== 'igo' || m.ref !== 'IGO' || !m.text.includes(' ')) continue;
    const head = ORG_HEAD.exec(m.text)?.[1];
    if (!head) continue;
    for (let s = text.indexOf(head, m.end); s >= 0; s = text.indexOf(head, s + 1)) {
      const e = s + head.length;
      // (not inside another name: "Eastern Economic Forum"; "The Forum" is the same)
      const prev = /(\S+)\s+$/.exec(text.slice(Math.max(0, s - 30), s))?.[1] ?? '';
      if (ALNUM.test(text[s - 1] ?? '') || ALNUM.test(text[e] ?? '') || (/^\p{Lu}/u.test(prev) && prev !== 'The')) continue;
      if (found.some((f) => f.start < e && s < f.end) || out.some((f) => f.start === s) || !OFFICER_AFTER.test(text.slice(e, e + 30))) continue;
      out.push({ ...m, start: s, end: e, text: head, sentence: at(s) });
    }
  }
  return out;
}

/** A word that names no state, organisation or place of the gazetteer: a person's name beside a surname ("Montenegro and Sanchez"). */
const notActor = (word: string) => !(ACTORS.byFirst.get(word) ?? []).some((e) => e.surface === word);

/** The last word of a text cut short (no punctuation after it): a capitalised fragment of four letters or more. */
const CUT_NAME = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}{3,})$/u;

/** Names of bodies many states have (state-bodies.tsv) that organisations.tsv also lists for one state ("Foreign Office"). */
const GENERIC_BODIES = new Set(loadStateBodies().map((b) => b.phrase));

/**
 * "the Foreign Office said": a generic body named without its state is the listed state's only in a
 * story that names that state (Britain, British, London...) or no state at all; otherwise it is the body of the
 * dateline's state, else of the state that opens the sentence before ("Islamabad summoned ...
 * The Foreign Office spokesperson"), else of no known state (dropped). A body after a capital's possessive
 * ("Seoul's National Security Council", which stateBodyMentions leaves out) is that capital's state's.
 */
function genericBodies(text: string, dateline: string | null, ms: Mention[]): Mention[] {
  const states = ms.filter((m) => m.type === 'country' && m.ref);
  const out: Mention[] = [];
  for (const m of ms) {
    if (m.type !== 'org' || m.via !== 'org' || !GENERIC_BODIES.has(m.text)) { out.push(m); continue; }
    // "Seoul's National Security Council": the body of the state whose capital possesses it
    const owner = states.find((c) => c.end <= m.start && /^['’]s\s+$/.test(text.slice(c.end, m.start)));
    if (owner) { out.push({ ...m, ref: owner.ref }); continue; }
    if (!states.length || states.some((c) => c.ref === m.ref)) { out.push(m); continue; }
    const dated = datelineState(dateline);
    const ref = dated ?? openingState(text, states, m);
    if (ref) out.push({ ...m, ref });
  }
  return out;
}

/** The state that opens this sentence or the one before (its subject): "Islamabad summoned ...". */
function openingState(text: string, states: readonly Mention[], m: Mention): string | null {
  for (const s of [m.sentence, m.sentence - 1]) {
    const first = states.find((c) => c.sentence === s && c.start < m.start);
    if (first && first.via !== 'venue' && first.via !== 'demonym' && /(?:^|[.!?]["'”’]?\s+|\n\s*)(?:The\s+)?$/.test(text.slice(Math.max(0, first.start - 10), first.start))) return first.ref!;
  }
  return null;
}

/** Given names (data/gazetteers/given-names.tsv) that name no state or place themselves. */
const GIVEN = new Set(readRows(join(GAZETTEER_DIR, 'given-names.tsv')).map((r) => r[0]!));
const GIVEN_BEFORE = /(?<![\p{L}\p{N}.'’-])(\p{Lu}\p{Ll}+)[ \n]$/u;
// one more name word and no third one: "Chad Wolf said", not "the Prime Minister of Georgia Irakli Kobakhidze"
const NAME_AFTER = /^[ \n](\p{Lu}\p{Ll}+)(?![\p{L}\p{N}-])(?![ \n]+\p{Lu})/u;

/**
 * A one-word state name inside a personal name: right after a given name ("Robert Jordan", "Jim Jordan"), or a state
 * name that is a given name itself followed by one name word ("Chad Wolf", "Israel Katz"). Words naming a state,
 * place, organisation or title are no name words ("India Israel ties", "Jordan Valley", "Israel Defense Forces").
 */
function namePart(text: string, e: ActorEntry, start: number, end: number): 'surname' | 'given' | null {
  if (e.type !== 'country' || e.via !== 'name' || e.surface.includes(' ')) return null;
  const before = GIVEN_BEFORE.exec(text.slice(Math.max(0, start - 20), start))?.[1];
  if (before && GIVEN.has(before) && !ACTORS.byFirst.has(before)) return 'surname';
  if (!GIVEN.has(e.surface) || /\bof[ \n]+$/.test(text.slice(Math.max(0, start - 4), start))) return null;
  const after = NAME_AFTER.exec(text.slice(end, end + 40))?.[1];
  return after && nameWordOk(after) && !ACTORS.byFirst.has(after) ? 'given' : null;
}


/** Capitalised words after a city's name that leave the city a city ("Erbil International Airport"): data/gazetteers/city-name-words.tsv. */
export const CITY_NAME_WORDS: readonly string[] = readRows(join(GAZETTEER_DIR, 'city-name-words.tsv')).map((r) => r[0]!);
const CITY_NAME_ALT = CITY_NAME_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
/** A capitalised word other than those right after a city's name: the city opens a longer name ("Porto Murtinho"). */
const CITY_NAME_GOES_ON = new RegExp(String.raw`^ (?!(?:${CITY_NAME_ALT})\b)\p{Lu}\p{Ll}+\b`, 'u');

function matchAt(text: string, start: number, cands: readonly ActorEntry[] | undefined): ActorEntry | undefined {
  if (!cands) return undefined;
  for (const e of cands) {
    if (!text.startsWith(e.surface, start)) continue;
    const after = text[start + e.surface.length];
    if (after !== undefined && ALNUM.test(after) && ALNUM.test(e.surface[e.surface.length - 1]!)) continue;
    // "US$ 5 million", "US-9 patrol aircraft", "AU$": a currency or a model name, not the state.
    if (ACRONYM.test(e.surface) && /^(?: ?\$|-\d)/.test(text.slice(start + e.surface.length, start + e.surface.length + 3))) continue;
    // "1.5 million New Zealand dollars", "Hong Kong dollars", "Australian dollars": a currency, not the state
    if (e.type === 'country' && /^ (?:dollars?|cents?)\b/.test(text.slice(start + e.surface.length, start + e.surface.length + 9))) continue;
    // "Porto Murtinho", "Santiago Atitlan": a city name opening a longer proper name is not the city
    // (its facilities and regions still are: "Erbil International Airport", "Mombasa Port")
    if (e.via === 'city' && CITY_NAME_GOES_ON.test(text.slice(start + e.surface.length, start + e.surface.length + 30))) continue;
    return e;
  }
  return undefined;
}

function toMention(text: string, e: ActorEntry, start: number, end: number, sentence: number, prev: readonly Mention[]): Mention {
  const base = { type: e.type as Mention['type'], start, end, text: text.slice(start, end), sentence };
  if (e.type !== 'country') return { ...base, ref: e.ref, via: e.via, sector: e.sector, name: e.name };
  let via = e.via;
  if (via === 'city') via = 'venue'; // a city other than the capital is always a place
  else if ((via === 'capital' || via === 'metonym') && isVenue(text, start, end, prev, via === 'metonym')) via = 'venue';
  else if (via === 'name' && qualifiesPlace(text, e.ref!, start, end, prev)) via = 'venue';
  else if ((via === 'demonym' || via === 'name') && isRoute(text, start, end)) via = 'venue'; // "the Trans-Afghan railway", "a Kenya-Sudan corridor"
  // "Brussels will train Moldovan officers": a seat of an organisation acting stands for it.
  const seat = via === 'capital' ? ACTORS.seats.get(e.surface) : undefined;
  if (seat) return { ...base, type: 'igo', ref: seat.ref, via: 'seat', sector: seat.sector, name: seat.name };
  const adjective = via === 'demonym' && isAdjective(text, e.surface, end) ? true : undefined;
  return { ...base, ref: e.ref, via, ...(adjective ? { adjective } : {}) };
}

// A city in the name of a document, a diplomatic track or a body does not stand for its state:
// "the Vienna Convention", "the 2015 Algiers peace agreement", "the Minsk Group", "the Astana
// format", "the Lima Declaration". No mention at all (the parties of such a document are named
// elsewhere). Talks, summits and forums named after a city are held there: a venue ("the Doha talks").
const S = String.raw`[^\S\n]+`; // spaces within a line: a heading ends at the line break
const DOCUMENT_AFTER = new RegExp(String.raw`^(?:${S}(?:\d{4}|I{1,3}|[Pp]eace|[Cc]easefire|[Cc]ease-fire|[Nn]uclear|[Tt]rade|[Ss]ecurity|[Ff]inal|[Ff]ramework|[Ii]nterim|[Nn]ormali[sz]ation|[Cc]limate))?${S}(?:Conventions?|Agreements?|Accords?|Declarations?|Protocols?|Treat(?:y|ies)|Charter|Pact|Memorandum|Communiqu[ée]|Consensus|Final${S}Act|Group|Club|Initiative|Format|Process|(agreements?|accords?|declarations?|protocols?|treat(?:y|ies)|pact|memorandum|format|process))\b`, 'u');
// "Baku talks with Yerevan" is Baku acting; "the Baku talks (with ...)" and "Doha talks stall" are held there.
const EVENT_AFTER = new RegExp(String.raw`^(?:${S}(?:\d{4}|[Pp]eace|[Cc]easefire|[Nn]uclear|[Tt]rade|[Ss]ecurity|[Dd]efen[cs]e|[Ii]nvestment|[Ee]conomic))?${S}(?:[Tt]alks|[Ss]ummit|[Cc]onference|[Ff]orum|[Mm]eeting|[Nn]egotiations|[Rr]ound)\b`, 'u');
const EVENT_DETERMINER = /\b(?:the|a|an|this|that|these|last|next|recent|upcoming|its|their|\d{4})\s+$/i;

function namesEvent(text: string, start: number, end: number): boolean {
  const m = EVENT_AFTER.exec(text.slice(end, end + 50));
  if (!m) return false;
  return EVENT_DETERMINER.test(text.slice(Math.max(0, start - 20), start)) || !/^\s+(?:with|to)\b/.test(text.slice(end + m[0].length, end + m[0].length + 8));
}
const PLACE_KINDS = new Set(['capital', 'city', 'metonym']);

function namesDocument(text: string, e: ActorEntry, end: number): boolean {
  if (e.type !== 'country' || !PLACE_KINDS.has(e.via)) return false;
  const m = DOCUMENT_AFTER.exec(text.slice(end, end + 50));
  if (!m) return false;
  // "a Tehran agreement with the agency" is Tehran's own; "the 2015 Algiers peace agreement with
  // the rebels" is a named document (a year or a kind of agreement marks the name).
  if (!m[1] || !/^\s+(?:of|with|between)\b/.test(text.slice(end + m[0].length, end + m[0].length + 10))) return true;
  const modified = m[0].trim().split(/\s+/).length > 1; // "Algiers peace agreement"
  return modified || /\b\d{4}\s+$/.test(text.slice(Math.max(0, end - e.surface.length - 8), end - e.surface.length));
}

// A state named after a place to locate it is a place too: "the summit in Kazan, Russia, ended",
// "arrived in Santa Cruz, Bolivia, on Saturday", "SANTA CRUZ, Bolivia, Sept 15". The place before
// the comma is a known city of that state, or capitalised words after a preposition of place or at
// the start of a line (a dateline); the state is followed by punctuation or a time/place word.
const PLACE_WORDS = /(?:\n|\b(?:[Ii]n|[Aa]t|[Nn]ear|[Ff]rom|to|[Oo]utside|visit|visits|visited|visiting))\s*((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*),\s*$/u;
const PLACE_TAIL = /^(?:\s*[,.;:)]|\s*$|\s+(?:on|in|at|last|next|this|earlier|later|where|during|for|from|to|when|after|before)\b)/;

function qualifiesPlace(text: string, ref: string, start: number, end: number, prev: readonly Mention[]): boolean {
  const from = Math.max(0, start - 60);
  const before = (from === 0 ? '\n' : '') + text.slice(from, start);
  if (!/,[^\S\n]*$/.test(before)) return false;
  if (!PLACE_TAIL.test(text.slice(end, end + 12))) return false;
  const last = prev[prev.length - 1];
  // "in Kazan, Russia": the place before the comma is a city or capital of the same state.
  if (last && /^,\s*$/.test(text.slice(last.end, start))) {
    return last.type === 'country' && last.ref === ref && (last.via === 'venue' || last.via === 'capital');
  }
  // "in Santa Cruz, Bolivia", "SANTA CRUZ, Bolivia, Sept 15": a place the gazetteer does not know.
  const place = PLACE_WORDS.exec(before);
  if (!place) return false;
  return !place[1]!.split(/\s+/).map((w) => w.replace(/[.,]$/, '')).some((w) => monthNumber(w) > 0 || isWeekday(w));
}

// A place named after a preposition or as a dateline is where something happens, not who acts:
// "an exhibition held in Kuala Lumpur", "arrived in Baku", "BAKU, June 10", "Moscow State University".
const VENUE_BEFORE = /(?:\b(?:in|at|to|from|near|into|via|through|across|outside|around|visit|visits|visited|visiting|arrive|arrived|arrives|arriving|leave|left|toward|towards|of)\s+(?:the\s+)?)$/i;
/** A capital after "of" that owns an act or a stance, not a place: "the decision of Ankara", "the actions of Baku", "the delegation of Tashkent". */
const OWNER_BEFORE = /\b(?:decisions?|actions?|positions?|policy|policies|stance|support|statements?|proposals?|initiatives?|moves?|steps?|delegation|side|claims?|accusations?|demands?|requests?|response|reaction|refusal|attempts?|efforts|intention|plans?|readiness|role|interests|approach|behaviou?r|provocations?|aggression|threats?|consent|approval)\s+of\s+(?:the\s+)?$/i;
/** A capital after "from" that gives or answers, not a place left: "received tanks from Moscow", "a sharp response from New Delhi", "a loan from Beijing". */
const GIVER_BEFORE = /\b(?:receiv\w*|obtain\w*|got|acquir\w*|bought|buy\w*|purchas\w*|import\w*|responses?|reaction|rebuke|protests?|criticism|condemnation|support|aid|assistance|loans?|grants?|credits?|donations?|deliver\w*|supplies|shipments?|pressure|demands?|calls?|requests?|warnings?|objections?|opposition|complaints?|appeals?|offers?|invitations?|pledges?|assurances?|overtures?)\b[^.;:!?]{0,60}\bfrom\s+(?:the\s+)?$/i;
const CONJ_BEFORE = /^\s*(?:,|,?\s*and|,?\s*or)\s+(?:the\s+)?$/; // the whole gap: "in Baku and Tbilisi", not "Baku Declaration, Ankara"
const VENUE_AFTER = /^(?:,\s*(?:\p{Lu}\p{Ll}+\.?\s+\d|\d|\(|\p{Lu}{3,})|\s*\(|\s+\p{Lu}\p{Ll}|'s\s+\p{Lu}\p{Ll}+\s+(?:Airport|University|Street|Avenue|Square))/u;

/** A chain of places naming a route: "the Baku-Tbilisi-Ceyhan pipeline", "the Moscow-Minsk highway". */
const ROUTE_NOUN = /^\s+(?:(?:oil|gas|crude|railway|rail|road|power|transport|trade|transit|export|economic|energy|development|friendship)\s+)?(?:pipelines?|railways?|railroads?|rail|corridors?|routes?|roads?|highways?|motorways?|lines?|bridges?|links?|connections?)\b/i;

function isRoute(text: string, start: number, end: number): boolean {
  const left = /(?:[\p{L}]+[-–])+$/u.exec(text.slice(Math.max(0, start - 60), start));
  const right = /^(?:[-–][\p{L}]+)+/u.exec(text.slice(end, end + 60));
  if (!left && !right) return false;
  return ROUTE_NOUN.test(text.slice(end + (right ? right[0].length : 0), end + (right ? right[0].length : 0) + 40));
}

function isVenue(text: string, start: number, end: number, prev: readonly Mention[], metonym = false): boolean {
  if (isRoute(text, start, end) || namesEvent(text, start, end)) return true;
  if (/^[-–](?:based|born|headquartered)\b/.test(text.slice(end, end + 20))) return true; // "a Brussels-based think tank"
  const before = text.slice(Math.max(0, start - 30), start);
  if (VENUE_BEFORE.test(before) && !/according\s+to\s+(?:the\s+)?$/i.test(before) && !GIVER_BEFORE.test(text.slice(Math.max(0, start - 90), start)) && !OWNER_BEFORE.test(before)) return true;
  const after = text.slice(end, end + 20);
  if (VENUE_AFTER.test(after) && !/^\s+(?:and|or)\b/.test(after)) {
    // "Moscow and Ankara agreed" is fine; "Moscow State University", "BAKU, June 10" are places.
    return true;
  }
  const last = prev[prev.length - 1];
  // ("In Washington, the State Department called on ...": a body named after a fronted place and a comma acts; "in Baku, Tbilisi and Yerevan" are places)
  if (last && last.via === 'venue' && CONJ_BEFORE.test(text.slice(last.end, start)) && !(metonym && /^\s*,\s*the\s+$/i.test(text.slice(last.end, start)))) return true;
  return false;
}

function isAdjective(text: string, surface: string, end: number): boolean {
  if (/s$/.test(surface) && ACTORS.demonyms.has(surface.slice(0, -1))) return false; // "Azerbaijanis"
  // "Azeri, Belarussian and Kyrgyz envoys": skip the other demonyms of a list to reach the noun.
  let rest = text.slice(end, end + 120);
  for (;;) {
    const m = /^(?:,\s*|\s+(?:and|or)\s+|-)(\p{Lu}[\p{L}]+)/u.exec(rest);
    if (!m || !ACTORS.demonyms.has(m[1]!)) break;
    rest = rest.slice(m[0].length);
  }
  return /^[ -]\p{L}/u.test(rest);
}

/** Sentence index of an offset (binary search over sorted sentences). */
export function sentenceLocator(sentences: readonly Sentence[]): (offset: number) => number {
  return (offset) => {
    let lo = 0;
    let hi = sentences.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid]!.start <= offset) { best = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return best < 0 ? 0 : sentences[best]!.index;
  };
}
