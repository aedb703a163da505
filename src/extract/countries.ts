// The states acting in a document (Extraction.countries), computed after all extractors:
//   - every state taking part in a fact: agreement party, arms supplier or recipient, the state an
//     official serves (people in government, the military or parliament), and event or figure
//     participants named at least twice in the article (a state named once is named in passing:
//     "the Peru-Ecuador dispute", "ahead of Peru", "joins Kenya and Ghana as buyers"),
//     or an event's actor named once outside a prepositional phrase ("The United States urged...");
//   - the host of a visit, even named once ("was due to travel on to Baghdad and Amman");
//   - the subject of a clause: "Kazakhstan offered to host talks", "Niger, Mali and Burkina Faso
//     announced...", "China, which has close ties with both, offered..." (not "has not commented");
//   - a state the article keeps coming back to as an actor: named (not as a venue) in at least
//     MIN_MENTIONS places, counting its organisations and officials;
//   - a partner named in a sentence about cooperation with an acting state: "Russia ranks first
//     for military-technical cooperation with Azerbaijan, followed by Turkey and South Africa".
// Not: a capital that is only a venue ("held in Kuala Lumpur"), a state named once in passing
// ("after trips to Peru and the United Kingdom"), news agencies, IGOs.
import type { Annotations, Document, Fact } from '../core/types.ts';

const MIN_MENTIONS = 3;
/** A sentence naming this many states or more lists them. */
const LONG_LIST = 6;
const STATE_SECTORS = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'COP']);

export function actingCountries(doc: Document, ann: Annotations, facts: readonly Fact[]): string[] {
  const set = new Set<string>();
  const named = new Map<string, number>(); // every naming, venues included
  const acting = new Map<string, number>(); // namings as an actor
  for (const m of ann.mentions) {
    if (!m.ref || !(m.type === 'country' || m.type === 'org' || m.type === 'person')) continue;
    if (m.type === 'person' && m.via !== 'title' && m.via !== 'official') continue;
    named.set(m.ref, (named.get(m.ref) ?? 0) + 1);
    if (m.via !== 'venue') acting.set(m.ref, (acting.get(m.ref) ?? 0) + 1);
  }
  // (a sentence listing many states names each of them in passing: "followed by similar memorandums with
  // Mauritania, Senegal, Gambia, ... and Ghana")
  const listed = new Set<string>();
  const bySentence = new Map<number, Set<string>>();
  for (const m of ann.mentions) if (m.type === 'country' && m.ref) bySentence.set(m.sentence, (bySentence.get(m.sentence) ?? new Set()).add(m.ref));
  for (const m of ann.mentions) if (m.type === 'country' && m.ref && (bySentence.get(m.sentence)?.size ?? 0) >= LONG_LIST && (named.get(m.ref) ?? 0) < 2) listed.add(m.ref);
  for (const f of facts) {
    // (a state in an act that did not happen, supposed or denied, does not act by it: "efforts to tighten sanctions were blocked")
    if (f.kind === 'event' && (f.status === 'hypothetical' || f.status === 'negated')) continue;
    const weak = f.kind === 'event' || f.kind === 'figure' || (f.kind === 'agreement' && factStates(f).some((c) => listed.has(c)));
    for (const c of factStates(f)) {
      if (!weak || (named.get(c) ?? 0) >= 2 || (f.kind === 'event' && f.actor.includes(c) && namedAsSubject(doc, ann, f, c))) set.add(c);
      else if (f.kind === 'event' && f.mode === 'visit' && f.recipient.includes(c)) set.add(c); // the host of a visit
    }
  }
  for (const [ref, n] of acting) if (n >= MIN_MENTIONS) set.add(ref);
  for (const ref of clauseSubjects(doc, ann)) set.add(ref);
  for (const ref of cooperationPartners(doc, ann, set)) set.add(ref);
  set.delete('IGO');
  return [...set].filter((c) => /^[A-Z]{3}$/.test(c)).sort();
}

// An event's actor named once acts when its naming in the evidence is not inside a prepositional
// phrase: "Kenya said it would send its minister" and "the navies of Korea, the United States and
// Japan will hold drills" act; "buyers of boats from Korea and Spain" names Spain in passing.
const NAME_ITEM = String.raw`(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}`;
const IN_PP = new RegExp(String.raw`\b(?:from|with|by|to|between|against|for|among|including|like|as|than|toward|towards|into|over|about|on|in|at|near|inside|within|across|throughout)\s+(?:the\s+)?(?:${NAME_ITEM}(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|[-–])){0,3}$`, 'u');

function namedAsSubject(doc: Document, ann: Annotations, f: Fact & { kind: 'event' }, ref: string): boolean {
  const spans = [f.evidence, ...(f.spans ?? [])];
  return ann.mentions.some((m) => m.type === 'country' && m.ref === ref && m.via !== 'venue' && !m.adjective &&
    spans.some((e) => m.start >= e.start && m.end <= e.end) &&
    !/^[-–]\p{L}/u.test(doc.text.slice(m.end, m.end + 2)) && // "the Russia-Ukraine war"
    !IN_PP.test(doc.text.slice(Math.max(0, m.start - 80, ann.sentences[m.sentence]?.start ?? 0), m.start)));
}

// A state that is the subject of a clause acts: "Kazakhstan offered to host talks", "Niger, Mali and
// Burkina Faso announced...", "Neighbouring Romania, which has supplied..., welcomed the pact",
// "The United States urged both sides...". The clause starts a sentence (or follows a dateline);
// the subject is one state or a list of states (names or capitals, not adjectives or venues),
// optionally followed by a 'which/who' clause between commas, then a verb.
const CLAUSE_LEAD = /^(?:[^—–\n]{0,80}?\s(?:—|–|--|-)\s)?(?:(?:The|Neighbouring|Neighboring|Meanwhile,|Separately,|But|And)\s+)?$/;
const CLAUSE_JOIN = /(?:;|,\s+(?:and|but|while|whereas))\s+(?:the\s+)?$/; // "..., and Venezuela delivered 20 tonnes"
const LIST_GAP = /^(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/;
const APPOSITIVE = /^,\s*(?:which|who|whose|a|an|the|long|itself|also)\b[^,;.()]*(?:\([^)]*\)[^,;.()]*)?,/;
const SUBJECT_VIA = new Set(['name', 'capital', 'metonym']);

function clauseSubjects(doc: Document, ann: Annotations): string[] {
  const text = doc.text;
  const out: string[] = [];
  const countries = ann.mentions.filter((m) => m.type === 'country' && m.ref && SUBJECT_VIA.has(m.via ?? ''));
  for (let i = 0; i < countries.length; i++) {
    const first = countries[i]!;
    const s = ann.sentences[first.sentence];
    const lead = s ? text.slice(s.start, first.start) : '';
    if (!s || !(CLAUSE_LEAD.test(lead) || CLAUSE_JOIN.test(lead))) continue;
    const refs = [first.ref!];
    let last = first;
    while (i + 1 < countries.length && LIST_GAP.test(text.slice(last.end, countries[i + 1]!.start))) {
      last = countries[++i]!;
      refs.push(last.ref!);
    }
    let at = last.end;
    const app = APPOSITIVE.exec(text.slice(at, at + 200));
    if (app) at += app[0].length;
    if (verbFollows(ann, at, s.end)) out.push(...refs);
  }
  return out;
}

const SKIP_ADVERB = /^(?:also|later|then|now|already|separately|again|jointly|formally|officially|repeatedly|swiftly|quickly|immediately|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|has|have|had|will|would|could|may|might|yet)$/;

/** A finite verb (after adverbs and auxiliaries) starts right after `at`: "has also offered", "on Monday rejected". */
function verbFollows(ann: Annotations, at: number, end: number): boolean {
  const toks = ann.tokens.filter((t) => t.start >= at && t.start < end).slice(0, 6);
  for (const t of toks) {
    if (/^(?:not|n't|never|no)$/.test(t.norm)) return false; // "has not commented"
    if (t.pos === 'VERB') return true;
    if (SKIP_ADVERB.test(t.norm) || t.pos === 'ADV' || /^(?:is|are|was|were|be|been)$/.test(t.norm)) continue; // "is sending", not "is ready"
    if (t.pos === 'AUX') return true;
    return false;
  }
  return false;
}

const COOPERATION = /\b(?:co-?operat\w*|partner\w*)\b/i;

/** States named (not as venues) in a sentence about cooperation that also names an acting state. */
function cooperationPartners(doc: Document, ann: Annotations, acting: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const m of ann.mentions) {
    if (m.type !== 'country' || !m.ref || acting.has(m.ref) || m.via === 'venue') continue;
    const s = ann.sentences[m.sentence];
    if (!s || !COOPERATION.test(doc.text.slice(s.start, s.end))) continue;
    if (ann.mentions.some((x) => x.sentence === m.sentence && x.type === 'country' && x.ref && acting.has(x.ref))) out.push(m.ref);
  }
  return out;
}

/** The states a fact is about. */
export function factStates(f: Fact): string[] {
  switch (f.kind) {
    case 'event': return [...f.actor, ...f.recipient];
    case 'agreement': return [...f.parties];
    case 'arms': return [f.supplier, f.recipient].filter((c): c is string => !!c);
    case 'figure': return [...f.countries, f.from, f.to].filter((c): c is string => !!c);
    case 'person': return f.country && STATE_SECTORS.has(f.sector ?? 'GOV') ? [f.country] : [];
  }
}
