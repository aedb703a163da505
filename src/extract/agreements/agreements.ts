// agreements/documents: named or clearly described documents between states — "the Lima
// Declaration", "a plan of action meant to deepen ties in trade", "signed five bilateral
// agreements", quoted titles of memoranda — with parties, date and status.
import { readFileSync } from 'node:fs';
import type { AgreementFact, Annotations, Document, ExtractContext, Fact, Sentence } from '../../core/types.ts';
import { defineExtractor, evidenceOf } from '../../core/types.ts';
import { mainStates, statesIn, uniqRefs } from '../states.ts';
import { isHeading, readingUnits } from '../figures/units.ts';
import { findPeriods, referenceYear } from '../figures/periods.ts';

interface AgreementLexicon {
  nouns: string[];
  countedNouns: string[];
  tailStarts: string[];
  signVerbs: string[];
  planVerbs: string[];
  ratifyVerbs: string[];
  vagueQuantifiers: string[];
}

const LEX: AgreementLexicon = JSON.parse(
  readFileSync(new URL('../../../data/figures/agreements.json', import.meta.url), 'utf8'),
);

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (xs: readonly string[]) => [...xs].sort((a, b) => b.length - a.length).map((x) => esc(x).replace(/ /g, '\\s+')).join('|');

const NOUN_RE = new RegExp(`\\b(?:${alt(LEX.nouns)})\\b`, 'gi');
const COUNTED = new Set(LEX.countedNouns);
const TAIL_START_RE = new RegExp(`^,?\\s+(?:${alt(LEX.tailStarts)})\\s`, 'i');
const SIGN_RE = new RegExp(`\\b(?:${alt(LEX.signVerbs)})\\b`, 'i');
const PLAN_RE = new RegExp(`\\b(?:${alt(LEX.planVerbs)})\\b`, 'i');
const RATIFY_RE = new RegExp(`\\b(?:${alt(LEX.ratifyVerbs)})\\b`, 'i');
const VAGUE = new Set(LEX.vagueQuantifiers);
const ARTICLES = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our']);
const PRONOUNS = new Set(['this', 'that', 'these', 'those', 'such', 'said']);
const NUMWORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'dozen', 'dozens']);
// words that end the walk to the left of the document noun
const LEFT_STOP = new Set([
  'of', 'in', 'on', 'with', 'to', 'and', 'or', 'by', 'for', 'at', 'from', 'that', 'which', 'was', 'were', 'is', 'are',
  'has', 'have', 'had', 'be', 'been', 'signed', 'sign', 'inked', 'under', 'upon', 'as', 'into', 'between', 'about',
]);
const GROUP_DET_RE = /\ba\s+(?:range|series|package|set)\s+of\s*$/i;
const VAGUE_GROUP_RE = /\b(?:a\s+number|a\s+lot|a\s+couple|number|lots|dozens|list)\s+of\s*$/i;
const WEEKDAY_OR_MONTH = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d)/;
const PARTICIPLE_RE = /^\s+(?:(?:was|were|has been|have been|being)\s+)?(?:signed|inked|concluded|adopted|announced)\b(?:\s+(?:in|on)\s+(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?\d{4}|\s+(?:in|on|at)\s+[A-Z][\w-]+)?/;
const TAIL_STOP_RE = /[,.;:()–—?!]|\s(?:and|or)\s+(?:a|an|the|two|three|four|five|\d+)\s|\s(?:that|which|who|under which|whereby|as well as|signed|were|was|will|would|is|are|has|have|had|entered|came|comes|took|takes|provides|envisages|stipulates|allows|aims|remains|with the participation|in the presence|by both|by the two|next|last|this|earlier|later|today|yesterday|tomorrow)\s|\s(?:today|yesterday|tomorrow|earlier|later)$|\s(?:in|at)\s+[A-Z]|\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)/;
const STATUS_WINDOW = 160;
const ONE_PER_MEETING = /^(?:declaration|joint statement|joint communique|roadmap|road map|treaty|accord|pact|charter)$/;
// document kinds whose capitalised name alone marks a state document ("the Lima Declaration")
const STRONG_NAMED = /^(?:declaration|treaty|accord|pact|agreement|memorandum|memorandum of understanding|charter|convention|protocol|joint statement|joint communique)$/;

interface Draft {
  name: string;
  head: string;
  quoted: boolean;
  start: number;
  end: number;
  sentence: Sentence;
  status: AgreementFact['status'];
  parties: string[];
  /** parties read from "between X and Y" */
  between: boolean;
  date: string | null;
}

const tokens = (s: string) => new Set(s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean));
function overlap(a: string, b: string, mode: 'min' | 'max'): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.size || !tb.size) return 0;
  let n = 0;
  for (const t of ta) if (tb.has(t)) n++;
  return n / (mode === 'min' ? Math.min(ta.size, tb.size) : Math.max(ta.size, tb.size));
}

function statusOf(text: string, s: Sentence, start: number, end: number): AgreementFact['status'] {
  const win = text.slice(Math.max(s.start, start - STATUS_WINDOW), Math.min(s.end, end + STATUS_WINDOW));
  if (RATIFY_RE.test(win)) return 'ratified';
  const sentence = text.slice(s.start, s.end);
  const before = text.slice(Math.max(s.start, start - 60), start);
  if (/\b(?:signed|inked|concluded|adopted)\b/i.test(before) && !/\b(?:will|to be|would|to)\s+(?:be\s+)?(?:signed|inked)\b/i.test(before)) return 'signed';
  const after = text.slice(end, Math.min(s.end, end + 80));
  if (/^[^.;]{0,60}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:signed|inked|concluded|adopted)\b/i.test(after)) return 'signed';
  if (PLAN_RE.test(win) || /\bwill\s+(?:be\s+)?(?:sign|signed|ink|adopt)/i.test(sentence)) return 'planned';
  return 'signed';
}

/** Tail describing the document: "on naval training", "to ship Chilean copper through ...". */
function tailAfter(text: string, pos: number, limit: number): string {
  const rest = text.slice(pos, limit);
  const m = TAIL_START_RE.exec(rest);
  if (!m) return '';
  const afterStart = rest.slice(m[0].length);
  // "an accord on Saturday": a date is not a description
  if (/^on\s/i.test(m[0].replace(/^,?\s+/, '')) && WEEKDAY_OR_MONTH.test(afterStart)) return '';
  // circumstances, not a description: "on the occasion of the visit", "on the sidelines of"
  if (/^on\s/i.test(m[0].replace(/^,?\s+/, '')) && /^the\s+(?:occasion|sidelines|eve|basis|margins)\b/i.test(afterStart)) return '';
  const stop = TAIL_STOP_RE.exec(rest.slice(m[0].length - 1));
  let tail = stop ? rest.slice(0, m[0].length - 1 + stop.index) : rest;
  const words = tail.trim().split(/\s+/);
  if (words.length > 16) tail = words.slice(0, 16).join(' ');
  return tail.replace(/^,/, '').replace(/\s+/g, ' ').trim();
}

export function extractAgreements(doc: Document, ann: Annotations): AgreementFact[] {
  const text = doc.text;
  const main = mainStates(doc, ann);
  const ref = referenceYear(doc.published);
  const drafts: Draft[] = [];
  const quotedSpans: { start: number; end: number }[] = [];
  for (const s of readingUnits(text, ann.sentences)) {
    if (isHeading(text, s)) continue;
    const sent = text.slice(s.start, s.end);
    const hasTrigger = SIGN_RE.test(sent) || PLAN_RE.test(sent) || RATIFY_RE.test(sent);

    // 1. quoted titles: the “Memorandum of Understanding on ...”
    for (const m of sent.matchAll(/["“]([A-Z][^"“”\n]{3,260}?)(?:["”]|$)/g)) {
      const inner = m[1];
      const firstWords = inner.split(/\s+/).slice(0, 6).join(' ');
      NOUN_RE.lastIndex = 0;
      if (!NOUN_RE.test(firstWords) && !/^(?:Decision|Joint\s+Communiqu|Statement)/.test(inner)) continue;
      if (!hasTrigger) continue;
      const start = s.start + m.index! + 1;
      const end = start + inner.length;
      quotedSpans.push({ start, end });
      // the name as commonly cited: the title up to its "between the ministries of ..." part
      const cut = inner.search(/\s+between\s+the\s+(?:Ministry|Cabinet|Government|State)/i);
      const name = (cut > 20 ? inner.slice(0, cut) : inner).trim();
      drafts.push(draft(doc, ann, s, start, end, name, headOf(name), true, main, ref));
    }

    // 2. document nouns with their determiner, modifiers and description
    NOUN_RE.lastIndex = 0;
    for (const m of sent.matchAll(NOUN_RE)) {
      const nStart = s.start + m.index!;
      const nEnd = nStart + m[0].length;
      if (quotedSpans.some((q) => q.start <= nStart && nEnd <= q.end)) continue;
      const noun = m[0];
      const nounLower = noun.toLowerCase().replace(/\s+/g, ' ');
      // walk left over modifiers up to a determiner
      const left = text.slice(s.start, nStart);
      const words = [...left.matchAll(/[\w'’\/-]+|[^\w\s]/g)].map((w) => ({ w: w[0], i: s.start + w.index! }));
      const mods: { w: string; i: number }[] = [];
      let det: string | null = null;
      let dated = false;
      for (let k = words.length - 1; k >= 0 && mods.length <= 6; k--) {
        const w = words[k].w;
        const lw = w.toLowerCase();
        // an amount before the noun ("a $5.4 billion deal") is not part of its name
        if (/^(?:\d+|[$€£.,]|million|billion|trillion|bn|mln)$/i.test(w) && k > 0 && /^(?:\d+|[$€£.,]|million|billion|trillion|bn|mln|US)$/i.test(words[k - 1].w) || /^[$€£]$/.test(w)) continue;
        if (/^[^\w]$/.test(w)) break;
        // "the 2016 Foradori-Duncan agreement": a year after the article dates the document, it does not count it
        if (/^(?:19|20)\d\d$/.test(w) && k > 0 && ARTICLES.has(words[k - 1].w.toLowerCase()) && mods.length > 0) { dated = true; continue; }
        if (ARTICLES.has(lw) || PRONOUNS.has(lw) || VAGUE.has(lw) || NUMWORDS.has(lw) || /^\d+$/.test(w)) {
          det = lw;
          break;
        }
        if (LEFT_STOP.has(lw)) {
          const upto = text.slice(s.start, words[k].i + w.length);
          if (GROUP_DET_RE.test(upto)) det = 'a';
          else if (VAGUE_GROUP_RE.test(upto)) det = 'several';
          break;
        }
        mods.unshift(words[k]);
      }
      if (det && (PRONOUNS.has(det) || VAGUE.has(det))) continue;
      const plural = /s$/i.test(nounLower) && !/(?:pass|class)$/.test(nounLower);
      const counted = !!det && (NUMWORDS.has(det) || /^\d+$/.test(det)) && COUNTED.has(nounLower);
      if (det === 'the' && plural) continue;
      // "a treaty concluded in 1998 to settle ...": skip the participle, then read the description
      const part = PARTICIPLE_RE.exec(text.slice(nEnd, s.end));
      const tailFrom = part ? nEnd + part[0].length : nEnd;
      const tail = tailAfter(text, tailFrom, s.end);
      const capitalHead = /^[A-Z]/.test(noun);
      const capitalMods = mods.filter((x) => /^[A-Z0-9]/.test(x.w));
      // an item of a list of documents: "- Intergovernmental agreement on transport;"
      const listItem = !det && !!tail && /^\s*(?:[-•*–—]|\d{1,2}[.)])?\s*$/.test(text.slice(s.start, mods[0]?.i ?? nStart)) && /^[A-Z]/.test(mods[0]?.w ?? noun);
      const named = (capitalHead && (capitalMods.length > 0 || !!tail || /\s/.test(noun))) || listItem;
      const before = text.slice(Math.max(s.start, (mods[0]?.i ?? nStart) - 40), mods[0]?.i ?? nStart);
      const direct = /\b(?:sign(?:ed|ing)?|ink(?:ed)?|conclud(?:ed|e)|adopt(?:ed)?|implement(?:ing|ed)?|prepar(?:e|ing)|draft(?:ing)?|signing\s+of|ratif(?:y|ied))\s+(?:(?:a|an|the|its|their|about|some|\w+\s+night|on\s+\w+)\s+)*$/i.test(before);
      let ok = false;
      const strong = STRONG_NAMED.test(nounLower);
      if (counted) ok = hasTrigger;
      else if (named) ok = strong || hasTrigger;
      // "the 2016 Foradori-Duncan agreement": a document of one year, named by its parties or places
      else if (dated && det === 'the' && !plural && capitalMods.length > 0) ok = true;
      else if (det && !plural) ok = hasTrigger && (!!tail || direct || !!part);
      else if (det && plural && (det === 'a' || det === 'its' || det === 'their')) ok = hasTrigger && !!tail;
      if (!ok) continue;
      // a document between states: a state is named in the sentence or shortly before
      if (!statesIn(doc, ann, Math.max(0, s.start - 300), s.end).length) continue;
      const start = counted ? words.find((x) => x.w.toLowerCase() === det && x.i < nStart && x.i >= (mods[0]?.i ?? nStart) - 12)?.i ?? (mods[0]?.i ?? nStart) : (mods[0]?.i ?? nStart);
      const prefix = counted ? `${det} ` : '';
      const name = `${prefix}${mods.map((x) => x.w).join(' ')}${mods.length ? ' ' : ''}${noun.replace(/\s+/g, ' ')}${tail ? ' ' + tail : ''}`.replace(/\s+/g, ' ').trim();
      let end = tail ? text.indexOf(tail.split(' ').pop()!, tailFrom) + tail.split(' ').pop()!.length : nEnd;
      end = Math.max(end, nEnd);
      if (counted) {
        // "signed 17 agreements covering ..., including fisheries, tourism and ports": the fields name them
        const incl = /^[^.;]*?,\s*(including\s+(?!(?:a|an|the|one|two)\s)[^.;]+)/.exec(text.slice(end, s.end));
        const count = NUMWORDS.has(det!) ? null : Number(det);
        const fields = /\bin\s+the\s+(?:fields|areas|spheres)\s+of\s+(.+)$/i.exec(tail);
        if ((det === 'two' || count === 2) && fields && / and /.test(fields[1])) {
          // "two agreements, in the fields of A and B": one agreement each
          const k = fields[1].lastIndexOf(' and ');
          for (const field of [fields[1].slice(0, k), fields[1].slice(k + 5)]) {
            drafts.push(draft(doc, ann, s, start, end, `agreement in the field of ${field.trim()}`, nounLower.replace(/s$/, ''), true, main, ref));
          }
          continue;
        }
        const full = incl ? `${name} ${incl[1].trim()}` : name;
        if (incl) end = end + incl.index + incl[0].length;
        drafts.push(draft(doc, ann, s, start, end, full.replace(/\s+/g, ' '), nounLower.replace(/s$/, ''), false, main, ref));
        continue;
      }
      drafts.push(draft(doc, ann, s, start, end, name, nounLower.replace(/s$/, ''), false, main, ref));
    }
  }
  return merge(drafts).map((d) => ({
    kind: 'agreement' as const,
    name: d.name,
    parties: d.parties,
    date: d.date,
    status: d.status,
    evidence: evidenceOf(doc, d.start, Math.min(d.end, d.start + 240)),
  }));
}

function headOf(name: string): string {
  NOUN_RE.lastIndex = 0;
  const m = NOUN_RE.exec(name);
  return m ? m[0].toLowerCase().replace(/\s+/g, ' ').replace(/s$/, '') : name.split(/\s+/)[0].toLowerCase();
}

function draft(
  doc: Document, ann: Annotations, s: Sentence, start: number, end: number, name: string, head: string, quoted: boolean,
  main: readonly string[], ref: number | null,
): Draft {
  const text = doc.text;
  // parties: "between X and Y" in the name, else the states of the sentence, else the article's two main states
  let parties: string[] = [];
  if (/\bbetween\s/i.test(name)) {
    const off = text.slice(start, end).search(/\bbetween\s/i);
    if (off >= 0) parties = uniqRefs(statesIn(doc, ann, start + off, end));
  }
  const fromBetween = parties.length >= 2;
  if (parties.length < 2) {
    // (a state named only as the place of a meeting is no party: "during a meeting in New Delhi")
    const placeOnly = (ref: string) => ann.mentions.some((m) => m.ref === ref && m.via === 'venue' && m.start >= s.start && m.end <= s.end)
      && !ann.mentions.some((m) => m.ref === ref && m.via !== 'venue' && m.start >= s.start && m.end <= s.end);
    const all = uniqRefs(statesIn(doc, ann, s.start, s.end));
    const inSentence = all.length > 2 ? all.filter((r) => !placeOnly(r)) : all;
    if (inSentence.length >= 2) parties = inSentence;
    else if (inSentence.length === 1) parties = [inSentence[0], ...main.filter((m) => m !== inSentence[0]).slice(0, 1)];
    else parties = main.slice(0, 2);
  }
  const periods = findPeriods(text, s.start, s.end, ref).filter((p) => p.period && /^\d{4}$/.test(p.period));
  let date: string | null = null;
  let bd = Infinity;
  for (const p of periods) {
    const d = p.end <= start ? start - p.end : p.start >= end ? p.start - end : 0;
    if (d < bd && d < 60) { bd = d; date = p.period; }
  }
  return { name, head, quoted, start, end, sentence: s, status: statusOf(text, s, start, end), parties, between: fromBetween, date };
}

/** The same document named twice (a later mention, a shorter form) is one agreement. */
function merge(drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const same = out.find((o) =>
      o.quoted && d.quoted
        ? overlap(o.name, d.name, 'max') >= 0.9
        // a shorter mention inside a fuller one, or nearly the same wording; "agreement on cooperation in
        // health" and "... in energy" stay two
        : o.head === d.head &&
          (overlap(o.name, d.name, 'min') >= 0.99 || overlap(o.name, d.name, 'max') >= 0.9 ||
            // a meeting usually yields one declaration or roadmap: two wordings of it are one document
            (ONE_PER_MEETING.test(d.head) && overlap(o.name, d.name, 'min') >= 0.6)),
    );
    if (!same) {
      out.push(d);
      continue;
    }
    if (same.status !== 'signed' && d.status === 'signed') same.status = 'signed';
    if (!same.date && d.date) same.date = d.date;
    // the fuller mention ("a joint Declaration between Peru and Bolivia") names the parties
    if (d.between && !same.between) {
      same.parties = d.parties;
      same.between = true;
      if (d.name.length > same.name.length) same.name = d.name;
    }
  }
  return out;
}

export const agreementsExtractor = defineExtractor('agreements/documents', '1', (ctx: ExtractContext): Fact[] =>
  extractAgreements(ctx.doc, ctx.ann),
);
