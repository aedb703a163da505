// The states acting in a document (Extraction.countries), computed after all extractors:
//   - every state taking part in a fact: agreement party, arms supplier or recipient, the state an
//     official serves (people in government, the military or parliament), and event or figure
//     participants named at least twice in the article (a state named once is named in passing:
//     "the Russia-Ukraine conflict", "ahead of Russia", "joins Myanmar and Nigeria as buyers");
//   - a state the article keeps coming back to as an actor: named (not as a venue) in at least
//     MIN_MENTIONS places, counting its organisations and officials;
//   - a partner named in a sentence about cooperation with an acting state: "Russia ranks first
//     for military-technical cooperation with Azerbaijan, followed by Turkey and South Africa".
// Not: a capital that is only a venue ("held in Kuala Lumpur"), a state named once in passing
// ("after visits to Russia and the United States"), news agencies, IGOs.
import type { Annotations, Document, Fact } from '../core/types.ts';

const MIN_MENTIONS = 3;
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
  for (const f of facts) {
    const weak = f.kind === 'event' || f.kind === 'figure';
    for (const c of factStates(f)) if (!weak || (named.get(c) ?? 0) >= 2) set.add(c);
  }
  for (const [ref, n] of acting) if (n >= MIN_MENTIONS) set.add(ref);
  for (const ref of cooperationPartners(doc, ann, set)) set.add(ref);
  set.delete('IGO');
  return [...set].filter((c) => /^[A-Z]{3}$/.test(c)).sort();
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
