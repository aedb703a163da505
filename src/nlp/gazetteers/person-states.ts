// The state of a titled person the title leaves open, from the story around them (see the cues
// below, applied in order by placeStates), and the state of a dateline's place.
import type { Mention } from '../../core/types.ts';
import type { Ctx, PersonHit } from './person-finder.ts';
import { ACTORS, firstWord } from './actors.ts';

// Where a title names no state, the story often does:
//   "In Moscow, foreign ministry spokeswoman X dismissed ..."   a place that opens the sentence
//   "Ruritania denied it. \"...\", government spokeswoman X said"  a state that opens the paragraph's sentence before
//   "LIMA, 3 May (Agency) - ... Foreign Minister X said"        the dateline, for a domestic office
// Spokespeople quote the side that just spoke, so the dateline is no cue for them; neither is it
// for ambassadors, envoys and consuls (posted abroad) nor for titles shared by several states.
const BODY_BEFORE = /(?:\b(?:foreign|defen[cs]e|interior|finance|trade|economy|justice|energy|foreign affairs)\s+)?\b(?:ministry|office)\s+$/i;
const COUNTERPART = /\b(?:his|her)\s+(\p{Lu}\p{L}+)\s+counterparts?\b/u;
const SPOKES = /\bspokes(?:man|woman|person)\b/i;
const DOMESTIC = /^(?:(?:[\p{L}]+[ -]){0,3}(?:President|Prime Minister|Premier|Chancellor|Treasurer|Minister|Secretary|Advis[eo]r|Attorney General)(?: of(?: [\p{Lu}&][\p{L}&-]*| and| for| the){1,6})?)$/iu;
const NOT_DOMESTIC = /\b(?:former|ex-|ambassador|envoy|consul|general|two|both|countries|union|nations|opposition|party)\b/i;
const CAP = (w: string) => w.charAt(0) + w.slice(1).toLowerCase();

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
  const head = text.slice(Math.max(0, pos - 400), pos);
  let best = -1;
  for (const m of head.matchAll(/[.!?]["”’]?\s+(?=["“‘]?\p{Lu})|\n/gu)) best = m.index! + m[0].length;
  return best < 0 ? Math.max(0, pos - 400) : pos - head.length + best;
}

function stateOpening(ctx: Ctx, at: number): string | null {
  const lead = /^[\s"“‘]*/.exec(ctx.text.slice(at, at + 5))![0].length;
  const m = ctx.actors.find((a) => a.start === at + lead && a.type === 'country' && a.ref && a.via !== 'demonym' && a.via !== 'venue');
  // the state speaks in that sentence: "Rwanda denied the claim.", not "Russia struck Kyiv."
  return m && SPOKE.test(ctx.text.slice(m.end, m.end + 40)) ? m.ref! : null;
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
  return ctx.actors.filter((a) => a.ref && a.ref !== 'IGO' && a.end <= until && named(a));
}

export function placeStates(ctx: Ctx, hits: PersonHit[], bare: ReadonlySet<PersonHit>, dateline: string | null): PersonHit[] {
  const home = datelineState(dateline);
  const out: PersonHit[] = [];
  for (const h of hits) out.push(placeState(h));
  return out;
  function placeState(h: PersonHit): PersonHit {
    if (!bare.has(h) || h.ref) return h;
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
    const peerState = cp ? ACTORS.demonyms.get(cp[1]!) ?? null : null;
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
    if (home && home !== peerState && !former && h.sector === 'GOV' && DOMESTIC.test(role) && !NOT_DOMESTIC.test(role)) return { ...h, ref: home };
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
