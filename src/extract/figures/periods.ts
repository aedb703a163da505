// Time expressions that give the period a figure covers: "in 2023", "the first quarter of 2021",
// "9 months of this year", "2005-2013", "January-March 2020", "since 1993", "last year".
// Relative expressions resolve against a reference year (the publication year).
import { MONTH_NAME, monthNumber, pad2 } from '../../core/calendar.ts';

export interface PeriodHit {
  readonly start: number;
  readonly end: number;
  /** resolved period, or null when it cannot be resolved (no reference year) */
  readonly period: string | null;
  /** 'inherit' for "the mentioned period": use the previous figure's period */
  readonly inherit?: boolean;
  /** the base of a comparison ("compared to 2021"): never the figure's period */
  readonly base?: boolean;
}

const MONTH_RE = MONTH_NAME;
const NUMWORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
const ORD: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
const YEAR = '(?:19[5-9]\\d|20[0-4]\\d)';
const REL_YEAR = `(?:${YEAR}|this year|the current year|current year|last year|the last year|the previous year|previous year|the past year|past year)`;

const pad = pad2;
const monthNum = monthNumber;

function relYear(s: string, ref: number | null): number | null {
  const t = s.toLowerCase();
  const m = /\d{4}/.exec(t);
  if (m) return Number(m[0]);
  if (ref == null) return null;
  if (/last|previous|past/.test(t)) return ref - 1;
  return ref; // this / current
}

interface Rule {
  readonly re: RegExp;
  readonly make: (m: RegExpExecArray, ref: number | null) => string | null | 'inherit';
}

// Ordered: longer, more specific shapes first; later rules skip spans already taken.
const RULES: readonly Rule[] = [
  {
    re: new RegExp(`\\b(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter\\s+(?:of\\s+)?(${REL_YEAR})\\b`, 'gi'),
    make: (m, ref) => {
      const y = relYear(m[2], ref);
      return y == null ? null : `${y}-Q${ORD[m[1].toLowerCase()]}`;
    },
  },
  {
    re: new RegExp(`\\b(?:the\\s+)?(first|second)\\s+half\\s+(?:of\\s+)?(${REL_YEAR})\\b`, 'gi'),
    make: (m, ref) => {
      const y = relYear(m[2], ref);
      if (y == null) return null;
      return m[1].toLowerCase() === 'first' ? `${y}-01/${y}-06` : `${y}-07/${y}-12`;
    },
  },
  {
    re: new RegExp(`\\b(?:the\\s+)?(?:first\\s+)?(\\d{1,2}|${Object.keys(NUMWORDS).join('|')})\\s+months\\s+of\\s+(${REL_YEAR})\\b`, 'gi'),
    make: (m, ref) => {
      const y = relYear(m[2], ref);
      const n = NUMWORDS[m[1].toLowerCase()] ?? Number(m[1]);
      return y == null || !(n >= 1 && n <= 12) ? null : `${y}-01/${y}-${pad(n)}`;
    },
  },
  {
    re: new RegExp(`\\b(${MONTH_RE})\\s*[-–—]\\s*(${MONTH_RE})\\s+(?:of\\s+)?(${REL_YEAR})\\b`, 'gi'),
    make: (m, ref) => {
      const y = relYear(m[3], ref);
      return y == null ? null : `${y}-${pad(monthNum(m[1]))}/${y}-${pad(monthNum(m[2]))}`;
    },
  },
  {
    // "in January-September" with no year: the current (publication) year
    re: new RegExp(`\\b(${MONTH_RE})\\s*[-–—]\\s*(${MONTH_RE})\\b(?!\\s+(?:of\\s+)?(?:\\d|this|last|the|current|previous|past))`, 'gi'),
    make: (m, ref) => (ref == null ? null : `${ref}-${pad(monthNum(m[1]))}/${ref}-${pad(monthNum(m[2]))}`),
  },
  {
    re: new RegExp(`\\b(?:between\\s+|from\\s+)?(${YEAR})\\s*(?:[-–—]|\\s+to\\s+|\\s+and\\s+|\\s+through\\s+)\\s*(${YEAR})\\b`, 'gi'),
    make: (m) => (Number(m[2]) > Number(m[1]) ? `${m[1]}/${m[2]}` : null),
  },
  {
    re: new RegExp(`\\bsince\\s+(${YEAR})\\b`, 'gi'),
    make: (m, ref) => (ref != null && ref > Number(m[1]) ? `${m[1]}/${ref}` : null),
  },
  {
    // spans of several years counted back from now have no stated bounds: "over the past six years"
    re: new RegExp(`\\b(?:over|in|during|for|within)\\s+the\\s+(?:last|past|previous|next|coming)\\s+(?:\\d+|${Object.keys(NUMWORDS).join('|')}|few|several)\\s+(?:years|months|decades)\\b`, 'gi'),
    make: () => null,
  },
  {
    re: /\b(?:in|during|over|for|within)\s+the\s+(?:mentioned|same|said|reporting|reported)\s+period\b(?!\s+(?:of|last))/gi,
    make: () => 'inherit',
  },
  {
    re: new RegExp(`\\b(?:the\\s+)?(?:last|previous|past|this|current)\\s+year\\b(?!s)`, 'gi'),
    make: (m, ref) => {
      const y = relYear(m[0], ref);
      return y == null ? null : String(y);
    },
  },
  {
    // a bare year, not part of a day-month date ("March 3, 2008") or a compound ("2022/26")
    re: new RegExp(`(?<![\\d/.-])(${YEAR})(?![\\d/]|-\\d)`, 'g'),
    make: (m) => m[1],
  },
];

/** All period expressions in text[start, end), with document offsets. */
export function findPeriods(text: string, start: number, end: number, refYear: number | null): PeriodHit[] {
  const slice = text.slice(start, end);
  const out: PeriodHit[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(slice))) {
      const s = start + m.index;
      const e = s + m[0].length;
      if (out.some((h) => h.start < e && s < h.end)) continue;
      // "compared to 2021", "against the same period of 2022": the base of a comparison, not the figure's period
      if (/\b(?:compared\s+(?:to|with)|against|than|versus|vs\.?|relative\s+to|from)\s+(?:(?:in|during)\s+)?(?:the\s+)?(?:(?:same|corresponding)\s+period\s+(?:of\s+)?|level\s+of\s+)?$/i.test(slice.slice(Math.max(0, m.index - 50), m.index))) {
        out.push({ start: s, end: e, period: null, base: true });
        continue;
      }
      const p = rule.make(m, refYear);
      if (p === 'inherit') out.push({ start: s, end: e, period: null, inherit: true });
      else out.push({ start: s, end: e, period: p });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Reference year for relative expressions: the publication year. */
export function referenceYear(published: string | null | undefined): number | null {
  const m = /^(\d{4})/.exec(published ?? '');
  return m ? Number(m[1]) : null;
}
