// The state of a titled person the title leaves open, from the story around them (see the cues
// below, applied in order by placeStates), and the state of a dateline's place.
import type { Mention } from '../../core/types.ts';
import type { Ctx, PersonHit } from './person-finder.ts';
import { ACTORS, firstWord } from './actors.ts';
import { GAZETTEER_DIR, readRows } from './load.ts';
import { join } from 'node:path';

/** Family names written first ("Pham" for "Pham Van Long"): data/gazetteers/family-first.tsv. */
const FAMILY_FIRST = new Set(readRows(join(GAZETTEER_DIR, 'family-first.tsv')).map((r) => r[0]!));

// Where a title names no state, the story often does:
//   "In Moscow, foreign ministry spokeswoman X dismissed ..."   a place that opens the sentence
//   "Ruritania denied it. \"...\", government spokeswoman X said"  a state that opens the paragraph's sentence before
//   "LIMA, 3 May (Agency) - ... Foreign Minister X said"        the dateline, for a domestic office
// Spokespeople quote the side that just spoke, so the dateline is no cue for them; neither is it
// for ambassadors, envoys and consuls (posted abroad) nor for titles shared by several states.
// When no cue holds, the person may still be placed by elimination over the story's states (below).
const BODY_BEFORE = /(?:(?:\b(?:foreign|defen[cs]e|interior|finance|trade|economy|justice|energy|foreign affairs)\s+)?\b(?:ministry|office)|\b(?:army|military|navy|air force|coast guard))\s+$/i;
const COUNTERPART = /\b(?:his|her)\s+(\p{Lu}\p{L}+)\s+counterparts?\b/u;
const SPOKES = /\bspokes(?:man|woman|person)\b/i;
const DOMESTIC = /^(?:(?:[\p{L}]+[ -]){0,3}(?:President|Prime Minister|Premier|Chancellor|Treasurer|Minister|Secretary|Advis[eo]r|Attorney General)(?: of(?: [\p{Lu}&][\p{L}&-]*| and| for| the){1,6})?)$/iu;
const NOT_DOMESTIC = /\b(?:former|ex-|ambassador|envoy|consul|general|two|both|countries|union|nations|opposition|party)\b/i;
const CAP = (w: string) => w.charAt(0) + w.slice(1).toLowerCase();

/** A person named again with a title and no state is the one placed elsewhere in the story ("President X" twice). */
function sameName(hits: PersonHit[]): PersonHit[] {
  const refs = new Map<string, Set<string>>();
  for (const h of hits) if (h.ref) refs.set(h.name, (refs.get(h.name) ?? new Set()).add(h.ref));
  return hits.map((h) => {
    const r = h.ref ? null : refs.get(h.name);
    return r && r.size === 1 ? { ...h, ref: [...r][0]! } : h;
  });
}

/** The state of a dateline's place: "MEXICO CITY, April 8 (Agency)" -> MEX; "SANTA CRUZ, Bolivia" -> BOL; none for two places. */
export function datelineState(dateline: string | null): string | null {
  if (!dateline || /\s\/\s\p{Lu}{3,}/u.test(dateline)) return null;
  const parts = dateline.split(/\s*[,(.:/–—-]\s*/).slice(0, 2);
  for (const part of parts) {
    const words = part.trim().split(/\s+/);
    if (!words[0] || words.length > 3 || /\d/.test(part)) continue;
    const surface = words.map((w) => (w === w.toUpperCase() ? CAP(w) : w)).join(' ');
    const e = ACTORS.byFirst.get(firstWord(surface))?.find((x) => x.surface === surface && x.type === 'country' && x.ref);
    if (e) return e.ref!;
  }
  return null;
}

/** Sentence start before `pos`: after the last ". ", "? ", "! " (quotes allowed) or line break. */
function sentenceStart(text: string, pos: number): number {
  const from = Math.max(0, pos - 400);
  // a sentence may begin right at `pos`: the capital after the break is looked at, not taken
  const head = text.slice(from, pos + 2);
  let best = -1;
  for (const m of head.matchAll(/[.!?]["”’]?\s+(?=["“‘]?\p{Lu})|\n/gu)) if (m.index! + m[0].length <= pos - from) best = m.index! + m[0].length;
  return best < 0 ? from : from + best;
}

function stateOpening(ctx: Ctx, at: number): string | null {
  const lead = /^[\s"“‘]*/.exec(ctx.text.slice(at, at + 5))![0].length;
  const m = ctx.actors.find((a) => a.start === at + lead && a.type === 'country' && a.ref && a.via !== 'demonym' && a.via !== 'venue');
  // the state speaks in that sentence: "Rwanda denied the claim.", not "Russia struck Kyiv."
  // "China's Taiwan Affairs Office said", "Russia's foreign ministry denied": the state's body speaks for it
  const body = m ? /^['’]s(?:\s+[\p{L}-]+){1,4}?(?=\s+(?:(?:has|have|had|also|again|quickly|swiftly|strongly|flatly)\s+)*(?:denied|denies|said|says|rejected|rejects|dismissed|dismisses|insisted|insists|responded|replied|countered|stated|confirmed|disputed|condemned|protested|called|accused|blamed|maintained|warned)\b)/u.exec(ctx.text.slice(m.end, m.end + 60)) : null;
  const after = m ? m.end + (body?.[0].length ?? 0) : 0;
  return m && SPOKE.test(ctx.text.slice(after, after + 40)) ? m.ref! : null;
}
const SPOKE = /^\s+(?:(?:has|have|had|also|again|quickly|swiftly|strongly|flatly)\s+)*(?:denied|denies|said|says|rejected|rejects|dismissed|dismisses|insisted|insists|responded|replied|countered|stated|confirmed|disputed|condemned|protested|called|accused|blamed|maintained|warned)\b/;

const eitherCase = (w: string) => `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${w.slice(1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;

/** The state of an unnamed holder of the same office named earlier: "the Latvian ambassador", "Chile's deputy foreign minister". */
function unnamedOffice(ctx: Ctx, h: PersonHit): string | null {
  const office = (h.role ?? '').trim();
  if (!office || office.length > 40 || !/^[\p{L}-]+(?: [\p{L}-]+)*$/u.test(office) || SPOKES.test(office)) return null;
  // "Minister of Water and Forestry X" after "Ruritania's water minister said": the portfolio's first word before "minister"
  const portfolio = /^((?:deputy|assistant)\s+)?minister\s+(?:of|for)\s+(?:the\s+)?(\p{Lu}[\p{L}-]+)(?:\s|$)/iu.exec(office);
  const forms = [office, ...(portfolio ? [`${portfolio[1] ?? ''}${portfolio[2]} minister`] : [])];
  const re = new RegExp(`(?<![\\p{L}])(?:${forms.map((f) => f.split(' ').map(eitherCase).join('\\s+')).join('|')})(?![\\p{L}])`, 'gu');
  // only the nearest earlier mention of the office counts; if it names someone, that is another person
  const m = [...ctx.text.slice(0, h.evStart).matchAll(re)].pop();
  if (!m || /^,?[ \n]+\p{Lu}\p{Ll}/u.test(ctx.text.slice(m.index! + m[0].length, m.index! + m[0].length + 4))) return null;
  const st = ctx.actors.find((a) => a.type === 'country' && a.ref && a.via !== 'venue' && a.end <= m.index! && /^(?:['’]s)?\s+$/.test(ctx.text.slice(a.end, m.index!)));
  return st?.ref ?? null;
}

/** Mentions before `until` naming a state's body ("foreign ministry"): "the Russian Foreign Ministry", "Russia's foreign ministry". */
function bodyNamers(ctx: Ctx, body: string, until: number): Mention[] {
  const named = (a: Mention) => a.type === 'org' ? a.text.toLowerCase().replace(/\s+/g, ' ').includes(body)
    : a.type === 'country' && a.via !== 'venue' && ctx.text.slice(a.end, a.end + body.length + 4).toLowerCase().replace(/^['’]s/, '').replace(/\s+/g, ' ').startsWith(` ${body}`);
  // an organisation's state counts when the story names that state ("the Foreign Office" is Britain's only in a story of Britain)
  const inStory = (a: Mention) => a.type !== 'org' || ctx.actors.some((c) => c.type === 'country' && c.ref === a.ref);
  return ctx.actors.filter((a) => a.ref && a.ref !== 'IGO' && a.end <= until && named(a) && inStory(a));
}

/**
 * Places a state on each bare titled person from the cues below; `peers` are the people named as
 * "his counterpart X" with the person they are the counterpart of. `more` adds the people named
 * without a title (the officials table) before the last step, which places by elimination over the
 * story's states those the cues left open (excludedStates, pickState) and takes back a dateline's state from
 * a person the story shows not to be of it ("External Affairs Minister X held talks with the
 * Canadian minister" in an OTTAWA story).
 */
export function placeStates(ctx: Ctx, hits: PersonHit[], bare: ReadonlySet<PersonHit>, dateline: string | null,
  peers: ReadonlyMap<PersonHit, PersonHit> = new Map(), more: (placed: PersonHit[]) => PersonHit[] = (x) => x): PersonHit[] {
  // the dateline's state, when the story names it beyond the dateline as a party (not "BRUSSELS - EU governments ...")
  const dated = datelineState(dateline);
  const datelineAt = dateline ? ctx.text.indexOf(dateline) : -1;
  const datelineEnd = datelineAt < 0 ? 0 : datelineAt + dateline!.length;
  const home = dated && ctx.actors.some((a) => a.ref === dated && a.type === 'country' && a.via !== 'venue' && a.start >= datelineEnd) ? dated : null;
  const fromHome = new Set<PersonHit>();
  const out: PersonHit[] = [];
  const open = new Map<PersonHit, PersonHit>(); // placed hit -> the hit as found, for elimination
  for (const h of hits) {
    const placed = placeState(h);
    out.push(placed);
    if (bare.has(h) && !h.ref && (!placed.ref || (fromHome.has(placed)))) open.set(placed, h);
    else if (peers.has(h) && !h.ref) open.set(placed, h);
  }
  const all = more(out);
  if (!open.size) return sameName(all);
  // places inside a person's name are none ("Van" in "Pham Van Long")
  const named = { ...ctx, actors: ctx.actors.filter((a) => !all.some((p) => p.start < a.end && a.start < p.end)) };
  const story = storyStates(named);
  return sameName(all.map((p) => {
    const h = open.get(p);
    if (!h) return p;
    const peer = peers.get(h);
    const role = peer ? peer.role ?? '' : h.role ?? '';
    // an ambassador serves a state other than the one that summons, expels or receives them
    const posted = AMBASSADOR.test(role);
    if (!(OFFICE.test(role) || COUNTERPART_ROLE.test(role) || posted) || (NOT_DOMESTIC.test(role) && !posted) || SPOUSE.test(role) || formerAt(ctx, h) || igoTitle(named, h)) return p;
    const ex = excludedStates(named, h, role, all, peer, posted);
    // the dateline's state stays unless the story shows the person is not of it
    if (p.ref) return ex.has(p.ref) ? { ...p, ref: pickState(story, ex) } : p;
    const ref = pickState(story, ex);
    return ref ? { ...p, ref } : p;
  }));
  function placeState(h: PersonHit): PersonHit {
    // ("In Brussels, EU foreign policy chief X": an organisation's official is not of the place)
    if (!bare.has(h) || h.ref || igoTitle(ctx, h)) return h;
    const sStart = sentenceStart(ctx.text, h.evStart);
    // "In Moscow, ..." opening the sentence
    const inAt = /^[\s"“]*In\s+(?:the\s+)?/.exec(ctx.text.slice(sStart, sStart + 12));
    if (inAt) {
      const place = ctx.actors.find((a) => a.start === sStart + inAt[0].length && a.type === 'country' && a.ref);
      if (place && /^,/.test(ctx.text.slice(place.end, place.end + 1)) && place.end < h.evStart) return { ...h, ref: place.ref! };
    }
    // "Poland summoned the Ukrainian ambassador ... Ambassador X": the office named before with its state but no name
    const earlier = unnamedOffice(ctx, h);
    if (earlier) return { ...h, ref: earlier };
    // "foreign ministry spokeswoman X" after "the Ruritanian Foreign Ministry said": the body named before
    const body = BODY_BEFORE.exec(ctx.text.slice(Math.max(0, h.evStart - 40), h.evStart));
    if (body) {
      const last = bodyNamers(ctx, body[0].trim().toLowerCase().replace(/\s+/g, ' '), h.evStart).pop();
      if (last) return { ...h, ref: last.ref! };
    }
    const role = h.role ?? '';
    if (SPOKES.test(role)) {
      // the paragraph's sentences before this one, nearest first
      const para = ctx.text.lastIndexOf('\n', sStart - 1) + 1;
      let at = sStart;
      for (let i = 0; i < 3 && at > para; i++) {
        const prev = sentenceStart(ctx.text, at - 1);
        if (prev < para) break;
        const ref = stateOpening(ctx, prev);
        if (ref) return { ...h, ref };
        at = prev;
      }
      return h;
    }
    // "President X asked his Ruritanian counterpart": X serves the other state of the story
    const cp = COUNTERPART.exec(ctx.text.slice(h.end, h.end + 160).split(/[.!?](?:\s|$)/)[0]!);
    // "his Chilean counterpart", "her US counterpart" (a state's short name)
    const cpAt = cp ? h.end + cp.index + cp[0].indexOf(cp[1]!, 3) : -1;
    const peerState = cp ? ACTORS.demonyms.get(cp[1]!) ?? ctx.actors.find((a) => a.start === cpAt && a.type === 'country' && a.ref && a.ref !== 'IGO')?.ref ?? null : null;
    if (peerState) {
      const lead = ctx.text.indexOf('\n\n', 200);
      const story = new Set(ctx.actors.filter((a) => a.type === 'country' && a.ref && a.via !== 'venue' && (a.start < Math.max(lead, 400) || (a.start >= sStart && a.end <= h.evStart))).map((a) => a.ref!));
      story.delete(peerState);
      if (story.size === 1) return { ...h, ref: [...story][0]! };
      // else the one state named in the sentence before and this one up to the name ("Cuban officials said ... President X thanked his Mexican counterpart")
      let q = sStart;
      while (q > 0 && /\s/.test(ctx.text[q - 1]!)) q--;
      const prevStart = sentenceStart(ctx.text, Math.max(0, q - 1));
      const recent = new Set(ctx.actors.filter((a) => a.type === 'country' && a.ref && a.via !== 'venue' && a.start >= prevStart && a.end <= h.evStart).map((a) => a.ref!));
      recent.delete(peerState);
      if (recent.size === 1) return { ...h, ref: [...recent][0]! };
    }
    const former = /\b(?:former|ex|late)[\s-]+$/i.test(ctx.text.slice(Math.max(0, h.evStart - 10), h.evStart));
    if (home && home !== peerState && !former && (h.sector === 'GOV' || /\bminister\b/i.test(role)) && DOMESTIC.test(role) && !NOT_DOMESTIC.test(role)) {
      const placed = { ...h, ref: home };
      fromHome.add(placed);
      return placed;
    }
    // "Poland's foreign ministry summoned ... Deputy Foreign Minister X": the one state whose ministry of that portfolio was named
    const portfolio = PORTFOLIO_TITLE.exec(role);
    if (portfolio && !NOT_DOMESTIC.test(role)) {
      const refs = new Set(bodyNamers(ctx, `${portfolio[1]!.toLowerCase()} ministry`, h.evStart).map((a) => a.ref!));
      if (refs.size === 1) return { ...h, ref: [...refs][0]! };
    }
    // "President X and First Lady Y": a spouse shares the state of the person named just before
    if (SPOUSE.test(role)) {
      const prev = out.filter((o) => o.ref && o.end <= h.evStart && o.end >= h.evStart - 120).pop();
      if (prev) return { ...h, ref: prev.ref };
    }
    return h;
  }
}
const PORTFOLIO_TITLE = /(?:^|\s)(foreign|defen[cs]e|interior|finance|trade|economy|justice|energy)\s+minister$/i;
const SPOUSE = /^(?:first lady|first gentleman|wife|husband|spouse)$/i;

// ---- Elimination over the story's states ------------------------------------------------------
// A titled person no cue placed is of one of the states the story is about, and the story often
// shows which one they are not: the host of a visit they make ("X, on a visit to Hanoi, said",
// "a visit to New Delhi by President X", "X is expected in Warsaw"), the state they accuse, urge,
// thank or meet ("X accused Minsk of", "X greeted Rahimi"), a foreign mission they deal with ("a
// meeting with the French ambassador"), the state whose holder of the same office the story has
// already named (a second "Prime Minister Z" after the Korean prime minister), the state of the
// person they are the counterpart of. When that leaves one of the lead's states (or one of a story
// of two states), the person is of it; otherwise no state: a wrong state is worse than none.

const COUNTERPART_ROLE = /^counterparts?$/i;
const AMBASSADOR = /^(?:ambassador|charg[eé] d['’]affaires)$/i;
/** Offices a state's own people hold (not envoys, officers, party or rebel leaders, IGO staff). */
const OFFICE = /^(?:(?:[\p{L}]+[ -]){0,4}(?:President|Prime Minister|Premier|Chancellor|Treasurer|Minister|Secretary|Attorney General|King|Queen|Crown Prince|Emir|Amir|Sultan|spokes(?:man|woman|person))(?: of(?: [\p{Lu}&][\p{L}&-]*| and| for| the){1,6})?)$/iu;

interface StoryStates { readonly all: ReadonlySet<string>; readonly lead: ReadonlySet<string>; readonly count: ReadonlyMap<string, number> }

const isState = (a: Mention) => a.type === 'country' && !!a.ref && /^[A-Z]{3}$/.test(a.ref);

/** The states the story names (places too), and those its lead names (not as places). */
function storyStates(ctx: Ctx): StoryStates {
  const all = new Set(ctx.actors.filter(isState).map((a) => a.ref!));
  const count = new Map<string, number>();
  for (const a of ctx.actors) if (isState(a)) count.set(a.ref!, (count.get(a.ref!) ?? 0) + 1);
  // the lead: the first sentence of the first paragraph long enough to be one (not a headline or
  // byline), and the next sentence when the first names fewer than two states
  let at = 0;
  let start = -1;
  let lineEnd = 0;
  for (const line of ctx.text.split('\n')) {
    if (line.trim().length >= 120 && !/^\s*By\s/.test(line)) { start = at; lineEnd = at + line.length; break; }
    at += line.length + 1;
  }
  const lead = new Set<string>();
  if (start < 0) return { all, lead, count };
  let end = start;
  for (let i = 0; i < 2 && end < lineEnd; i++) {
    end = Math.min(lineEnd, sentenceEnd(ctx.text, end));
    // places too: "HANOI - ...", "talks in Lisbon" may name the person's own state
    for (const a of ctx.actors) if (isState(a) && a.start >= start && a.end <= end) lead.add(a.ref!);
    if (lead.size >= 2) break;
  }
  return { all, lead, count };
}

/**
 * The one state left: of a story of two states, or of the lead's states when the story excluded one
 * of them; a state the story names once only is no party of it (the person's own may go unnamed).
 */
function pickState(story: StoryStates, ex: ReadonlySet<string>): string | null {
  if (![...ex].some((r) => story.all.has(r))) return null;
  const party = (r: string | undefined) => (r && (story.count.get(r) ?? 0) >= 2 ? r : null);
  const rest = [...story.all].filter((r) => !ex.has(r));
  if (story.all.size === 2 && rest.length === 1) return party(rest[0]);
  const lead = [...story.lead].filter((r) => !ex.has(r));
  return lead.length === 1 && [...story.lead].some((r) => ex.has(r)) ? party(lead[0]) : null;
}

/** End of the sentence that goes on at `pos`: after its ". ", "? ", "! " or at the line break. */
function sentenceEnd(text: string, pos: number): number {
  const re = /[.!?]["”’]?\s+(?=["“‘]?\p{Lu})|\n/gu;
  re.lastIndex = pos + 1;
  const m = re.exec(text);
  return m ? m.index + m[0].length : text.length;
}

const formerAt = (ctx: Ctx, h: PersonHit) => /\b(?:former|ex|late|then)[\s-]+$/i.test(ctx.text.slice(Math.max(0, h.evStart - 10), h.evStart));

/** An IGO's officer: "European Commission President X", "President of the European Council X". */
function igoTitle(ctx: Ctx, h: PersonHit): boolean {
  return ctx.actors.some((a) => ((a.type === 'igo' || a.ref === 'IGO') && a.end <= h.start && a.end >= h.evStart - 50 &&
    (a.start >= h.evStart || !/[.;:!?,]/.test(ctx.text.slice(a.end, h.evStart)))) ||
    // "Ana Diaz, president of the Andean Development Bank": a body of no state in the role after the name
    (a.start >= h.end && a.end <= h.evEnd && (a.type === 'igo' || (a.type === 'org' && (!a.ref || a.ref === 'IGO')))));
}

/** "Prime Minister" and "Minister of Foreign Affairs" as one key: "prime minister", "foreign minister". */
function officeKey(role: string): string {
  const r = role.toLowerCase().replace(/\s+/g, ' ').trim();
  const of = /^(.*?)\bminister (?:of|for) (?:the )?(foreign|external) affairs$/.exec(r);
  if (of) return `${of[1]}foreign minister`;
  return r.replace(/\bexternal affairs minister$/, 'foreign minister').replace(/^(?:acting|interim|caretaker|new|newly appointed) /, '');
}

// Between a person's name and a place they go to: "X, on a visit to", "X is expected to visit", "X – who arrived in".
const VISIT_AFTER = /^(?:\s*[,–—-]\s*(?:who|which)\s+|\s*[,–—-]\s*|\s+)(?:(?:is|was|will|would|has|had|have|be|been|also|later|then|earlier|now|first|to|set|scheduled|due|expected|planning|plans|plan|make|made|making|paid|pay|pays|paying|on|a|an|his|her|their|official|state|working|surprise|brief|recent|\d+-day|one-day|two-day|three-day|\p{Ll}+ly)\s+){0,6}(?:visit(?:s|ed|ing)?|(?:travel(?:s|led|ed|ling|ing)?|fl(?:ew|ies|y|ying)|went|goes|going|came|comes|coming|headed|heads|arriv(?:ed|es|ing|e)|expected|due|trip|visit|tour|stopover)\s+(?:to|in|at))\s+(?:the\s+)?$/u;
// "X, who is in Seoul on a working visit": a place the person stays in on a visit.
const STAYING_IN = /^\s*[,–—-]\s*who\s+(?:is|was|has\s+been)\s+(?:currently\s+|now\s+|still\s+)?in\s+$/;
const ON_VISIT = /^\s+(?:on|for)\s+(?:a|an|his|her)\s+(?:[\p{L}-]+\s+){0,2}(?:visit|trip|tour)\b/u;
const VISIT_TO = /\b(?:visit|trip|journey|travel|tour|stopover)s?\s+to\s+(?:the\s+)?$/i;
// Verbs of a person towards a state named right after: "accused Minsk", "thanked Malaysia", "met the Chinese ambassador".
const TOWARDS = /(?:^|\s)(?:accus(?:ed|es|ing)|urg(?:ed|es|ing)|thank(?:ed|s|ing)|met|meets|meeting|greet(?:ed|s|ing)|receiv(?:ed|es|ing)|host(?:ed|s|ing)|invit(?:ed|es|ing)|summon(?:ed|s|ing)|criticis(?:ed|es|ing)|criticiz(?:ed|es|ing)|condemn(?:ed|s|ing)|blam(?:ed|es|ing)|prais(?:ed|es|ing)|press(?:ed|es|ing)|welcom(?:ed|es|ing)|visit(?:ed|s|ing)|called on|calls on|appealed to|(?:talks|meeting|meetings|call|spoke|speaking|consultations|protest|protested|protests)\s+(?:with|to))\s+(?:the\s+)?$/;
// A demonym stands for its state after those verbs only as a state's people or body: "the Israeli government".
const STATE_NOUN = /^\s+(?:government|authorities|ambassador|embassy|envoy|counterpart|president|prime minister|premier|foreign minister|leader|leadership|officials|side|king|chargé|charge)\b/i;
// ... dealt with: "a meeting with", "handed a note to", "summoned" (not "said the Chinese embassy had ...", which its own spokesman may say)
const MISSION_OBJECT = /(?:^|\s)(?:with|to|summon(?:ed|s|ing)?|met|meets|receiv(?:ed|es|ing)|called in|told|tells|handed|visited)\s+(?:the\s+)?$/;
const MISSION = /^(?:['’]s)?\s+(?:ambassador|embassy|chargé d['’]affaires|charge d['’]affaires|consulate)\b/i;
// The person as the object of a state's act: "summoned Ambassador X", "ordered Ambassador X to leave".
const OBJECT_OF = /(?:^|\s)(?:summon(?:ed|s)|expell?(?:ed|s)|order(?:ed|s)|receiv(?:ed|es)|welcom(?:ed|es)|host(?:ed|s)|invit(?:ed|es)|declared|sanction(?:ed|s))\s+(?:the\s+)?$/;
// Between two people, one meeting or calling the other: "X greeted Y", "X, who held talks with Prime Minister Y".
const MEETS = /^\s*(?:,\s*(?:who|which)\s+)?(?:(?:has|had|have|also|then|later|first|on\s+\p{Lu}\p{L}+|\p{Ll}+ly)\s+)*(?:met|meets|greet(?:ed|s)|receiv(?:ed|es)|host(?:ed|s)|welcom(?:ed|es)|invit(?:ed|es)|thank(?:ed|s)|phon(?:ed|es)|called|calls|urg(?:ed|es)|visit(?:ed|s)|(?:held|holds|hold|had|has)\s+talks|talked|spoke|speaks)\s+(?:(?:with|to)\s+)?(?:(?:his|her|the)\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,4}$/u;

/** The states the story shows a person is not of (see above). */
function excludedStates(ctx: Ctx, h: PersonHit, role: string, people: readonly PersonHit[], peer: PersonHit | undefined, posted = false): Set<string> {
  const ex = new Set<string>();
  const text = ctx.text;
  const sStart = sentenceStart(text, h.evStart);
  const sEnd = sentenceEnd(text, h.end);
  const inSentence = ctx.actors.filter((a) => a.start >= sStart && a.end <= sEnd && (a.type === 'country' || a.type === 'org' || a.type === 'igo'));
  // named people of known state in the sentence: titled ones and their surnames
  const others: { start: number; end: number; ref: string }[] = [];
  for (const p of people) {
    if (!p.ref || p.name === h.name || p === h) continue;
    if (p.start >= sStart && p.end <= sEnd) others.push({ start: p.start, end: p.end, ref: p.ref });
    const words = p.name.split(' ');
    // the surname, or a family name written first ("Pham" for "Pham Van Long")
    for (const sur of new Set([words[words.length - 1]!, ...(words.length > 1 && FAMILY_FIRST.has(words[0]!) ? [words[0]!] : [])])) {
      if (h.name.split(' ').includes(sur)) continue;
      for (let i = text.indexOf(sur, sStart); i >= 0 && i + sur.length <= sEnd; i = text.indexOf(sur, i + 1)) {
        if (/[\p{L}\p{N}]/u.test(text[i - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[i + sur.length] ?? '')) continue;
        if (!others.some((o) => o.start <= i && i < o.end)) others.push({ start: i, end: i + sur.length, ref: p.ref });
      }
    }
  }
  const between = (from: number, to: number) => inSentence.some((a) => a.start >= from && a.end <= to) || others.some((o) => o.start >= from && o.end <= to);
  for (const a of inSentence) {
    if (!isState(a)) continue;
    if (a.start >= h.end) {
      const gap = text.slice(h.end, a.start);
      if (between(h.end, a.start) || gap.length > 120 || /["“”]/.test(gap)) continue;
      // "X, on a visit to Hanoi", "X is expected in Warsaw" (an ambassador travels in the state they are posted to)
      if (VISIT_AFTER.test(gap) || (STAYING_IN.test(gap) && ON_VISIT.test(text.slice(a.end, a.end + 40)))) { if (!posted) ex.add(a.ref!); continue; }
      // "X accused Minsk", "X met the Chinese ambassador"
      if (a.via !== 'venue' && TOWARDS.test(gap) && (a.via !== 'demonym' || STATE_NOUN.test(text.slice(a.end, a.end + 20)))) ex.add(a.ref!);
    } else if (!posted && a.end <= h.evStart && VISIT_TO.test(text.slice(Math.max(sStart, a.start - 30), a.start)) && !between(a.end, h.evStart)) {
      // "a visit to New Delhi by President X", "During a visit to Hanoi, President X said"
      const gap = text.slice(a.end, h.evStart);
      const opener = /^[\s"“]*(?:During|On|After|Ahead of|Before|While on)\s+(?:a|an|his|her|the)\s+(?:[\p{L}-]+\s+){0,3}(?:visit|trip|tour)\s+to\s+(?:the\s+)?$/u.test(text.slice(sStart, a.start));
      if (/^(?:\s+(?:last|this|next|earlier|later)\s+\p{L}+|\s+(?:on|in)\s+\p{Lu}\p{L}+)?\s+by\s+(?:the\s+)?$/u.test(gap) || (opener && /^(?:\s+(?:on|in)\s+\p{Lu}\p{L}+)?,\s*$/u.test(gap))) ex.add(a.ref!);
    }
  }
  // "a meeting with the French ambassador", "lodged a protest with the Chinese embassy"
  for (const a of inSentence) {
    if (isState(a) && a.via !== 'venue' && MISSION.test(text.slice(a.end, a.end + 30)) && MISSION_OBJECT.test(text.slice(Math.max(sStart, a.start - 40), a.start))) ex.add(a.ref!);
  }
  // people met, called, thanked: "X, who held talks with Prime Minister Y", "X greeted Rahimi"
  for (const o of others) {
    const gap = o.end <= h.evStart ? text.slice(o.end, h.evStart) : o.start >= h.end ? text.slice(h.end, o.start) : null;
    if (gap !== null && MEETS.test(gap)) ex.add(o.ref);
  }
  // the state whose holder of the same office the story names: a second prime minister is another state's
  // (not for ambassadors: a state has one in each capital)
  const key = posted ? null : officeKey(role);
  for (const p of key ? people : []) {
    if (!p.ref || p.name === h.name || p.name.split(' ').pop() === h.name.split(' ').pop() || !p.role || formerAt(ctx, p)) continue;
    if (officeKey(p.role) === key) ex.add(p.ref);
  }
  if (peer?.ref) ex.add(peer.ref);
  // "Niger's rulers ... ordered Ambassador X to leave", "Chile summoned Ambassador X": the subject of the act done to the person
  if (OBJECT_OF.test(text.slice(Math.max(sStart, h.evStart - 30), h.evStart))) {
    const verbAt = h.evStart - OBJECT_OF.exec(text.slice(Math.max(sStart, h.evStart - 30), h.evStart))![0].length;
    const subjects = [...inSentence.filter((a) => isState(a) && a.via !== 'venue' && (a.via !== 'demonym' || /^\s+\p{Ll}/u.test(text.slice(a.end, a.end + 3)) || STATE_NOUN.test(text.slice(a.end, a.end + 20)))), ...others]
      .filter((a) => a.end <= verbAt && !/(?:^|\s)(?:with|to|from|in|at|of|for|against|on|by|over|into|across|than)\s+(?:the\s+)?$/.test(text.slice(Math.max(sStart, a.start - 12), a.start)))
      .sort((a, b) => a.end - b.end);
    const subject = subjects.pop();
    if (subject?.ref) ex.add(subject.ref);
  }
  // "Albares will travel to Mexico City for a meeting with his counterpart X": the person named before in the sentence
  if (COUNTERPART_ROLE.test(h.role ?? '')) {
    const before = others.filter((o) => o.end <= h.evStart).sort((a, b) => a.end - b.end).pop();
    if (before) ex.add(before.ref);
  }
  // "President X and her US counterpart"
  for (const a of inSentence) {
    if (isState(a) && a.start >= h.end && /\b(?:his|her)\s+$/.test(text.slice(a.start - 5, a.start)) && /^\s+counterparts?\b/.test(text.slice(a.end, a.end + 14))) ex.add(a.ref!);
  }
  return ex;
}
