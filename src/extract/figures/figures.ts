// figures/amounts: money and quantities that concern state relations or a state sector.
// A quantity becomes a figure only when a metric cue (trade, exports, investment, aid...) governs
// it in its sentence; period, status, change_pct and direction come from the same sentence.
import type { Annotations, Document, ExtractContext, Fact, FigureFact, FigureMetric, Sentence } from '../../core/types.ts';
import { defineExtractor, evidenceOf } from '../../core/types.ts';
import { BARE_CURRENCY, LEXICON, findCounts, findPercents, findQuantities, type Percent, type Quantity } from './quantities.ts';
import { findPeriods, referenceYear, type PeriodHit } from './periods.ts';
import { mainStates, statesIn, uniqRefs, type StateRef } from '../states.ts';
import { isHeading, readingUnits } from './units.ts';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const words = (xs: readonly string[]) => new RegExp(`\\b(?:${[...xs].sort((a, b) => b.length - a.length).map(esc).join('|')})\\b`, 'gi');

const METRIC_CUES = LEXICON.metrics.map((m) => ({ metric: m.metric as FigureMetric, re: words(m.cues) }));
const DEFENSE_RE = /\b(?:defen[cs]e|military|arms|weapons?|armaments?|munitions?|ammunition|drones?|fighter jets?|missiles?|rockets?|launchers?|tanks|howitzers?|artillery|helicopters?|radars?|warships?)\b/i;
const SALE_RE = /\b(?:purchas(?:e|ed|es|ing)|buy(?:ing)?|bought|sales?|selling|sold|deals?|contracts?|exports?|exporter|exported)\b/gi;
const TARGET_VERB_RE = new RegExp(`\\b(?:${LEXICON.targetVerbs.map(esc).join('|')})\\b[^.;:!?]{0,80}?\\bto\\s+(?:about\\s+|around\\s+|nearly\\s+|almost\\s+|over\\s+)?$`, 'i');
const FUTURE_RE = /\b(?:will|would|shall|plans? to|planned|intends? to|aims? to|(?:are|is) ready to|willing to|prepared to|goal|target|envisage[sd]?|promised?|promises)\b/i;
const FORECAST_RE = words(LEXICON.forecastCues);
const UPTO_RE = /\b(?:up to|as much as)\s*$/i;
const CAPACITY_RE = /\b(?:capacity|able to|ready to|possible to|can)\b/i;
const GROWTH_RE = words(LEXICON.growthWords);
const DECLINE_RE = words(LEXICON.declineWords);
const FROM_BEFORE_RE = /\bfrom\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$/i;
const STATE_WINDOW = 400;
const DELIVERY_RE = words(LEXICON.deliveryCues);
const COUNT_CONTEXT_RE = words(LEXICON.countContext);
const refsTo = (text: string, s: Sentence) => TO_STATE_RE.test(text.slice(s.start, s.end));
const TO_STATE_RE = /\bto\s+(?:the\s+)?[A-Z][a-z]+/;
const IGNORE_RE = words(LEXICON.ignoreCues);
const CLAUSE_BREAK = /[;!?]|\.\s|\band\s+(?:the|its|their)\b|,\s*(?:as well as|with|while|which|whereas|but)\b/;
const REPORTING_RE = /\b(?:said|says|claimed|claims|noted|notes|stated|announced|told|reported|added|stressed|emphasized|recalled)\b/i;
const ANAPHORA_RE = /\b(?:the figure|this figure|that figure|the indicator|this indicator|the volume|this volume|it|the amount|this amount)\b/i;

interface Draft {
  q: Quantity;
  sentence: Sentence;
  metric: FigureMetric;
  period: string | null;
  status: FigureFact['status'];
  change_pct: number | null;
  equivalent: { value: number; unit: string } | null;
  countries: string[];
  from: string | null;
  to: string | null;
}

/** Nearest metric cue to a quantity within its sentence (cues after it cost a little more). */
function metricFor(text: string, s: Sentence, q: Quantity, prevSentence: Sentence | null): FigureMetric | null {
  const sent = text.slice(s.start, s.end);
  let best: { metric: FigureMetric; d: number; cue: string } | null = null;
  const consider = (metric: FigureMetric, cs: number, ce: number) => {
    let d: number;
    if (ce <= q.start) d = q.start - ce;
    else if (cs >= q.end) d = cs - q.end + 25;
    else return;
    // a clause boundary between cue and quantity weakens the link
    const between = cs >= q.end ? text.slice(q.end, cs) : text.slice(ce, q.start);
    if (CLAUSE_BREAK.test(between)) d += 60;
    if (!best || d < best.d) best = { metric, d, cue: text.slice(cs, ce) };
  };
  // arms sales first: on a tie they win over generic cues ("contracts worth")
  if (DEFENSE_RE.test(sent)) {
    SALE_RE.lastIndex = 0;
    for (const m of sent.matchAll(SALE_RE)) consider('defense_exports', s.start + m.index!, s.start + m.index! + m[0].length);
  }
  for (const { metric, re } of METRIC_CUES) {
    re.lastIndex = 0;
    for (const m of sent.matchAll(re)) consider(metric, s.start + m.index!, s.start + m.index! + m[0].length);
  }
  // "delivered food and medicine worth $11 million to Ukraine": a delivery to a state is aid
  if (refsTo(text, s)) {
    DELIVERY_RE.lastIndex = 0;
    for (const m of sent.matchAll(DELIVERY_RE)) {
      consider(DEFENSE_RE.test(sent) ? 'defense_exports' : 'aid', s.start + m.index!, s.start + m.index! + m[0].length);
    }
  }
  const defenseHere = DEFENSE_RE.test(sent) || (prevSentence != null && DEFENSE_RE.test(text.slice(prevSentence.start, prevSentence.end)));
  const b = best as { metric: FigureMetric; d: number; cue: string } | null;
  if (!b || b.d > 90) return null;
  let metric = b.metric;
  // "contracts worth $250 million ... for rocket systems": an arms deal
  if (metric === 'other' && /\b(?:contracts?|deals?|agreements?)\b/i.test(b.cue) && DEFENSE_RE.test(sent)) metric = 'defense_exports';
  if (defenseHere && metric === 'production') metric = 'defense_production';
  if (defenseHere && metric === 'exports' && q.kind === 'money') metric = 'defense_exports';
  if (metric === 'investment' && q.kind !== 'money') return null;
  if (metric === 'trade_turnover' && q.kind !== 'money') return null;
  if (q.unit === 'units' && !['exports', 'imports', 'aid', 'defense_exports'].includes(metric)) return null;
  return metric;
}

function statusFor(text: string, s: Sentence, q: Quantity, clauseStart: number): FigureFact['status'] {
  const before = text.slice(Math.max(clauseStart, q.start - 120), q.start);
  const after = text.slice(q.end, Math.min(s.end, q.end + 40));
  if (UPTO_RE.test(before) && CAPACITY_RE.test(text.slice(s.start, q.start)) ) return 'capacity';
  if (/\bcapacity\b/i.test(text.slice(Math.max(s.start, q.start - 40), Math.min(s.end, q.end + 35)))) return 'capacity';
  if (FROM_BEFORE_RE.test(before)) return 'actual';
  FORECAST_RE.lastIndex = 0;
  if (FORECAST_RE.test(before.slice(-50)) || /^\W{0,3}(?:is|are)?\s*(?:expected|forecast|projected)\b/i.test(after)) return 'forecast';
  if (TARGET_VERB_RE.test(before)) return 'target';
  if (FUTURE_RE.test(before.slice(-60)) || /^[^.;]{0,25}\b(?:will\s+be|(?:has|have)\s+(?:already\s+)?been\s+(?:committed|pledged|promised))\b/i.test(after)) return 'target';
  return 'actual';
}

/** Growth rate that qualifies a figure: "a 14% increase", "increased by 3.7 percent", "or 172.31 percent compared". */
function growthOf(text: string, p: Percent, s: Sentence): number | null {
  const before = text.slice(Math.max(s.start, p.start - 40), p.start);
  const after = text.slice(p.end, Math.min(s.end, p.end + 40));
  // "grew three-fold": +200%
  if (p.kind === 'fold') return Math.round((p.value - 1) * 10000) / 100;
  if (/\bor\s+$/i.test(before) && /^\s*(?:compared|against|of the|year-on-year)/i.test(after) && p.value > 100) {
    return Math.round((p.value - 100) * 100) / 100;
  }
  if (/^\s*(?:more|higher|up|increase)\b/i.test(after)) return p.value;
  if (/^\s*(?:less|lower|down|decrease)\b/i.test(after)) return -p.value;
  const near = before.slice(-30) + ' ' + after.slice(0, 25);
  DECLINE_RE.lastIndex = 0;
  GROWTH_RE.lastIndex = 0;
  if (DECLINE_RE.test(near)) return -p.value;
  GROWTH_RE.lastIndex = 0;
  if (GROWTH_RE.test(near)) return p.value;
  return null;
}

function directionFor(
  text: string, metric: FigureMetric, q: Quantity, sent: Sentence, refs: readonly StateRef[], main: readonly string[],
): { from: string | null; to: string | null } {
  const before = refs.filter((r) => r.end <= q.start);
  const after = refs.filter((r) => r.start >= q.end);
  const prep = (r: StateRef, word: RegExp) => word.test(text.slice(Math.max(sent.start, r.start - 25), r.start));
  const to = refs.find((r) => prep(r, /\b(?:to|in|into|for)\s+(?:the\s+)?$/i))?.ref ?? null;
  const fromRef = refs.find((r) => prep(r, /\bfrom\s+(?:the\s+)?$/i))?.ref ?? null;
  const subject = (before.find((r) => r.ref !== to) ?? after.find((r) => r.ref !== to && r.ref !== fromRef))?.ref ?? null;
  switch (metric) {
    case 'investment':
    case 'aid':
    case 'other':
      if (metric === 'other' && !to && !fromRef) return { from: null, to: null };
      return { from: fromRef ?? subject ?? null, to: to !== (fromRef ?? subject) ? to : null };
    case 'exports':
    case 'defense_exports': {
      const from = fromRef ?? (subject && subject !== to ? subject : main.find((m) => m !== to) ?? null);
      return { from, to: to && to !== from ? to : null };
    }
    case 'imports': {
      const dest = main[0] ?? null;
      const src = fromRef ?? refs.map((r) => r.ref).find((r) => r !== dest) ?? null;
      return { from: src, to: dest };
    }
    case 'transit_volume':
      return { from: before.find((r) => r.adjective)?.ref ?? null, to: null };
    default:
      return { from: null, to: null };
  }
}

export function extractFigures(doc: Document, ann: Annotations): FigureFact[] {
  const text = doc.text;
  const ref = referenceYear(doc.published) ?? headerYear(text);
  const main = mainStates(doc, ann);
  const drafts: Draft[] = [];
  let lastPeriod: string | null = null;
  let lastDraft: Draft | null = null;
  const sentences = readingUnits(text, ann.sentences);
  const allQs = findQuantities(text);
  // people trained or educated by another state: "accepted 600 officials for trainings"
  for (const c of findCounts(text)) {
    const u = sentences.find((x) => x.start <= c.start && c.start < x.end);
    if (!u || allQs.some((q) => q.start < c.end && c.start < q.end)) continue;
    COUNT_CONTEXT_RE.lastIndex = 0;
    if (COUNT_CONTEXT_RE.test(text.slice(u.start, u.end))) allQs.push(c);
  }
  allQs.sort((a, b) => a.start - b.start);
  const allPcts = findPercents(text);
  for (let si = 0; si < sentences.length; si++) {
    const s0 = sentences[si];
    if (isHeading(text, s0)) continue;
    const qs = allQs.filter((q) => q.start >= s0.start && q.start < s0.end);
    const s: Sentence = qs.length && qs[qs.length - 1].end > s0.end ? { ...s0, end: qs[qs.length - 1].end } : s0;
    const pcts = allPcts.filter((p) => p.start >= s.start && p.start < s.end);
    const periods = findPeriods(text, s.start, s.end, ref);
    const refs = statesIn(doc, ann, s.start, s.end);
    // "430 million shillings": the currency of a state named in the sentence (else of the article's main states)
    for (let i = 0; i < qs.length; i++) {
      if (!qs[i].unit.startsWith('?')) continue;
      const byState = BARE_CURRENCY.get(qs[i].unit.slice(1));
      const st = [...uniqRefs(refs), ...main].find((r) => byState?.has(r));
      if (st) qs[i] = { ...qs[i], unit: byState!.get(st)! };
    }
    for (let i = qs.length - 1; i >= 0; i--) if (qs[i].unit.startsWith('?')) qs.splice(i, 1);
    // a figure concerns a state: one is named in this sentence or shortly before it
    if (qs.length && !refs.length && !statesIn(doc, ann, Math.max(0, s.start - STATE_WINDOW), s.start).length) continue;
    const inSentence: Draft[] = [];
    // conversions in brackets belong to the figure before them
    const equivalentOf = new Map<Quantity, Quantity>();
    for (let i = 1; i < qs.length; i++) {
      const gap = text.slice(qs[i - 1].end, qs[i].start);
      if (/^\s*\(\s*(?:about|around|approximately|approx\.|some|nearly|~)?\s*$/i.test(gap) && /^\s*\)/.test(text.slice(qs[i].end, qs[i].end + 3))) {
        equivalentOf.set(qs[i], qs[i - 1]);
      }
    }
    let clauseStart = s.start;
    for (const q of qs) {
      if (equivalentOf.has(q)) continue;
      const prev = si > 0 ? sentences[si - 1] : null;
      // prices, fines, net worth...: not a figure about a state; nor unit prices ("$0.10/W")
      const near = text.slice(Math.max(s.start, q.start - 40), q.start) + ' ' + text.slice(q.end, Math.min(s.end, q.end + 25));
      IGNORE_RE.lastIndex = 0;
      if (IGNORE_RE.test(near) || /^\s?\//.test(text.slice(q.end, q.end + 2))) {
        clauseStart = q.end;
        continue;
      }
      let metric = q.unit === 'persons' ? 'other' as FigureMetric : metricFor(text, s, q, prev);
      if (!metric && lastDraft && lastDraft.sentence.index >= s.index - 1 && ANAPHORA_RE.test(text.slice(clauseStart, q.start))) {
        metric = lastDraft.metric;
      }
      // "worth $7 million and weighing about 250 tons": a second measure of the same flow
      const prevHere = inSentence[inSentence.length - 1];
      if (!metric && prevHere && /^[\s,]*(?:and\s+)?(?:weighing|worth|totall?ing|amounting\s+to|or)?\s*(?:over|about|nearly|around|some|more\s+than|almost)?\s*$/i.test(text.slice(prevHere.q.end, q.start))) {
        metric = prevHere.metric;
      }
      if (!metric) {
        clauseStart = q.end;
        continue;
      }
      const period = pickPeriod(text, periods, q, lastPeriod);
      const status = statusFor(text, s, q, clauseStart);
      const eq = [...equivalentOf.entries()].find(([, base]) => base === q)?.[0];
      const countries = uniqRefs(refs);
      const d: Draft = {
        q, sentence: s, metric, period, status, change_pct: null,
        equivalent: eq ? { value: eq.value, unit: eq.unit } : null,
        countries: countries.length ? countries : main.slice(0, metric === 'trade_turnover' ? 2 : 1),
        from: null, to: null,
      };
      const dir = directionFor(text, metric, q, s, refs, main);
      d.from = dir.from;
      d.to = dir.to;
      if (metric === 'trade_turnover' && d.countries.length < 2) d.countries = [...new Set([...d.countries, ...main.slice(0, 2)])];
      // a flow between the article's two main states: one known side gives the other
      if (['aid', 'defense_exports', 'investment'].includes(metric) && (d.from || d.to) && !(d.from && d.to)) {
        const pair = main.slice(0, 2);
        const known = (d.from ?? d.to)!;
        const other = pair.includes(known) ? pair.find((m) => m !== known) ?? null : null;
        if (d.from) d.to = other;
        else d.from = other;
      }
      for (const c of [d.from, d.to]) if (c && !d.countries.includes(c)) d.countries = [...d.countries, c];
      inSentence.push(d);
      clauseStart = q.end;
    }
    // growth rates: attach to the nearest figure of the sentence, else to the last figure with the same period
    for (const p of pcts) {
      const g = growthOf(text, p, s);
      if (g == null) continue;
      const target = nearest(inSentence, p);
      if (target) {
        if (target.change_pct == null) target.change_pct = g;
        continue;
      }
      if (inSentence.length === 0 && lastDraft && lastDraft.change_pct == null) {
        const per = periods.find((h) => h.period)?.period ?? null;
        const sent = text.slice(s.start, s.end);
        const sameMetric = metricCueIn(sent, lastDraft.metric);
        if (per && per === lastDraft.period && sameMetric) lastDraft.change_pct = g;
      }
    }
    // a bare percentage that is itself the figure: tariff/duty rates
    for (const p of pcts) {
      if (p.kind !== 'percent') continue;
      const around = text.slice(Math.max(s.start, p.start - 60), Math.min(s.end, p.end + 40));
      if (!/\b(?:dut(?:y|ies)|tariffs?)\b/i.test(around) || growthOf(text, p, s) != null) continue;
      inSentence.push({
        q: { start: p.start, end: p.end, value: p.value, unit: '%', kind: 'quantity', text: text.slice(p.start, p.end) },
        sentence: s, metric: 'other', period: null, status: 'actual', change_pct: null, equivalent: null,
        countries: uniqRefs(refs).length ? uniqRefs(refs) : main.slice(0, 2),
        ...directionFor(text, 'other', { start: p.start, end: p.end, value: p.value, unit: '%', kind: 'quantity', text: '' }, s, refs, main),
      });
    }
    for (const d of inSentence) {
      if (d.period) lastPeriod = d.period;
      lastDraft = d;
    }
    if (!inSentence.length) {
      const p = periods.find((h) => h.period);
      if (p && qs.length === 0 && pcts.length === 0) { /* a period alone does not carry over */ }
    }
    drafts.push(...inSentence);
  }
  // the same figure repeated (duplicated paragraphs, summary lines) is one figure
  const seen = new Set<string>();
  const out: FigureFact[] = [];
  for (const d of drafts) {
    const key = `${d.metric}|${d.q.value}|${d.q.unit}|${d.period}|${d.status}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const ev = evidenceSpan(text, d.sentence, d.q);
    out.push({
      kind: 'figure',
      metric: d.metric,
      value: d.q.value,
      unit: d.q.unit,
      period: d.period,
      countries: d.countries,
      from: d.from,
      to: d.to,
      status: d.status,
      change_pct: d.change_pct,
      equivalent: d.equivalent,
      text: d.q.text,
      evidence: evidenceOf(doc, ev.start, ev.end),
    });
  }
  return out;
}

function metricCueIn(sent: string, metric: FigureMetric): boolean {
  const base = metric === 'defense_production' ? 'production' : metric === 'defense_exports' ? 'exports' : metric;
  const cue = METRIC_CUES.find((c) => c.metric === base);
  if (!cue) return false;
  cue.re.lastIndex = 0;
  return cue.re.test(sent);
}

function nearest<T extends { q: Quantity }>(xs: readonly T[], p: { start: number; end: number }): T | null {
  let best: T | null = null;
  let bd = Infinity;
  for (const x of xs) {
    const d = x.q.end <= p.start ? p.start - x.q.end : x.q.start >= p.end ? x.q.start - p.end : 0;
    if (d < bd) { bd = d; best = x; }
  }
  return best;
}

function pickPeriod(text: string, periods: readonly PeriodHit[], q: Quantity, last: string | null): string | null {
  let best: PeriodHit | null = null;
  let bd = Infinity;
  for (const h of periods) {
    if (h.base) continue;
    // "In 2016, the president claimed that ... $4.85 billion": the year dates the claim, not the figure
    if (h.end <= q.start && REPORTING_RE.test(text.slice(h.end, q.start))) continue;
    const d = h.end <= q.start ? q.start - h.end : h.start >= q.end ? h.start - q.end + 10 : 0;
    if (d < bd) { bd = d; best = h; }
  }
  if (!best) return null;
  if (best.inherit) return last;
  return best.period;
}

/** Evidence: the sentence around the quantity, cut to at most ~200 characters. */
function evidenceSpan(text: string, s: Sentence, q: Quantity): { start: number; end: number } {
  let start = s.start;
  let end = s.end;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end - start > 200) {
    start = Math.max(s.start, q.start - 110);
    end = Math.min(end, q.end + 90);
    const sp = text.indexOf(' ', start);
    if (sp > 0 && sp < q.start) start = sp + 1;
  }
  return { start, end };
}

/** A year from the article header when the publication date is unknown ("Tuesday, 14 March 2017"). */
function headerYear(text: string): number | null {
  const head = text.slice(0, 400);
  const m = /\b(?:\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December),?\s+|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+)((?:19|20)\d\d)\b/.exec(head);
  return m ? Number(m[1]) : null;
}

export const figuresExtractor = defineExtractor('figures/amounts', '1', (ctx: ExtractContext): Fact[] =>
  extractFigures(ctx.doc, ctx.ann),
);
