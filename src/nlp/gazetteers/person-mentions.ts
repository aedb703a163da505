// Person mentions: every titled or well-known person (person-finder.ts), then later mentions of
// them in the same document, resolved to the same name and state:
//   surname ("Kalnina"), role ("the president", "the Latvian head of state",
//   "her Estonian counterpart"), group ("the two leaders", "the parties": one mention per person),
//   pronoun ("he", "she": the last person named in this or the previous sentence).
import type { Document, Mention, Token } from '../../core/types.ts';
import { findPeople, type PersonHit } from './person-finder.ts';
import { ACTORS } from './actors.ts';
import { OFFICIALS, resolveOfficial } from './officials.ts';
import { GAZETTEER_DIR, readRows } from './load.ts';
import { nameWordOk } from './name-words.ts';
import { actsAt } from '../acts.ts';
import { join } from 'node:path';

/** Family names written first ("Lee Jae-myung" is later "Lee"): data/gazetteers/family-first.tsv. */
const FAMILY_FIRST = new Set(readRows(join(GAZETTEER_DIR, 'family-first.tsv')).map((r) => r[0]!));

const ROLE_RE = /\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:([\p{Lu}][\p{L}]+)\s+)?(president|prime minister|premier|head of state|counterpart|foreign minister|defen[cs]e minister|minister|leader|crown prince|king|queen|emir|chancellor|ambassador)\b/gu;
const GROUP_RE = /\b[Tt]he\s+(?:two|both)\s+(?:leaders|presidents|heads of state|prime ministers|ministers|sides)\b|\b[Tt]he\s+(?:parties|sides)\b/g;
const ALNUM = /[\p{L}\p{N}]/u;
const PRONOUN_RE = /\b(?:He|he|She|she|His|his|Her|her)\b/g;
/** A relative clause on a person closed by a comma, then its main verb up to a pronoun: ", who met Arce on Monday, said that ". */
const RELATIVE_THEN_PRONOUN = /^,\s+who\s[^,;.!?]*,\s+(?:\p{Ll}+\s+){1,3}$/u;

/** Roles of a state's leader: the people "the two leaders" refers to. */
const LEADER = /\b(?:president|prime minister|premier|chancellor|king|queen|emir|sultan|leader|head of state)\b/;
// Role words that fit any head of state or government ("the Latvian head of state", "the leader").
const GENERIC = new Set(['head of state', 'leader']);

interface Known { name: string; ref: string | null; sector: string | null; role: string; last: number }

export function personMentions(doc: Document, actors: readonly Mention[], tokens: readonly Token[], at: (o: number) => number): Mention[] {
  const text = doc.text;
  const hits = sameSpelling(findPeople(doc, actors), doc.published);
  const out: Mention[] = hits.map((h) => mention(text, h.start, h.end, h, h.via, at));
  const taken = (s: number, e: number) => out.some((m) => m.start < e && s < m.end);
  // Surnames and known variants of the people found.
  for (const h of uniqueByName(hits)) {
    for (const v of surnames(h)) {
      // from the start: a headline or lead may name by surname a person introduced in full later
      for (let s = text.indexOf(v); s >= 0; s = text.indexOf(v, s + 1)) {
        const e = s + v.length;
        if (ALNUM.test(text[s - 1] ?? '') || ALNUM.test(text[e] ?? '') || taken(s, e)) continue;
        out.push(mention(text, s, e, h, 'surname', at));
      }
    }
  }
  out.sort((a, b) => a.start - b.start);
  const extra: Mention[] = [];
  const before = (pos: number) => out.concat(extra).filter((m) => m.end <= pos).sort((a, b) => b.end - a.end);
  for (const m of text.matchAll(ROLE_RE)) {
    const s = m.index!;
    const e = s + m[0].length;
    if (taken(s, e)) continue;
    const ref = m[1] ? ACTORS.demonyms.get(m[1]) ?? null : null;
    if (m[1] && !ref) continue;
    const prev = before(s);
    const word = m[2]!.toLowerCase();
    // "his counterpart Juan Diaz": the name that follows is the person
    if (word === 'counterpart' && out.some((o) => o.start > e && /^,?[ \n]+$/.test(text.slice(e, o.start)))) continue;
    const target = word === 'counterpart'
      ? prev.find((p) => p.ref && (ref ? p.ref === ref : prev[0] && p.ref !== prev[0].ref))
      : prev.find((p) => (ref ? p.ref === ref : true) && (GENERIC.has(word) || roleOf(p).includes(word.replace(/defen[cs]e/, 'defen'))));
    if (target) extra.push(copy(text, s, e, target, 'role', at));
  }
  for (const m of text.matchAll(GROUP_RE)) {
    const s = m.index!;
    const e = s + m[0].length;
    // "the two leaders", "the two presidents": leaders named before, not their aides
    const leaders = /leaders|presidents|heads of state|prime ministers/.test(m[0]);
    const all = before(s);
    const led = all.filter((p) => LEADER.test(roleOf(p)) && !/\b(?:vice|deputy|former|crown)\b/.test(roleOf(p)));
    const prev = leaders && led.length >= 2 ? led : all;
    const first = prev[0];
    const second = first && prev.find((p) => p.name !== first.name && p.ref !== first.ref);
    if (first && second) extra.push(copy(text, s, e, first, 'group', at), copy(text, s, e, second, 'group', at));
  }
  const others = untitledSubjects(text, tokens, [...actors, ...out]);
  for (const m of text.matchAll(PRONOUN_RE)) {
    const s = m.index!;
    const sent = at(s);
    const seen = before(s);
    // ("Lula, who spoke with Arce by phone, said he would travel": a person named inside a relative clause on
    // another is not the subject the pronoun after that clause stands for)
    const prev = seen.find((p) => p.sentence === sent && RELATIVE_THEN_PRONOUN.test(text.slice(p.end, s))
      && seen[0]!.start > p.end) ?? seen[0];
    if (prev && prev.sentence >= sent - 1 && !others.some((o) => prev.end <= o && o < s)) extra.push(copy(text, s, s + m[0].length, prev, 'pronoun', at));
  }
  return [...out, ...extra].sort((a, b) => a.start - b.start);
}

// A capitalised word and the name word after it: a full name ("Owen Dempsey"); the lookahead lets pairs overlap
const FULL_NAME = /(\p{Lu}\p{Ll}+)[ \n](?=(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}]))/gu;
// The capitalised word that opens a sentence or line
const OPENING_WORD = /(?:^|[.!?]["”’]?[ \n]+|\n)(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/gu;

/**
 * Where people the story named in full without a title open a sentence as its subject, by family name, and no known
 * state, organisation or person mention covers the word: a pronoun after one of them is not the person named before
 * ("Owen Dempsey, a chest doctor ... Barack Obama. Dempsey talked with the man ... his symptoms": "his" is Dempsey's).
 */
function untitledSubjects(text: string, tokens: readonly Token[], known: readonly Mention[]): number[] {
  const namedAt = new Map<string, number>();
  for (const m of text.matchAll(FULL_NAME)) {
    const family = m[2]!;
    if (!namedAt.has(family) && nameWordOk(m[1]!) && nameWordOk(family)) namedAt.set(family, m.index! + m[1]!.length + 1);
  }
  const out: number[] = [];
  if (!namedAt.size) return out;
  for (const m of text.matchAll(OPENING_WORD)) {
    const word = m[1]!;
    const at = m.index! + m[0].length - word.length;
    const named = namedAt.get(word);
    if (named === undefined || named >= at || known.some((k) => k.start <= at && at < k.end)) continue;
    if (actsAt(text, tokens, at, at + word.length)) out.push(at);
  }
  return out;
}

const ROLES = new WeakMap<Mention, string>();
const roleOf = (m: Mention) => (ROLES.get(m) ?? '').toLowerCase();

function mention(text: string, start: number, end: number, h: PersonHit, via: string, at: (o: number) => number): Mention {
  const m: Mention = {
    type: 'person', start, end, text: text.slice(start, end), sentence: at(start), name: h.name, via,
    ...(h.ref ? { ref: h.ref } : {}), ...(h.sector ? { sector: h.sector } : {}),
  };
  ROLES.set(m, h.role ?? '');
  return m;
}

function copy(text: string, start: number, end: number, p: Mention, via: string, at: (o: number) => number): Mention {
  const m: Mention = { ...p, start, end, text: text.slice(start, end), sentence: at(start), via };
  ROLES.set(m, ROLES.get(p) ?? '');
  return m;
}

/** A bare "Lukashenka" takes the article's spelling of the titled person it names ("Alexander Lukashenko"). */
function sameSpelling(hits: PersonHit[], date: string | null): PersonHit[] {
  const titled = hits.filter((h) => h.via === 'title' && h.name.includes(' '));
  return hits.map((h) => {
    if (h.via !== 'official') return h;
    const id = resolveOfficial(h.name, date)?.name;
    const same = titled.find((t) => resolveOfficial(t.name, date)?.name === id);
    return same ? { ...h, name: same.name, ref: same.ref ?? h.ref } : h;
  });
}

function uniqueByName(hits: readonly PersonHit[]): PersonHit[] {
  const seen = new Map<string, PersonHit>();
  for (const h of hits) if (!seen.has(h.name)) seen.set(h.name, h);
  return [...seen.values()];
}

/** The surname (last word) and the table's variants of a person: "Lukashenka" for "Aleksandr Lukashenko". */
function surnames(h: PersonHit): string[] {
  const words = h.name.split(' ');
  const out = new Set<string>();
  if (words.length > 1 && !/^[IVX]+$/.test(words[words.length - 1]!)) {
    const last = words[words.length - 1]!;
    out.add(last);
    // "al-Bashir" opens a sentence as "Al-Bashir"
    if (/^\p{Ll}+-\p{Lu}/u.test(last)) out.add(last[0]!.toUpperCase() + last.slice(1));
  }
  if (words.length > 1 && FAMILY_FIRST.has(words[0]!)) out.add(words[0]!);
  for (const o of OFFICIALS) {
    if (o.name === h.name || o.variants.includes(h.name)) for (const v of o.variants) if (v !== h.name) out.add(v);
  }
  return [...out];
}
