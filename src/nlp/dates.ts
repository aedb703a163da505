// Date expressions in a piece of text, resolved against the publication date.
// chrono-node (casual English, publication date as reference, forwardDate false) plus our own
// parsers for years ("in 2013"), quarters ("the first quarter of 2021") and relative periods
// ("last year", "this month"), then refiners that drop false hits ("1-1.5", clock times, "now").
import * as chrono from 'chrono-node';
import type { DatePrecision } from '../core/types.ts';

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

const pad = (n: number) => String(n).padStart(2, '0');

function fmt(y: number, m: number | null, d: number | null): string {
  if (m == null) return String(y);
  if (d == null) return `${y}-${pad(m)}`;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function parsePublished(published: string | null): Date | null {
  if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return null;
  const d = new Date(`${published}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

const QUARTERS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: 4 };
const QUARTER_RE = /\b(?:the\s+)?(first|second|third|fourth|last|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?((?:19|20)\d{2})\b/gi;
const HALF_RE = /\b(?:the\s+)?(first|second)\s+half\s+(?:of\s+)?((?:19|20)\d{2})\b/gi;
const YEAR_RE = /\b(?:in|since|of|from|until|by|during|throughout|before|after|year)\s+((?:19|20)\d{2})\b(?![-–/]\d)/gi;
const BARE_YEAR_RE = /(?<![\d$€£.,-])\b((?:19|20)\d{2})\b(?![-–/.,]?\d)(?!\s*(?:percent|%|tons?|km|people|troops|units|million|billion))/g;
const RELATIVE_RE = /\b(last|this|next|past|previous|current|the\s+same)\s+(year|month)\b/gi;
const EARLIER_RE = /\b(earlier|later)\s+this\s+(year|month)\b/gi;
/** chrono hits that are not dates: ranges of numbers, clock times, casual references. */
const FALSE_HIT = /^(?:\d+(?:[.,]\d+)?\s*[-–]\s*\d+(?:[.,]\d+)?|now|right now|at the moment|currently|\d+(?:[.,]\d+)?)$/i;

/** All date expressions in `text` (offsets relative to `text`, plus `offset`). */
export function findDates(text: string, published: string | null, offset = 0): DateHit[] {
  const ref = parsePublished(published);
  const hits: DateHit[] = [];
  const add = (start: number, end: number, date: string, precision: DateHit['precision'], rule: string) => {
    if (hits.some((h) => start < h.end && h.start < end)) return;
    hits.push({ start: start + offset, end: end + offset, text: text.slice(start, end), date, precision, rule });
  };
  const local = (h: DateHit) => ({ start: h.start - offset, end: h.end - offset });

  for (const m of text.matchAll(QUARTER_RE)) {
    const q = QUARTERS[m[1]!.toLowerCase()]!;
    add(m.index!, m.index! + m[0].length, fmt(Number(m[2]), (q - 1) * 3 + 1, null), 'month', 'quarter');
  }
  for (const m of text.matchAll(HALF_RE)) {
    const h = m[1]!.toLowerCase() === 'first' ? 1 : 7;
    add(m.index!, m.index! + m[0].length, fmt(Number(m[2]), h, null), 'month', 'half');
  }
  if (ref) {
    const y = ref.getUTCFullYear();
    const mo = ref.getUTCMonth() + 1;
    for (const m of text.matchAll(EARLIER_RE)) {
      add(m.index!, m.index! + m[0].length, m[2]!.toLowerCase() === 'year' ? fmt(y, null, null) : fmt(y, mo, null),
        m[2]!.toLowerCase() === 'year' ? 'year' : 'month', 'relative');
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
    if (FALSE_HIT.test(t)) continue;
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
