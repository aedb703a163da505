// People in the story: one PersonFact per person per document, with name, state, role and sector.
//   "Latvian President Ilze Kalnina"          -> Ilze Kalnina, LVA, President, GOV
//   "the talks he had with Scholz"            -> Olaf Scholz, DEU, Chancellor (officials table, by date)
// Not: the byline's author, photo credits, people never given a title or found in the table, people
// only honoured ("laid a wreath at the tomb of President X").
import { defineExtractor, evidenceOf, type Fact, type PersonFact } from '../../core/types.ts';
import { findPeople, type PersonHit } from '../../nlp/gazetteers/person-finder.ts';
import { resolveOfficial } from '../../nlp/gazetteers/officials.ts';

const lastWord = (n: string) => n.split(' ').pop()!.toLowerCase();

export const peopleTitled = defineExtractor('people/titled', '1', ({ doc, ann }): Fact[] => {
  const actors = ann.mentions.filter((m) => m.type !== 'person');
  const hits = findPeople(doc, actors);
  const groups: PersonHit[][] = [];
  const who = (h: PersonHit) => resolveOfficial(h.name, doc.published)?.name;
  for (const h of hits) {
    // "Aliyev" and "Ilham Aliyev", "Zelenskiy" and "Volodymyr Zelenskyy" in one article are one person.
    const id = who(h);
    const g = groups.find((gr) => gr.some((o) => o.name === h.name || samePerson(o.name, h.name) || (id && who(o) === id)));
    if (g) g.push(h); else groups.push([h]);
  }
  // A person named only as the one honoured ("the graves of X and his wife Y", "the birthday of President Z") does not act.
  return groups.filter((g) => !g.every((h) => HONOURED.test(doc.text.slice(Math.max(0, h.evStart - 100), h.evStart).replace(/\s+/g, ' ')))).map((g): PersonFact => {
    const best = [...g].sort(rank)[0]!;
    // The article's own spelling: the longest name written with a title, else the table's name.
    const named = g.filter((h) => h.via === 'title' && h.name.includes(' '));
    const name = [...(named.length ? named : g)].sort((a, b) => b.name.length - a.name.length)[0]!.name;
    const ref = g.find((h) => h.via === 'title' && h.ref)?.ref ?? g.find((h) => h.ref)?.ref ?? null;
    return {
      kind: 'person', name, country: ref, role: best.role ?? g.find((h) => h.role)?.role ?? null,
      sector: best.sector ?? null, evidence: evidenceOf(doc, best.evStart, best.evEnd), confidence: best.via === 'title' ? 0.8 : 0.6,
    };
  });
});

const HONOURED = /\b(?:graves?|tombs?|mausoleum|memory|memorial|monument|statue|birthday|funeral|burial|death|assassination)\s+of\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|and|his|her|wife|husband|son|daughter|father|mother)\s+){0,6}$/u;

function samePerson(a: string, b: string): boolean {
  const sa = a.split(' ');
  const sb = b.split(' ');
  // One article spelling a name two ways: "Traian Basescu" and "Traian Besesku".
  if (sa.length > 1 && sb.length > 1 && sa[0] === sb[0] && lastWord(a).length >= 5 && editDistance(lastWord(a), lastWord(b)) <= 2) return true;
  if (lastWord(a) !== lastWord(b)) return false;
  return sa.length === 1 || sb.length === 1 || sa[0]![0] === sb[0]![0];
}

const rank = (a: PersonHit, b: PersonHit) =>
  (a.via === 'title' ? 0 : 1) - (b.via === 'title' ? 0 : 1) || (b.evEnd - b.evStart) - (a.evEnd - a.evStart);

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}
