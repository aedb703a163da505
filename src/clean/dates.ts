// Calendar dates written out in page headers, stamps and datelines.
// findDates(line) returns every date it can read with its span; year may be null ("16 May").
import { MONTH_NAME, monthNumber } from '../core/calendar.ts';

export interface DateHit {
  readonly start: number;
  readonly end: number;
  readonly year: number | null;
  readonly month: number;
  readonly day: number;
}

const MON = `(${MONTH_NAME})\\.?`;
const WEEKDAY = '(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+)?';

interface Pattern { re: RegExp; read(m: RegExpExecArray): [number | null, number, number] | null }

const PATTERNS: Pattern[] = [
  // 2017-10-10, 2017/10/10
  { re: /\b((?:19|20)\d\d)[-/](\d{1,2})[-/](\d{1,2})(?!\d)/g, read: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  // 21.04.2008, 21/04/2008 (day first; month first when the first number cannot be a month... or day)
  { re: /\b(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d)\b/g, read: (m) => (+m[2]! > 12 ? [+m[3]!, +m[1]!, +m[2]!] : [+m[3]!, +m[2]!, +m[1]!]) },
  // Saturday, 27 July 2024 / 21 April 2014 / 08 Apr 2017 / 16 May (no year)
  { re: new RegExp(`\\b${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MON}(?:,?\\s+((?:19|20)\\d\\d))?\\b`, 'gi'), read: (m) => [m[3] ? +m[3] : null, monthNumber(m[2]!), +m[1]!] },
  // Saturday April 27 2024 / July 5, 2022 / Oct. 10 (no year)
  { re: new RegExp(`\\b${WEEKDAY}${MON}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d|:)(?:,?\\s+((?:19|20)\\d\\d))?\\b`, 'gi'), read: (m) => [m[3] ? +m[3] : null, monthNumber(m[1]!), +m[2]!] },
];

function valid(y: number | null, mo: number, d: number): boolean {
  if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) return false;
  if (y == null) return true;
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

export function findDates(line: string): DateHit[] {
  const hits: DateHit[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(line))) {
      const r = p.read(m);
      if (!r) continue;
      const [y, mo, d] = r;
      if (!valid(y, mo, d)) continue;
      const start = m.index;
      const end = m.index + m[0].length;
      if (hits.some((h) => start < h.end && end > h.start)) continue;
      hits.push({ start, end, year: y, month: mo, day: d });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

export const iso = (y: number, m: number, d: number): string =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** A year-less day/month read against a full reference date: the latest such date not after it (+1 day). */
export function withYear(month: number, day: number, ref: string): string {
  const y = +ref.slice(0, 4);
  const cand = iso(y, month, day);
  const limit = new Date(Date.parse(ref) + 86400000).toISOString().slice(0, 10);
  return cand <= limit ? cand : iso(y - 1, month, day);
}
