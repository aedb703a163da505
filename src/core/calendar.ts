// Month names and ISO date strings, shared by the date readers of clean (publication dates),
// nlp (event dates) and extract/figures (figure periods).

/** Month names and their usual abbreviations, lower-cased, to month numbers 1-12. */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

/** A month name or abbreviation, as a regular-expression source with no capturing group ("Jan", "Sept", "October"). */
export const MONTH_NAME = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

/** The month number of a name or abbreviation ("Sept." -> 9), or 0. */
export function monthNumber(name: string): number {
  return MONTH_NUMBERS[name.toLowerCase().replace(/\.$/, '')] ?? 0;
}

/** A weekday's full name ("Monday"), any case. */
export const isWeekday = (word: string): boolean => /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i.test(word);

/** Two digits: 3 -> "03". */
export const pad2 = (n: number): string => String(n).padStart(2, '0');

/** "2021", "2021-06" or "2021-06-10", as precise as the parts given. */
export function isoDate(y: number, m: number | null = null, d: number | null = null): string {
  if (m == null) return String(y);
  if (d == null) return `${y}-${pad2(m)}`;
  return `${y}-${pad2(m)}-${pad2(d)}`;
}
