// Date expressions in a piece of text, resolved against the publication date.
// chrono-node (casual English, publication date as reference, forwardDate false) plus our own
// parsers for years ("in 2013"), quarters ("the third quarter of 2019") and relative periods
// ("last year", "this month"), then refiners that drop false hits ("1-1.5", clock times, "now").
import * as chrono from 'chrono-node';
import type { DatePrecision } from '../core/types.ts';
import { MONTH_NAME, isoDate, monthNumber } from '../core/calendar.ts';

export interface DateHit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** YYYY-MM-DD | YYYY-MM | YYYY */
  readonly date: string;
  readonly precision: Exclude<DatePrecision, null>;
  /** name of the rule that produced the hit */
  readonly rule: string;
}

const fmt = (y: number, m: number | null, d: number | null): string => isoDate(y, m, d);

function parsePublished(published: string | null): Date | null {
  if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return null;
  const d = new Date(`${published}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

const QUARTER_RE = /\b(?:the\s+)?(first|second|third|fourth|last|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?((?:19|20)\d{2})\b/gi;
const HALF_RE = /\b(?:the\s+)?(first|second)\s+half\s+(?:of\s+)?((?:19|20)\d{2})\b/gi;
const YEAR_RE = /\b(?:in|since|of|from|until|by|during|throughout|before|after|year)\s+((?:19|20)\d{2})\b(?![-–/]\d)/gi;
const BARE_YEAR_RE = /(?<![\d$€£.,-])\b((?:19|20)\d{2})\b(?![-–/.,]?\d)(?!\s*(?:percent|%|tons?|km|people|troops|units|million|billion))/g;
/** "12.03.2019": dotted numeric dates are day-first (the US writes slashes). */
const DOTTED_RE = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b(?!\.\d)/g;
/** "28.09-03.10.2009": a dotted day range; the event starts on its first day. */
const DOTTED_RANGE_RE = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.?\s*[-–]\s*(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b/g;
/** "two weeks later", "a day after": an offset from a time the narrative set, not from publication. */
const NARRATIVE_OFFSET = /\b(?:later|after(?:wards)?|earlier|before)\s*$/i;
const RELATIVE_RE = /\b(last|this|next|past|previous|current|the\s+same)\s+(year|month)\b/gi;
const EARLIER_RE = /\b(earlier|later)\s+this\s+(year|month)\b/gi;
/** chrono hits that are not dates: ranges of numbers, clock times, casual references. */
/** "in 12 years", "in a decade": after a first or a superlative, how long since, not when. */
/** A count of units of time: "12 years", "three months", "a few weeks". */
const TIME_COUNT = String.raw`(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|several|many|a\s+few)\s+(?:years?|months?|weeks?|days?|hours?|decades?)`;
const SPAN = new RegExp(String.raw`^in\s+${TIME_COUNT}$`, 'i');
const SUPERLATIVE = /\b(?:first|last|highest|lowest|largest|biggest|worst|best|longest|most|least|record|only)\b/i;
const FALSE_HIT = /^(?:\d+(?:[.,]\d+)?\s*[-–]\s*\d+(?:[.,]\d+)?|now|right now|at the moment|currently|\d+(?:[.,]\d+)?)$/i;
/** A deadline, not a date: "within three months", "within 30 days". */
const WITHIN = new RegExp(String.raw`^within\s+(?:the\s+next\s+)?${TIME_COUNT}$`, 'i');

const MONTH_OF_RELATIVE_YEAR_RE = new RegExp(String.raw`\b(${MONTH_NAME})\.?(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?,?\s+(last|next|this)\s+year\b`, 'gi');

/** All date expressions in `text` (offsets relative to `text`, plus `offset`). */
export function findDates(text: string, published: string | null, offset = 0): DateHit[] {
  const ref = parsePublished(published);
  const hits: DateHit[] = [];
  const add = (start: number, end: number, date: string, precision: DateHit['precision'], rule: string) => {
    // (hits are kept in document offsets, start and end are offsets into text)
    if (hits.some((h) => start + offset < h.end && h.start < end + offset)) return;
    hits.push({ start: start + offset, end: end + offset, text: text.slice(start, end), date, precision, rule });
  };
  const local = (h: DateHit) => ({ start: h.start - offset, end: h.end - offset });

  const valid = (d: number, mo: number) => d >= 1 && d <= 31 && mo >= 1 && mo <= 12;
  for (const m of text.matchAll(DOTTED_RANGE_RE)) {
    const [d1, m1, d2, m2, y] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
    if (!valid(d1, m1) || !valid(d2, m2)) continue;
    add(m.index!, m.index! + m[0].length, fmt(m1 > m2 ? y - 1 : y, m1, d1), 'day', 'dotted-range');
  }
  for (const m of text.matchAll(DOTTED_RE)) {
    const [d, mo, y] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
    if (valid(d, mo)) add(m.index!, m.index! + m[0].length, fmt(y, mo, d), 'day', 'dotted');
  }
  // a quarter or a half spans several months: the finest precision that holds all of it is the year
  for (const m of text.matchAll(QUARTER_RE)) add(m.index!, m.index! + m[0].length, m[2]!, 'year', 'quarter');
  for (const m of text.matchAll(HALF_RE)) add(m.index!, m.index! + m[0].length, m[2]!, 'year', 'half');
  if (ref) {
    const y = ref.getUTCFullYear();
    const mo = ref.getUTCMonth() + 1;
    for (const m of text.matchAll(EARLIER_RE)) {
      add(m.index!, m.index! + m[0].length, m[2]!.toLowerCase() === 'year' ? fmt(y, null, null) : fmt(y, mo, null),
        m[2]!.toLowerCase() === 'year' ? 'year' : 'month', 'relative');
    }
    // "in August last year", "on March 3 next year": the month (and day) of the year before or after
    for (const m of text.matchAll(MONTH_OF_RELATIVE_YEAR_RE)) {
      const month = monthNumber(m[1]!);
      const day = m[2] ? Number(m[2]) : null;
      const delta = m[3]!.toLowerCase() === 'last' ? -1 : m[3]!.toLowerCase() === 'next' ? 1 : 0;
      if (day !== null && !valid(day, month)) continue;
      add(m.index!, m.index! + m[0].length, fmt(y + delta, month, day), day !== null ? 'day' : 'month', 'month-relative');
    }
    for (const m of text.matchAll(RELATIVE_RE)) {
      const which = m[1]!.toLowerCase().replace(/\s+/g, ' ');
      const unit = m[2]!.toLowerCase();
      const delta = which === 'last' || which === 'past' || which === 'previous' ? -1 : which === 'next' ? 1 : 0;
      if (which === 'the same') continue; // "the same period last year": handled by the "last year" hit
      if (unit === 'year') add(m.index!, m.index! + m[0].length, fmt(y + delta, null, null), 'year', 'relative');
      else {
        const d = new Date(Date.UTC(y, mo - 1 + delta, 1));
        add(m.index!, m.index! + m[0].length, fmt(d.getUTCFullYear(), d.getUTCMonth() + 1, null), 'month', 'relative');
      }
    }
  }

  const results = chrono.casual.parse(text, ref ? { instant: ref, timezone: 0 } : new Date(Date.UTC(2000, 0, 1)), { forwardDate: false });
  for (const r of results) {
    const s = r.index;
    const e = r.index + r.text.length;
    const t = r.text.trim();
    if (FALSE_HIT.test(t) || WITHIN.test(t)) continue;
    // "the first visit in 12 years", "the highest level in a decade": a span of time, not a future date
    if (SPAN.test(t) && SUPERLATIVE.test(text.slice(Math.max(0, s - 80), s))) continue;
    if (NARRATIVE_OFFSET.test(t)) continue; // "two weeks later": see narrativeOffset()
    // "Kazakhstan Today", "USA Today": a capitalised casual word after a name is part of the name
    if (/^(?:Today|Tonight|Tomorrow|Yesterday)$/.test(t) && /\p{Lu}[\p{L}.]*\s+$/u.test(text.slice(Math.max(0, s - 30), s))) continue;
    const c = r.start;
    const yearKnown = c.isCertain('year');
    const monthKnown = c.isCertain('month');
    const dayKnown = c.isCertain('day');
    const weekday = c.isCertain('weekday');
    if (!dayKnown && !monthKnown && !yearKnown && !weekday) continue; // clock times only
    if (!ref && !yearKnown) continue; // "on Friday", "today", "June 10" with no publication date
    if (!ref) {
      // relative to "now": meaningless without a publication date
      const tags = typeof (r as { tags?: () => Set<string> }).tags === 'function' ? [...(r as unknown as { tags: () => Set<string> }).tags()] : [];
      if (tags.some((x) => x.startsWith('casualReference') || x.includes('relative') || x.includes('Casual'))) continue;
      if (/\b(?:today|tonight|yesterday|tomorrow|ago|last|next|this|past)\b/i.test(t)) continue;
    }
    let d = c.date();
    if (ref && weekday && !dayKnown && d.getTime() > ref.getTime() + 12 * 3600e3) {
      d = new Date(d.getTime() - 7 * 86400e3); // "on Friday" in news means the last Friday
    }
    const Y = d.getUTCFullYear();
    const M = d.getUTCMonth() + 1;
    const D = d.getUTCDate();
    if (dayKnown || weekday) add(s, e, fmt(Y, M, D), 'day', 'chrono');
    else if (monthKnown) add(s, e, fmt(Y, M, null), 'month', 'chrono');
    else if (yearKnown) add(s, e, fmt(Y, null, null), 'year', 'chrono');
  }

  for (const m of text.matchAll(YEAR_RE)) {
    const s = m.index! + m[0].length - m[1]!.length;
    add(s, s + 4, m[1]!, 'year', 'year');
  }
  for (const m of text.matchAll(BARE_YEAR_RE)) {
    const s = m.index!;
    if (hits.some((h) => s < local(h).end && local(h).start < s + 4)) continue;
    const yr = Number(m[1]);
    if (ref && yr > ref.getUTCFullYear() + 30) continue;
    add(s, s + 4, m[1]!, 'year', 'bare-year');
  }
  return hits.sort((a, b) => a.start - b.start);
}

const RANK = { day: 3, month: 2, year: 1 } as const;

/** The date of an event stated in `text`: the finest hit; ties go to the first one. */
export function resolveDate(text: string, published: string | null, offset = 0): DateHit | null {
  let best: DateHit | null = null;
  for (const h of findDates(text, published, offset)) {
    if (!best || RANK[h.precision] > RANK[best.precision]) best = h;
  }
  return best;
}

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, few: 3, several: 3, couple: 2 };
const OFFSET_RE = /\b(?:(?:only|just|barely|some|about|nearly|almost)\s+)?(?:a\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|couple|\d{1,2})\s+(?:of\s+)?(days?|weeks?|months?|years?)\s+(later|earlier|afterwards|(?:after|before)(?=\s*[,.;:]|\s*$))/i;

export interface NarrativeOffset {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** signed offset from the narrative's last date */
  readonly amount: number;
  readonly unit: 'day' | 'week' | 'month' | 'year';
}

/** "Barely two weeks later", "a day earlier": an offset from the last date the narrative gave. */
export function narrativeOffset(text: string, offset = 0): NarrativeOffset | null {
  const m = OFFSET_RE.exec(text);
  if (!m) return null;
  const n = NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
  const unit = m[2]!.toLowerCase().replace(/s$/, '') as NarrativeOffset['unit'];
  const sign = /^(?:earlier|before)$/i.test(m[3]!) ? -1 : 1;
  return { start: m.index + offset, end: m.index + m[0].length + offset, text: m[0], amount: sign * n, unit };
}

/**
 * Shift a date by a narrative offset. The precision is the finest one the offset keeps: "a day
 * later" keeps the day; "two weeks later" keeps the month when a few days either way stay in it,
 * else the year; months keep the month, years the year.
 */
export function shiftDate(from: string, o: Pick<NarrativeOffset, 'amount' | 'unit'>): { date: string; precision: DateHit['precision'] } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(from);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : null;
  const d = m[3] ? Number(m[3]) : null;
  if (o.unit === 'year') return { date: String(y + o.amount), precision: 'year' };
  if (mo == null) return { date: String(y), precision: 'year' };
  if (o.unit === 'month') {
    const t = new Date(Date.UTC(y, mo - 1 + o.amount, 1));
    return { date: fmt(t.getUTCFullYear(), t.getUTCMonth() + 1, null), precision: 'month' };
  }
  if (d == null) return { date: String(y), precision: 'year' };
  const days = o.unit === 'week' ? 7 * o.amount : o.amount;
  const at = (k: number) => new Date(Date.UTC(y, mo - 1, d + k));
  const t = at(days);
  if (o.unit === 'day' && Math.abs(o.amount) <= 3) return { date: fmt(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()), precision: 'day' };
  const slack = Math.max(1, Math.round(Math.abs(days) / 4));
  const lo = at(days - slack);
  const hi = at(days + slack);
  if (lo.getUTCMonth() === hi.getUTCMonth() && lo.getUTCFullYear() === hi.getUTCFullYear()) return { date: fmt(t.getUTCFullYear(), t.getUTCMonth() + 1, null), precision: 'month' };
  return lo.getUTCFullYear() === hi.getUTCFullYear() ? { date: String(t.getUTCFullYear()), precision: 'year' } : null;
}
