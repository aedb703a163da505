// People named with a title, and well-known officials named without one.
//   "Latvian President Ilze Kalnina"                           title after a state
//   "First Vice President of Bolivia Rosa Quispe"              title of a state
//   "Tomas Varga, the aide of the Slovak Economy Minister"      name, title
//   "the head of the ... Chilean Air Force, General Pablo Rojas"   state earlier in the clause
//   "Kenya's ambassador in Kampala, Otieno Wafula, said"       a role phrase, then the name in apposition
//   "Minister of Fiscal and Monetary Affairs Lerato Dube"      a portfolio "of A and B" before the name
//   "Foreign Minister Ana Lopez of Peru"                       the state right after the name
//   "the talks he had with Scholz"                            officials table, by the article's date
//   "President Rafael Moreno ... Moreno said"                 a surname is the full name the story wrote, before the table
//   "Prime Minister Mohammed Shia al-Sudani", "Lula da Silva"  particles inside a name
//   "MEXICO CITY, April 8 - ... Foreign Minister X said"       a bare domestic office: the dateline's state
//                                                             (and other cues of the story: see person-states.ts)
// Not people: bylines ("By Aynur Jafarova"), photo credits, organisations after a title
// ("Secretary General of the UN" is a title, "General Assembly" is not a person).
import { join } from 'node:path';
import type { Document, Mention } from '../../core/types.ts';
import { ORGANISATION_OFFICE, TITLE_RE, TITLE_SOURCE, isHonorific, singularTitle, titleSector } from './titles.ts';
import { findOfficials, inOffice, resolveOfficial, type Official } from './officials.ts';
import { nameWordOk, HYPHEN_PARTICLE, isParticle } from './name-words.ts';
import { ACTORS, firstWord } from './actors.ts';
import { placeStates } from './person-states.ts';
import { GAZETTEER_DIR, readRows } from './load.ts';

export interface PersonHit {
  readonly name: string;
  /** span of the name in the text */
  readonly start: number;
  readonly end: number;
  readonly ref: string | null;
  readonly role: string | null;
  readonly sector: string | null;
  /** span of the titled mention (title + name), the evidence of a PersonFact */
  readonly evStart: number;
  readonly evEnd: number;
  readonly via: 'title' | 'official';
}

// A personal name: 1-4 capitalised words, particles allowed inside, one line break allowed.
// "al-Sudani", "el-Sisi", "bin-Zayed": a lower-case particle joined to a capitalised name part.
const NW = `(?:\\p{Lu}\\.|\\p{Lu}[\\p{Ll}\\p{Lu}'’]*(?:-\\p{Lu}?[\\p{Ll}]+)*|${HYPHEN_PARTICLE}-\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}]+)*)`;
const PARTICLE = `(?:bin|ibn|al|el|de|van|von|der|den|da|di|du|dos|das|la|le|ben|ter)`;
const NAME_SRC = `${NW}(?:[ \\n](?:${PARTICLE}[ \\n]){0,2}(?:${NW}|[IVX]{1,4}(?![\\p{L}])))*`;
const NAME_AT = new RegExp(NAME_SRC, 'uy');
const NAME_AT_START = new RegExp(`^${NAME_SRC}`, 'u');
const NAME_BEFORE = new RegExp(`(${NAME_SRC}),\\s+(?:the\\s+|a\\s+|an\\s+)?([^,.;:()]{0,60}?)$`, 'u');
const PARTICLE_RE = new RegExp(`^${PARTICLE}$`);
// Words that end a title phrase: "Ukraine to investigate former Vice President Biden" is not Ukraine's.
const FUNCTION_WORD = /\s(?:to|of|in|for|with|by|that|from|on|at|as|is|was|were|has|have|had|said|says|told|under|against|after|before)\s/;
// A verb after a state that is no possessive: "Peru met Foreign Minister X" ends the state's phrase
// ("Peru's newly appointed Foreign Minister X" does not).
const CLAUSE_VERB = /\s(?:met|meets|told|tells|sent|sends|urges|calls|asks|thanks|welcomes|receives|hosts|invites|praises|accuses|names|appoints|backs|supports|condemns|visits|greets|blames|warns|also|will|would|could|can|did|does|(?<!newly\s)(?!(?:armed|united|retired|exiled|jailed|detained|ousted|deposed|embattled|deceased|disgraced|self-styled)\s)\p{Ll}{2,}ed)(?=\s)/u;
// After a possessive only a finite verb ends the phrase: "Bolivia's foreign ministry summoned Ambassador X" (not "Peru's newly elected President X").
const POSSESSIVE_VERB = /\s(?:met|meets|told|tells|sent|sends|urges|urged|calls|called|asks|asked|thanks|thanked|welcomes|welcomed|receives|received|hosts|hosted|invites|invited|praises|praised|accuses|accused|backs|backed|condemns|condemned|visits|visited|greets|greeted|blames|blamed|warns|warned|summons|summoned|expels|expelled|orders|ordered|said|says|will|would|could|can|did|does)(?=\s)/;
const TITLE_START = new RegExp(`^${TITLE_SOURCE}`, 'u');
const ROYAL = /^(?:King|Queen|Emir|Amir|Sultan|Sheikh|Prince|Crown Prince)$/i;
const PORTFOLIO_PAIR = /^(?:\p{Lu}[\p{L}'’-]*[ \n]+){1,2}(?:and|&)[ \n]+\p{Lu}[\p{L}'’-]*[ \n]+(?=\p{Lu}\p{Ll}+[ \n]+\p{Lu}\p{Ll})/u;
const AFTER_AND = /^\p{Lu}[\p{L}'’-]*[ \n]+(?=\p{Lu}\p{Ll}+[ \n]+\p{Lu}\p{Ll})/u;
/** " of State for Foreign Affairs " before a name: the portfolio's words are capitalised but no name words. */
function portfolioGap(rest: string): RegExpExecArray | null {
  const lead = /^[ \n]+(?:of|for)[ \n]+/.exec(rest);
  if (!lead) return null;
  let pos = lead[0].length;
  let words = 0;
  let afterAnd = false;
  let paired = false;
  for (;;) {
    const w = /^([\p{L}&'’-]+)[ \n]+/u.exec(rest.slice(pos));
    if (!w) return null;
    const word = w[1]!;
    const connector = /^(?:and|&|for|of|the)$/.test(word);
    if (!connector && (!/^\p{Lu}/u.test(word) || nameWordOk(word))) {
      // "of Mines and Hydrocarbons Lerato Dube": the words before a coordinating "and" and the first
      // one after it belong to the portfolio, however name-like they look
      const pair = (afterAnd ? AFTER_AND : words ? null : PORTFOLIO_PAIR)?.exec(rest.slice(pos));
      if (!pair) break;
      pos += pair[0].length;
      words += 2;
      afterAnd = false;
      paired = true;
      continue;
    }
    if (paired && TITLE_START.test(rest.slice(pos))) return null; // "of A and Finance Minister X": two people
    afterAnd = /^(?:and|&)$/.test(word);
    pos += w[0].length;
    if (!connector) words++;
    if (words > 6) return null;
  }
  if (!words || !/^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*[ \n]+\p{Lu}/u.test(rest.slice(pos))) return null;
  if (paired && !cleanName(NAME_AT_START.exec(rest.slice(pos))?.[0] ?? '')?.includes(' ')) return null;
  const m = [rest.slice(0, pos)] as unknown as RegExpExecArray;
  m.index = 0;
  return m;
}
const INNER_TITLE = /^(?:Crown Prince|Prince|Princess|Sheikh|Sheikha|Sayyid|Sayyida|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|H\.E\.)[ \n]+(?=\p{Lu})/u;

/** Stop words that may end a name after a given name (name-stopwords.tsv, second column 'surname'). */
const SURNAME_WORDS = new Set(readRows(join(GAZETTEER_DIR, 'name-stopwords.tsv')).filter((r) => r[1] === 'surname').map((r) => r[0]!));
/** One-word names of states and capitals ("Montenegro", "Jordan", "Chad", "Sofia", "Lima"): a name part when a title and a given name frame it. */
const STATE_WORDS = new Set(['countries.tsv', 'country-aliases.tsv'].flatMap((f) => readRows(join(GAZETTEER_DIR, f)))
  .filter((r) => (r[1] === 'name' || r[1] === 'capital') && r[2] && /^\p{Lu}\p{Ll}+$/u.test(r[2])).map((r) => r[2]!));
/** "Al Thani", "Al Busaidi": a capitalised particle no more a name word than "al-" ("Badr bin Hamad Al Busaidi" has three). */
const CAPITAL_PARTICLE = /^(?:Al|El)$/;
const NAME_PART_TITLE = /^(?:Sheikh|Shaikh|Sheik|Sheikha)$/;

/** Trim a name candidate to its leading run of acceptable name words (at most 4). */
function cleanName(raw: string, follow?: string, framed = follow !== undefined): string | null {
  const words = raw.split(/[ \n]/);
  const kept: string[] = [];
  let full = 0; // name words other than particles: "Luiz Inacio Lula da Silva" has four
  for (const [i, w] of words.entries()) {
    if (full >= 4) break;
    // "Theresa May said": a surname that is also a common word ends the name (not "May 5", not "West Bank")
    if (follow !== undefined && i === words.length - 1 && i > 0 && SURNAME_WORDS.has(w) && nameWordOk(words[i - 1]!) && !isParticle(words[i - 1]!) && !raw.endsWith(`\n${w}`) &&
      kept.length === i && !/^[ \n]*[\d\p{Lu}]/u.test(follow)) { kept.push(w); full++; break; }
    // "Vice Premier He Lifeng": such a word may also begin a name right after a title, before a name word
    if (follow !== undefined && i === 0 && SURNAME_WORDS.has(w) && words.length > 1 && nameWordOk(words[1]!)) { kept.push(w); full++; continue; }
    // a state's name inside a name framed by a title: "Prime Minister Luis Montenegro said" (a surname after a given name,
    // ending the name), "party leader Jordan Bardella" (a given name right after the title, before a surname)
    // "Luis Montenegro, the prime minister," (framed: a title follows the name)
    if (framed && STATE_WORDS.has(w)) {
      if (i > 0 && i === words.length - 1 && kept.length === i && nameWordOk(words[i - 1]!) && !isParticle(words[i - 1]!) && !CAPITAL_PARTICLE.test(words[i - 1]!) &&
        !raw.endsWith(`\n${w}`) && !/^[ \n]*[\d\p{Lu}]/u.test(follow ?? '')) { kept.push(w); full++; break; }
      if (i === 0 && words.length > 1 && nameWordOk(words[1]!) && !isParticle(words[1]!)) { kept.push(w); full++; continue; }
    }
    // "Omar Sheikh Warsame": a title word between two name words is a part of the name
    if (!nameWordOk(w) && !(NAME_PART_TITLE.test(w) && kept.length && !isParticle(kept[kept.length - 1]!) && nameWordOk(words[i + 1] ?? ''))) break;
    kept.push(w);
    if (!isParticle(w) && !CAPITAL_PARTICLE.test(w)) full++;
  }
  while (kept.length && PARTICLE_RE.test(kept[kept.length - 1]!)) kept.pop();
  if (!kept.length) return null;
  // "Jorge Chavez International Airport": a name followed by another capitalised word is a place.
  const next = words[kept.length];
  if (next && /^\p{Lu}/u.test(next) && !/'s$/.test(kept[kept.length - 1]!)) return null;
  kept[kept.length - 1] = kept[kept.length - 1]!.replace(/'s?$/, '');
  return kept.join(' ');
}

export interface Ctx {
  readonly text: string;
  readonly actors: readonly Mention[];
  readonly date: string | null;
}

export const stateAt = (ctx: Ctx, start: number): Mention | undefined =>
  ctx.actors.find((m) => m.start === start && (m.type === 'country' || m.type === 'org') && m.ref && m.ref !== 'IGO');

/** A state standing right before a title: "Polish Finance Minister", "Saudi Arabia's ambassador". */
function stateBefore(ctx: Ctx, titleStart: number): Mention | undefined {
  let best: Mention | undefined;
  for (const m of ctx.actors) {
    if (m.end > titleStart || m.end < titleStart - 45) continue;
    if (!(m.type === 'country' || m.type === 'org') || !m.ref || m.ref === 'IGO' || m.via === 'venue') continue;
    // "The Foreign Office spokesperson" in a story that never names Britain: a body of the story's own state
    if (m.type === 'org' && !ctx.actors.some((a) => a.type === 'country' && a.ref === m.ref)) continue;
    const gap = ctx.text.slice(m.end, titleStart);
    // "thanked Malaysia, whose Foreign Minister X had travelled": the state before "whose"
    if ((/^(?:'s)?(?:\s+(?:and\s+)?[\p{L}-]+){0,3}\s+$/u.test(gap) && !FUNCTION_WORD.test(gap) && (/^['’]s/.test(gap) ? !POSSESSIVE_VERB.test(gap) : !CLAUSE_VERB.test(gap))) || /^(?:'s)?\s*$/.test(gap) ||
      (m.type === 'country' && m.via !== 'demonym' && /^,\s+whose\s+(?:(?:new|newly appointed|acting|interim)\s+)?$/.test(gap))) {
      if (!best || m.end > best.end || (m.end === best.end && m.type === 'org')) best = m;
    }
  }
  // "Turkish Cypriot leader", "Greek Cypriot negotiator": a community named by two states' words is neither
  const b = best;
  if (b?.type === 'country' && b.via === 'demonym' && ctx.actors.some((o) => o.type === 'country' && o.ref && o.ref !== b.ref && o.end < b.start && /^[ -]$/.test(ctx.text.slice(o.end, b.start)))) return undefined;
  return best;
}

/** "the head of the ... of the Chilean Air Force, General X": a state earlier in an appositive. */
function clauseState(ctx: Ctx, titleStart: number): Mention | undefined {
  if (!/,\s+$/.test(ctx.text.slice(titleStart - 3, titleStart))) return undefined;
  const from = Math.max(ctx.text.lastIndexOf('.', titleStart), ctx.text.lastIndexOf('\n', titleStart), titleStart - 160);
  const cands = ctx.actors.filter((m) => m.start > from && m.end <= titleStart && (m.type === 'country' || m.type === 'org') && m.ref && m.ref !== 'IGO' && m.via !== 'venue');
  const last = cands[cands.length - 1];
  // the state owns the body the phrase names ("of the Omani Navy", "Chile's forestry agency", "the Chilean Air Force"),
  // not a place gone to or a thing of the clause ("During a visit to Bolivia, Trade Minister X", "turned down a Chinese request ..., Foreign Minister X said")
  if (!last || !(/\bof\s+(?:the\s+)?$/.test(ctx.text.slice(Math.max(0, last.start - 8), last.start)) || /^['’]s\s/.test(ctx.text.slice(last.end, last.end + 3)) ||
    last.type === 'org' || /^\s+\p{Lu}/u.test(ctx.text.slice(last.end, last.end + 3)))) return undefined;
  return last;
}

/** "Niger's military rulers, led by General X", "a Chilean delegation headed by Foreign Minister X": the state of the group led. */
function leaderOf(ctx: Ctx, titleStart: number): Mention | undefined {
  const by = /(?:^|\s)(?:led|headed|commanded|chaired)\s+by\s+(?:the\s+)?$/.exec(ctx.text.slice(Math.max(0, titleStart - 30), titleStart));
  if (!by) return undefined;
  const at = titleStart - by[0].length;
  const cands = ctx.actors.filter((m) => m.end <= at && m.end >= at - 60 && (m.type === 'country' || m.type === 'org') && m.ref && m.ref !== 'IGO' && m.via !== 'venue' &&
    /^(?:['’]s)?(?:\s+[\p{L}-]+){0,3},?$/u.test(ctx.text.slice(m.end, at)) && !FUNCTION_WORD.test(`${ctx.text.slice(m.end, at)} `));
  return cands[cands.length - 1];
}

/** "Olga Petrenko, who leads the Polish Finance Ministry's office": a state in a following relative clause. */
function relativeState(ctx: Ctx, nameEnd: number): Mention | undefined {
  const rest = ctx.text.slice(nameEnd, nameEnd + 120);
  // "who heads/is/serves as ...", "the head of ...": the clause names the office, not what befell the person
  const rel = /^,\s+(?:who\s+(?:(?:also|now|currently)\s+)?(?:heads|head|headed|leads|led|is|was|serves|served|chairs|chaired|represents|represented|commands|commanded|directs|directed|runs|ran|works|worked)\b|the|a|an)\s[^.;\n,]*/.exec(rest);
  if (!rel) return undefined;
  const limit = nameEnd + rel[0].length;
  return ctx.actors.find((m) => m.start > nameEnd && m.end <= limit && (m.type === 'country' || m.type === 'org') && m.ref && m.ref !== 'IGO' && m.via !== 'venue');
}

/** "Foreign Minister Ana Lopez of Peru": the state right after the name. */
function stateOfName(ctx: Ctx, nameEnd: number): Mention | undefined {
  const of = /^[ \n]+of[ \n]+(?:the[ \n]+)?/.exec(ctx.text.slice(nameEnd, nameEnd + 12));
  const m = of ? stateAt(ctx, nameEnd + of[0].length) : undefined;
  return m && m.type === 'country' ? m : undefined;
}

/** After a title: "of [the] <state> [to <state>]" or "of <portfolio> of <state>"; returns the state and the end. */
function stateAfter(ctx: Ctx, titleEnd: number, envoy = false): { state?: Mention; more: Mention[]; end: number } {
  const rest = ctx.text.slice(titleEnd, titleEnd + 110);
  const lead = /^\s+(?:of|for|on|to|at)\s+/.exec(rest);
  if (!lead) return { end: titleEnd, more: [] };
  const limit = titleEnd + (/^[^,.;:()]*/.exec(rest)?.[0].length ?? 0);
  const cands = ctx.actors
    .filter((m) => m.start >= titleEnd + lead[0].length && m.start < limit && (m.type === 'country' || m.type === 'org' || m.type === 'igo'))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const first = cands[0];
  if (!first) return { end: titleEnd, more: [] };
  // The state follows "of" directly or after a portfolio: "of Foreign Affairs of Azerbaijan";
  // not "Minister of State Lana Nusseibeh said Abu Dhabi ...".
  const between = ctx.text.slice(titleEnd + lead[0].length, first.start);
  if (!/^(?:the\s+)?$/.test(between) && !/^(?:[\p{L}&'’-]+\s+){1,6}(?:of|for|to)\s+(?:the\s+)?$/u.test(between)) return { end: titleEnd, more: [] };
  let end = first.end;
  // "Presidents of Peru and Chile Ana Torres and Diego Mena"
  const more: Mention[] = [];
  for (;;) {
    const and = /^\s+and\s+(?:the\s+)?/.exec(ctx.text.slice(end, end + 12));
    const next = and && stateAt(ctx, end + and[0].length);
    if (!next || !/^[ \n]+\p{Lu}/u.test(ctx.text.slice(next.end, next.end + 3)) && !/^\s+and\s/.test(ctx.text.slice(next.end, next.end + 6))) break;
    more.push(next);
    end = next.end;
  }
  const to = /^\s+to\s+(?:the\s+)?/.exec(ctx.text.slice(end, end + 12));
  if (to) {
    const dest = ctx.actors.find((m) => m.start === end + to[0].length && m.type === 'country');
    if (dest) end = dest.end;
  }
  // "envoy to Ukraine", "ambassador to Britain": the host state, not the one served.
  // "envoy for Yemen": the state the envoy deals with, not the one served.
  const state = first.type === 'igo' || /^\s+to\s/.test(lead[0]) || (envoy && /^\s+(?:for|on)\s/.test(lead[0])) ? undefined : first;
  return { state, more, end };
}

function hit(ctx: Ctx, name: string, start: number, ref: string | null, role: string | null, sector: string | null, evStart: number, evEnd: number): PersonHit {
  const off = resolveOfficial(name, ctx.date);
  const canonical = !name.includes(' ') && off ? off.name : name;
  // ("Forum Secretary General Baron Waqa", Nauru's president until 2019: an official out of office by the article's date,
  // named under another office, is no longer the table's state's)
  const moved = !!off && movedOn(ctx, off, start);
  return {
    // A full name the table knows gives its state; otherwise the title's context does.
    name: canonical, start, end: start + rawLength(ctx.text, start, name),
    ref: (off && off.country !== 'IGO' && !moved ? off.country : null) ?? ref ?? null,
    role: role ?? off?.role ?? null, sector, evStart, evEnd, via: 'title',
  };
}
/** An organisation's office right before a name: "Forum Secretary General ". */
const OFFICE_BEFORE = new RegExp(String.raw`\b${ORGANISATION_OFFICE}\s+$`, 'i');

/** Is an official of the table out of office by the article's date and named, at `start`, after an organisation's office ("Forum Secretary General")? */
function movedOn(ctx: Ctx, off: Official, start: number): boolean {
  const title = ctx.text.slice(Math.max(0, start - 40), start);
  return !!ctx.date && !inOffice(off, ctx.date) && OFFICE_BEFORE.test(title) && !OFFICE_BEFORE.test(`${off.role} `);
}

/** Length in the text of a name whose spaces may be line breaks there. */
const rawLength = (_t: string, _s: number, name: string) => name.length;

export function findPeople(doc: Pick<Document, 'text' | 'published' | 'byline'> & Partial<Pick<Document, 'dateline'>>, actors: readonly Mention[]): PersonHit[] {
  const ctx: Ctx = { text: doc.text, actors, date: doc.published };
  const hits: PersonHit[] = [];
  const bare = new Set<PersonHit>(); // named after a title with no state in reach: "President X", "Foreign Minister Y"
  const peers = new Map<PersonHit, PersonHit>(); // "his counterpart X": X and the person named before
  const re = TITLE_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(ctx.text))) {
    const tStart = m.index;
    const tEnd = tStart + m[0].length;
    const title = m[0].replace(/\s+/g, ' ');
    const after = stateAfter(ctx, tEnd, ENVOY.test(m[0]));
    const adjacent = stateBefore(ctx, tStart);
    const inClause = adjacent ?? clauseState(ctx, tStart);
    const before = inClause ?? leaderOf(ctx, tStart);
    let sector = titleSector(title);
    // Title then name: "President Diego Mena", "Ambassador of Norway to Chile Lars Berg".
    // "Minister of State X", "Deputy Minister of Planning and Investment X": a portfolio of words that are no name.
    const gapRe = after.state ? /^,?[ \n]+/y : /^(?:[ \n]+(?:on|for|of)(?:[ \n]+\p{Ll}+['’]?){1,6})?,?[ \n]+(?=\p{Lu})/uy;
    let base = after.end;
    let g = (after.state ? null : portfolioGap(ctx.text.slice(after.end, after.end + 100))) ?? gapRe.exec(ctx.text.slice(after.end, after.end + 80));
    // "the head of research at Andes Capital, Lucia Ferrer": what follows a preposition is its object, no name
    if (g && !after.state && /[ \n](?:at|in|of|for|with|from|on|to|by|the)[ \n]+$/.test(g[0])) g = null;
    // "Minister for Europe and Foreign Affairs X": a body named in the portfolio is no state, the portfolio goes on
    if (!g && !after.state && after.end > tEnd) {
      g = portfolioGap(ctx.text.slice(tEnd, tEnd + 100));
      if (g) base = tEnd;
    }
    if (g) {
      let nameAt = base + g[0].length;
      // "Saudi Foreign Minister Prince Faisal bin Farhan": a royal title or honorific between office and name.
      const inner = INNER_TITLE.exec(ctx.text.slice(nameAt, nameAt + 40)) ?? RANK.exec(ctx.text.slice(nameAt, nameAt + 40));
      if (inner) nameAt += inner[0].length;
      NAME_AT.lastIndex = nameAt;
      const nm = NAME_AT.exec(ctx.text);
      const name = nm ? cleanName(nm[0], ctx.text.slice(nm.index + nm[0].length, nm.index + nm[0].length + 4)) : null;
      const single = name && !name.includes(' ');
      // "Prince Faisal" after "Prince Faisal bin Farhan" was named: the same person.
      // "Sheikh Warsame" after "Omar Sheikh Warsame": the title word is a part of that name.
      const known = single && ROYAL.test(title) ? hits.find((h) => h.name.startsWith(`${name} `) || h.name.endsWith(` ${title} ${name}`)) : undefined;
      if (known && name) {
        hits.push({ ...known, start: nm!.index, end: nm!.index + name.length, evStart: tStart, evEnd: nm!.index + name.length });
        continue;
      }
      if (name && (!single || ROYAL.test(title) || resolveOfficial(name, ctx.date))) {
        const full = single && ROYAL.test(title) && !resolveOfficial(name, ctx.date) ? `${title} ${name}` : name;
        const state = after.state ?? stateOfName(ctx, nm!.index + name.length) ?? before ?? relativeState(ctx, nm!.index + name.length);
        let role = isHonorific(title) ? null : ctx.text.slice(tStart, inner ? nameAt - inner[0].length : nm!.index).replace(/\s+/g, ' ').replace(/[ ,]+$/, '');
        if (role && m[0].length === title.length) role = singularTitle(title) + role.slice(title.length); // "presidents X and Y": each a president
        // "his Azerbaijani counterpart Jeyhun Bayramov" holds the office of the person named before.
        const last = hits[hits.length - 1];
        const peer = /^counterparts?$/i.test(title) && last && last.end > tStart - 200 ? last : undefined;
        if (peer?.role) { role = peer.role.replace(/\s+of\s.*$/, ''); sector = peer.sector; }
        if (!sector && !role) { const off = resolveOfficial(name, ctx.date); if (off) { role = off.role; sector = titleSector(off.role); } }
        const evStart = inClause && inClause.end <= tStart && inClause.end >= tStart - 45 && !/,/.test(ctx.text.slice(inClause.end, tStart)) ? inClause.start : tStart;
        const h = hit(ctx, full, nm!.index, state?.ref ?? null, role, sector, evStart, nm!.index + name.length);
        const pushed = full === name ? h : { ...h, start: tStart, end: nm!.index + name.length, name: full };
        hits.push(pushed);
        if (!pushed.ref && !peer) bare.add(pushed);
        if (!pushed.ref && peer) peers.set(pushed, peer);
        coordinated(ctx, nm!.index + name.length, title, sector, hits, after.more);
        // "the heads of the two countries' security services, A and B": the story's two states, in the order it names them
        const second = hits[hits.length - 1]!;
        if (!pushed.ref && second !== pushed && !second.ref && TWO_STATES.test(`${role ?? ''} `)) {
          const order = [...new Set(ctx.actors.filter((a) => a.type === 'country' && a.ref && a.ref !== 'IGO' && a.via !== 'venue').map((a) => a.ref!))];
          if (order.length >= 2) {
            bare.delete(pushed);
            hits.splice(hits.length - 2, 2, { ...pushed, ref: order[0]! }, { ...second, ref: order[1]! });
          }
        }
        continue;
      }
    }
    // Name, title: "Ana Torres, the President of the Republic of Peru", "Osama Nugali, Saudi Arabia's ambassador".
    const back = NAME_BEFORE.exec(ctx.text.slice(Math.max(0, tStart - 120), tStart));
    if (back && /^(?:[\p{Ll}-]+(?:['’]s)?\s+|[\p{Lu}][\p{L}'-]*(?:'s)?\s+){0,4}$/u.test(back[2]!)) {
      const name = cleanName(back[1]!.split(/,\s*/).pop()!, undefined, true);
      const nStart = tStart - back[0].length + back[0].indexOf(back[1]!) + (back[1]!.length - (back[1]!.split(/,\s*/).pop()!.length));
      // ("The summit, hosted by Equatorial Guinea, brought together the presidents of": a state's own name is no person's)
      const stateName = !!name && ctx.actors.some((a) => a.type === 'country' && a.start === nStart && a.end === nStart + name.length);
      if (name && name.includes(' ') && !stateName && ctx.text.startsWith(name, nStart)) {
        // "Karl Weber, director of the Vienna Institute": a city inside an organisation's name is no state.
        const ofState = after.state && after.state.via !== 'venue' && /^\s+of\s/.test(ctx.text.slice(tEnd, tEnd + 5)) ? after.state : undefined;
        const { role, end } = roleAfterName(ctx.text, tStart);
        // "Ana Lopez, who heads Peru's central bank": a state owning what the title heads
        const owner = ctx.actors.find((a) => a.start > tEnd && a.end <= end && a.type === 'country' && a.ref && a.ref !== 'IGO' && a.via !== 'venue' && /^['’]s\s/.test(ctx.text.slice(a.end, a.end + 3)));
        const state = adjacent ?? ofState ?? owner;
        const named = hit(ctx, name, nStart, state?.ref ?? null, role, sector, nStart, Math.max(end, after.end));
        hits.push(named);
        // "Ana Lopez, the foreign minister, said": a bare office as well
        if (!named.ref) bare.add(named);
        continue;
      }
    }
    // Title, role phrase, name in apposition: "the head of Chile's forestry agency, Tomas Arriagada,".
    const app = appositive(ctx, tEnd, singularTitle(title) !== title);
    if (app) {
      const last = app.names[app.names.length - 1]!;
      let served = gapStates(ctx, tEnd, app.comma, ENVOY.test(title));
      // "the presidents of the two countries, A and B": the story's two states, in the order it names them
      if (app.names.length === 2 && served.length < 2 && TWO_STATES.test(`${ctx.text.slice(tStart, app.comma)} `)) {
        const order = [...new Map(ctx.actors.filter((a) => a.type === 'country' && a.ref && a.ref !== 'IGO' && a.via !== 'venue').map((a) => [a.ref!, a])).values()];
        if (order.length >= 2) served = order.slice(0, 2);
      }
      const state = served[served.length - 1] ?? before ?? relativeState(ctx, last.end);
      const role = isHonorific(title) ? null : ctx.text.slice(tStart, app.comma).replace(/\s+/g, ' ');
      const evStart = adjacent && !/,/.test(ctx.text.slice(adjacent.end, tStart)) ? adjacent.start : tStart;
      app.names.forEach((n, i) => {
        // "the foreign ministers of Peru and Chile, A and B": each serves the state named in that place
        const own = app.names.length > 1 ? (served.length === app.names.length ? served[i] : undefined) : state;
        const each = served.length === app.names.length ? singularTitle(title) : singularTitle(title) + (role ?? '').slice(title.length);
        // "the head of the eastern fleet, Admiral X": an officer
        const h = hit(ctx, n.name, n.start, own?.ref ?? null, app.names.length > 1 ? each : role, n.rank ? 'MIL' : sector, i ? n.start : evStart, n.end);
        hits.push(h);
        if (!h.ref) bare.add(h);
      });
    }
  }
  return dedupe(preferWritten(ctx, placeStates(ctx, hits, bare, doc.dateline ?? null, peers, (placed) => withOfficials(ctx, placed))), doc.byline);
}

/**
 * A surname alone names the person written in full in the same story before any table entry:
 * "President Rafael Moreno ... Moreno said" is Rafael Moreno even when the table holds an older
 * "Luis Moreno" (the table's own person wins only when the story writes that full name too).
 */
function preferWritten(ctx: Ctx, hits: PersonHit[]): PersonHit[] {
  const surface = (h: PersonHit) => ctx.text.slice(h.start, h.end);
  const full = hits.filter((h) => /\s/.test(surface(h)) && h.name.includes(' '));
  return hits.map((h) => {
    const word = surface(h);
    if (/\s/.test(word) || h.name === word || !h.name.endsWith(` ${word}`)) return h;
    const same = full.filter((o) => o !== h && o.name.split(' ').pop() === word).sort((a, b) => a.start - b.start);
    if (!same.length || same.some((o) => o.name === h.name)) return h;
    const earlier = same.filter((o) => o.start < h.start).pop();
    const w = earlier ?? same[0]!;
    return { ...h, name: w.name, ref: w.ref ?? h.ref, role: w.role ?? h.role, sector: w.sector ?? h.sector };
  });
}

// An envoy "for Yemen" or "on Sudan" serves another state or body than the one named after the title.
const ENVOY = /\b(?:envoy|ambassador|representative|coordinator|mediator|consul)s?\b/i;
// A role phrase between a title and a comma: a preposition, then words that are no verb or clause.
const APPOSITION_GAP = /^[ \n]+(?:of|for|in|at|on)[ \n]+((?:(?:(?:\p{Lu}\.){2,}|[\p{L}&'’-]+)[ \n]+){0,9}[\p{L}'’-]+),[ \n]+/u;
const NOT_IN_ROLE = /(?:^|[ \n])(?:said|says|told|is|was|were|are|be|been|has|have|had|will|would|could|should|may|might|can|did|does|do|who|which|that|when|while|where|after|before|during|since|until|if|because|with|by|from|as|than|then|not|yesterday|today|tonight|week|weekend|month|year|morning|afternoon|evening|night|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)(?=[ \n]|$)/i;
// A rank before the name in apposition: "the commander of the eastern fleet, Rear Adm. Ivan Sokolov,"
const RANK = /^(?:(?:Lt\.?|Lieutenant|Maj\.?|Major|Brig\.?|Brigadier|Rear|Vice)[ \n-]+)?(?:Gen\.|General|Adm\.|Admiral|Col\.|Colonel|Cmdr\.|Commander|Capt\.|Captain)[ \n]+(?=\p{Lu})/u;
const NAME_CLOSES = /^(?:[ \n]*(?:[,;.)]|$)|[ \n]+who(?![\p{L}]))/u;

/** The states a role phrase serves, in order: those named in it, not a host ("to Peru", "in Lima"). */
function gapStates(ctx: Ctx, from: number, to: number, envoy: boolean): Mention[] {
  // "minister of state at the Foreign Office" works there; "ambassador at the embassy in Lima" is posted there
  const host = envoy ? /\s(?:to|in|at|from|with|for|on)\s+(?:the\s+)?$/ : /\s(?:to|in|from|with)\s+(?:the\s+)?$/;
  return ctx.actors.filter((m) => m.start >= from && m.end <= to && (m.type === 'country' || m.type === 'org') && m.ref && m.ref !== 'IGO' &&
    m.via !== 'venue' && !host.test(ctx.text.slice(Math.max(0, m.start - 12), m.start)))
    .sort((a, b) => a.start - b.start);
}

/** "<title> of the national forestry service, Ivan Petrov, said": the name after the role phrase, set off by commas;
 *  after a plural title two names: "the foreign ministers of Peru and Chile, Ana Lopez and Juan Diaz,". */
function appositive(ctx: Ctx, tEnd: number, plural: boolean): { names: { name: string; start: number; end: number; rank: boolean }[]; comma: number } | null {
  const gap = APPOSITION_GAP.exec(ctx.text.slice(tEnd, tEnd + 110));
  if (!gap || NOT_IN_ROLE.test(gap[1]!)) return null;
  const comma = tEnd + gap[0].lastIndexOf(',');
  const first = appositiveName(ctx, tEnd + gap[0].length);
  if (!first) return null;
  const names = [first];
  const and = plural ? /^[ \n]+and[ \n]+/.exec(ctx.text.slice(first.end, first.end + 8)) : null;
  const second = and ? appositiveName(ctx, first.end + and[0].length) : null;
  if (second) names.push(second);
  const last = names[names.length - 1]!;
  if (!NAME_CLOSES.test(ctx.text.slice(last.end, last.end + 8))) return null;
  return { names, comma };
}

function appositiveName(ctx: Ctx, at: number): { name: string; start: number; end: number; rank: boolean } | null {
  let start = at;
  const rank = RANK.exec(ctx.text.slice(start, start + 40));
  const inner = INNER_TITLE.exec(ctx.text.slice(start, start + 40)) ?? rank;
  if (inner) start += inner[0].length;
  NAME_AT.lastIndex = start;
  const nm = NAME_AT.exec(ctx.text);
  const name = nm ? cleanName(nm[0], ctx.text.slice(nm.index + nm[0].length, nm.index + nm[0].length + 4)) : null;
  if (!name || (!name.includes(' ') && !resolveOfficial(name, ctx.date))) return null;
  const end = start + name.length;
  if (ctx.text.slice(start, end).replace(/\n/g, ' ') !== name) return null;
  // a place or body in apposition ("the embassy in Lima, Peru,") is no person
  if (ctx.actors.some((a) => a.start < end && start < a.end)) return null;
  return { name, start, end, rank: !!rank };
}

export const TWO_STATES = /\b(?:the two|both) (?:countries|nations|states|governments|sides)['’]?(?=\s)/;

/** "the aide of the Slovak Economy Minister during the fair" -> up to "during". */
function roleAfterName(text: string, tStart: number): { role: string; end: number } {
  const phrase = /^[^,.;:()\n]{0,90}/.exec(text.slice(tStart))![0];
  const cut = /\s(?:during|at|in|on|when|who|which|that|said|says|told|and\s+(?!Development|Transport|Commerce|Trade))\s/.exec(phrase);
  const raw = (cut ? phrase.slice(0, cut.index) : phrase).trimEnd();
  return { role: raw.replace(/\s+/g, ' '), end: tStart + raw.length };
}

/** "Presidents of Peru and Chile Ana Torres and Diego Mena". */
function coordinated(ctx: Ctx, from: number, title: string, sector: string | null, hits: PersonHit[], states: Mention[]): void {
  const and = /^\s+and\s+/.exec(ctx.text.slice(from, from + 8));
  if (!and) return;
  let pos = from + and[0].length;
  const here = stateAt(ctx, pos);
  if (here) pos = here.end + (/^\s+/.exec(ctx.text.slice(here.end, here.end + 3))?.[0].length ?? 0);
  const st = here ?? states[0];
  NAME_AT.lastIndex = pos;
  const nm = NAME_AT.exec(ctx.text);
  const name = nm ? cleanName(nm[0], ctx.text.slice(nm.index + nm[0].length, nm.index + nm[0].length + 4)) : null;
  if (!name || !name.includes(' ')) return;
  if (TITLE_START.test(name)) return;
  hits.push(hit(ctx, name, pos, st?.ref ?? null, title.replace(/s$/, ''), sector, from + and[0].length, pos + name.length));
}

/** Officials from the table named anywhere: "Putin", "Vladimir Putin", "Lukashenka". */
function withOfficials(ctx: Ctx, hits: PersonHit[]): PersonHit[] {
  const out = [...hits];
  for (const { start, end, surface } of findOfficials(ctx.text)) {
    const clash = out.findIndex((h) => h.start < end && start < h.end);
    // "Foreign Minister Senator Mohammad Ishaq Dar": a titled name with no state that ends in an official's full name is that official
    const fills = clash >= 0 && out[clash]!.ref === null && surface.includes(' ') && out[clash]!.end === end;
    if (clash >= 0 && !fills) continue;
    const off = resolveOfficial(surface, ctx.date);
    if (!off) continue;
    if (fills) {
      if (movedOn(ctx, off, out[clash]!.start)) continue;
      out[clash] = { ...out[clash]!, ref: off.country, role: out[clash]!.role ?? off.role };
      continue;
    }
    // Inside a longer proper name: "Jorge Chavez International Airport", "the Chavez Foundation".
    if (/^[ \n]\p{Lu}/u.test(ctx.text.slice(end, end + 2))) continue;
    const prev = /(\S+)[ \n]$/.exec(ctx.text.slice(Math.max(0, start - 30), start))?.[1] ?? '';
    if (!surface.includes(' ') && /^\p{Lu}[\p{L}'’-]*$/u.test(prev) && nameWordOk(prev)) continue; // another first name: a different person ("Aliyev, Putin" is a list)
    out.push({ name: surface.includes(' ') ? surface.replace(/\s+/g, ' ') : off.name, start, end, ref: off.country, role: off.role, sector: titleSector(off.role), evStart: start, evEnd: end, via: 'official' });
  }
  return out;
}

/** One hit per span; drop names that are the byline's author. */
function dedupe(hits: PersonHit[], byline: string | null): PersonHit[] {
  const seen = new Set<string>();
  const out: PersonHit[] = [];
  const sorted = hits.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  for (const h of sorted) {
    const k = `${h.start}:${h.end}`;
    if (seen.has(k)) continue;
    seen.add(k);
    const clash = out.findIndex((o) => o.start < h.end && h.start < o.end);
    if (clash >= 0) {
      if (h.name.length > out[clash]!.name.length) out[clash] = h;
      continue;
    }
    if (byline && byline.includes(h.name)) continue;
    out.push(h);
  }
  return out;
}
