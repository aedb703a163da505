// Finds amounts of money and physical quantities in text, in any common notation:
// "$2.6billion", "US$1.2 bn", "€3m", "AZN 5 million", "121.2 million manats", "400 mln rubles",
// "2.7 million tons", "5 bcm", "60 Mega Watt"; plus percentages and multipliers ("eight-fold").
// The lexicon (data/figures/lexicon.json) is read and compiled once at load.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface Lexicon {
  currencySymbols: Record<string, string>;
  currencyCodes: string[];
  currencyWords: Record<string, string>;
  scales: Record<string, number>;
  units: Record<string, string>;
  metrics: { metric: string; cues: string[] }[];
  targetVerbs: string[];
  forecastCues: string[];
  capacityCues: string[];
  growthWords: string[];
  declineWords: string[];
  ignoreCues: string[];
  /** goods sent to a state with no other cue: aid (arms in a defence context) */
  deliveryCues: string[];
  /** people counted as a figure ("600 officials"), only next to training/education words */
  countUnits: Record<string, string>;
  countContext: string[];
}

export const LEXICON: Lexicon = JSON.parse(
  readFileSync(new URL('../../../data/figures/lexicon.json', import.meta.url), 'utf8'),
);

export interface Quantity {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly unit: string;
  readonly kind: 'money' | 'quantity';
  readonly text: string;
}

export interface Percent {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  /** 'fold' for multipliers ("eight-fold", "by 8 times") */
  readonly kind: 'percent' | 'fold';
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (xs: Iterable<string>) => [...xs].sort((a, b) => b.length - a.length).map(esc).join('|');
const lower = (o: Record<string, string>) => new Map(Object.entries(o).map(([k, v]) => [k.toLowerCase(), v]));

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};
const NUM = `(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?:${Object.keys(WORD_NUMBERS).join('|')})(?=\\s))`;
const WORD_SCALES = Object.keys(LEXICON.scales).filter((k) => k.length > 1);
const LETTER_SCALES = Object.keys(LEXICON.scales).filter((k) => k.length === 1);
// "2.6billion", "1.2 bn", "3m" (one-letter scales only glued to the number)
const SCALE = `(?:\\s?-?\\s?(${alt(WORD_SCALES)})(?![a-zA-Z])|(${alt(LETTER_SCALES.flatMap((l) => [l, l.toUpperCase()]))})(?![a-zA-Z]))`;
const SCALES = new Map(Object.entries(LEXICON.scales).map(([k, v]) => [k.toLowerCase(), v]));

// Full currency names from world-countries ("Kenyan shillings", "Indian rupees") and the bare
// names they share ("shillings"), which the figures extractor resolves by the states in the sentence.
const worldCountries: { cca3: string; currencies?: Record<string, { name: string }> }[] = createRequire(import.meta.url)('world-countries');
const FULL_NAMES = new Map<string, string>();
/** bare currency name -> (ISO3 state -> ISO 4217 code) */
export const BARE_CURRENCY = new Map<string, Map<string, string>>();
for (const c of worldCountries) {
  for (const [code, cur] of Object.entries(c.currencies ?? {})) {
    const name = cur.name.toLowerCase();
    if (!/^[a-z][a-z .'-]+$/.test(name)) continue;
    for (const n of [name, `${name}s`]) if (!FULL_NAMES.has(n)) FULL_NAMES.set(n, code);
    const bare = name.split(' ').pop()!;
    if (bare === name || bare.length < 4) continue;
    for (const b of [bare, `${bare}s`]) {
      if (!BARE_CURRENCY.has(b)) BARE_CURRENCY.set(b, new Map());
      BARE_CURRENCY.get(b)!.set(c.cca3, code);
    }
  }
}
for (const w of Object.keys(LEXICON.currencyWords)) BARE_CURRENCY.delete(w.toLowerCase());
const SYMBOLS = lower(LEXICON.currencySymbols);
const CODES = new Set(LEXICON.currencyCodes.map((c) => c.toUpperCase()));
const WORDS = lower(LEXICON.currencyWords);
const UNITS = lower(LEXICON.units);

const SYMBOL_ALT = alt(Object.keys(LEXICON.currencySymbols).filter((s) => /^[^A-Za-z]|^[A-Z]{2,}|\$$/.test(s) || s === 'Rs.' || s === 'Rs'));
const PREFIX_RE = new RegExp(
  `(?<![\\w$€£¥₹₽])(${SYMBOL_ALT}|${alt(CODES)}|P(?=\\d))\\s?${NUM}${SCALE}?`,
  'g',
);
const SUFFIX_RE = new RegExp(
  `(?<![\\w.,$€£])${NUM}${SCALE}?\\s+(?:(?:US|U\\.S\\.|American)\\s+)?(${alt([...FULL_NAMES.keys(), ...Object.keys(LEXICON.currencyWords), ...BARE_CURRENCY.keys()])}|${alt(CODES)})(?![\\w])`,
  'gi',
);
const UNIT_RE = new RegExp(
  `(?<![\\w.,$€£])${NUM}${SCALE}?\\s*(?:of\\s+)?(${alt(Object.keys(LEXICON.units).filter((u) => u.length > 1))})(?![\\w])`,
  'gi',
);
const NUMWORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, twenty: 20, hundred: 100,
};
const PERCENT_RE = new RegExp(`(?<![\\w.,])${NUM}\\s?(?:%|percent\\b|per\\s?cent\\b|pct\\b)`, 'gi');
const FOLD_WORDS = `\\d+(?:\\.\\d+)?|${Object.keys(NUMWORDS).join('|')}`;
// "eight-fold", "3fold"; "by 8 times", "increased 2 times"
const FOLD_RE = new RegExp(
  `(?<![\\w.,])(${FOLD_WORDS})\\s?-?\\s?fold\\b|\\b(?:by|increased|grew|rose|risen|grown|expanded)\\s+(?:more\\s+than\\s+|almost\\s+|nearly\\s+|about\\s+)?(${FOLD_WORDS})\\s+times\\b`,
  'gi',
);

const num = (s: string) => WORD_NUMBERS[s.toLowerCase()] ?? Number(s.replace(/,/g, ''));
const scaleOf = (a?: string, b?: string) => SCALES.get((a ?? b ?? '').toLowerCase()) ?? 1;
const round = (v: number) => Math.round(v * 1e6) / 1e6;

/** Money and physical quantities in text[start, end), document offsets, sorted, non-overlapping. */
export function findQuantities(text: string, start = 0, end = text.length): Quantity[] {
  const slice = text.slice(start, end);
  const out: Quantity[] = [];
  const add = (q: Quantity) => {
    if (out.some((o) => o.start < q.end && q.start < o.end)) return;
    out.push(q);
  };
  for (const m of slice.matchAll(PREFIX_RE)) {
    const sym = m[1];
    const unit = SYMBOLS.get(sym.toLowerCase()) ?? (CODES.has(sym.toUpperCase()) ? sym.toUpperCase() : null);
    if (!unit) continue;
    const s = start + m.index!;
    let e = s + m[0].length;
    // "AZN 5 million manats" style redundancy: swallow a trailing currency word of the same unit
    const tail = /^\s+([A-Za-z]+)/.exec(text.slice(e, e + 20));
    if (tail && WORDS.get(tail[1].toLowerCase()) === unit) e += tail[0].length;
    add({ start: s, end: e, value: round(num(m[2]) * scaleOf(m[3], m[4])), unit, kind: 'money', text: text.slice(s, e) });
  }
  for (const m of slice.matchAll(SUFFIX_RE)) {
    const w = m[4];
    const lw = w.toLowerCase().replace(/\s+/g, ' ');
    const unit = WORDS.get(lw) ?? FULL_NAMES.get(lw) ?? (BARE_CURRENCY.has(lw) ? `?${lw}` : null) ??
      (CODES.has(w.toUpperCase()) && w === w.toUpperCase() ? w.toUpperCase() : null);
    if (!unit) continue;
    const s = start + m.index!;
    const e = s + m[0].length;
    add({ start: s, end: e, value: round(num(m[1]) * scaleOf(m[2], m[3])), unit, kind: 'money', text: m[0] });
  }
  for (const m of slice.matchAll(UNIT_RE)) {
    const unit = UNITS.get(m[4].toLowerCase());
    if (!unit) continue;
    const s = start + m.index!;
    const e = s + m[0].length;
    add({ start: s, end: e, value: round(num(m[1]) * scaleOf(m[2], m[3])), unit, kind: 'quantity', text: m[0] });
  }
  return out.sort((a, b) => a.start - b.start);
}

const COUNT_RE = new RegExp(
  `(?<![\\w.,$€£])(?:more\\s+than\\s+|over\\s+|about\\s+|some\\s+|nearly\\s+|around\\s+)?${NUM}\\s+(?:[A-Za-z][\\w-]*\\s+){0,3}?(${alt(Object.keys(LEXICON.countUnits))})(?![\\w])`,
  'g',
);
const COUNT_UNITS = new Map(Object.entries(LEXICON.countUnits));

/** People counted in text[start, end): "more than 300 Chilean state officials" (unit "persons"). */
export function findCounts(text: string, start = 0, end = text.length): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.slice(start, end).matchAll(COUNT_RE)) {
    const unit = COUNT_UNITS.get(m[2]);
    if (!unit) continue;
    const numAt = m[0].indexOf(m[1]);
    const s = start + m.index! + numAt;
    const e = start + m.index! + m[0].length;
    out.push({ start: s, end: e, value: num(m[1]), unit, kind: 'quantity', text: text.slice(s, e) });
  }
  return out;
}

/** Percentages and multipliers in text[start, end). */
export function findPercents(text: string, start = 0, end = text.length): Percent[] {
  const slice = text.slice(start, end);
  const out: Percent[] = [];
  for (const m of slice.matchAll(PERCENT_RE)) {
    out.push({ start: start + m.index!, end: start + m.index! + m[0].length, value: num(m[1]), kind: 'percent' });
  }
  for (const m of slice.matchAll(FOLD_RE)) {
    const w = m[1] ?? m[2];
    const v = NUMWORDS[w.toLowerCase()] ?? Number(w);
    out.push({ start: start + m.index!, end: start + m.index! + m[0].length, value: v, kind: 'fold' });
  }
  return out.sort((a, b) => a.start - b.start);
}
