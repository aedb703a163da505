// Titles that introduce a person (data/gazetteers/titles.tsv), compiled once into one pattern.
import { join } from 'node:path';
import { GAZETTEER_DIR, readRows } from './load.ts';

export interface Title { readonly title: string; readonly sector: string | null }

const ROWS: Title[] = readRows(join(GAZETTEER_DIR, 'titles.tsv'))
  .filter((r) => r[0] && r[1])
  .map(([sector, title]) => ({ title: title!, sector: sector === '-' ? null : sector! }));

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const firstEitherCase = (t: string) => {
  const c = t[0]!;
  const up = c.toUpperCase();
  const low = c.toLowerCase();
  // "Vice-President" also as "vice-president"
  const rest = esc(t.slice(1)).replace(/-(\p{Lu})/gu, (_m, l: string) => `-[${l}${l.toLowerCase()}]`);
  return (up === low ? esc(c) : `[${up}${low}]`) + rest.replace(/ /g, '[ \\n-]');
};

const SORTED = [...ROWS].sort((a, b) => b.title.length - a.title.length);
/** All titles, longest first, first letter in either case; the match must end at a word end. */
export const TITLE_SOURCE = `(?:${SORTED.map((t) => firstEitherCase(t.title)).join('|')})(?:(?<=\\p{L}{3})s)?(?![\\p{L}\\p{N}])`;
export const TITLE_RE = new RegExp(`(?<![\\p{L}\\p{N}])${TITLE_SOURCE}`, 'gu');

const SECTOR = new Map<string, string | null>();
for (const t of ROWS) SECTOR.set(t.title.toLowerCase(), t.sector);

/** Sector of a matched title ("Defense Minister" -> MIL); null for honorifics like "Mr.". */
export function titleSector(title: string): string | null {
  const k = title.replace(/\s+/g, ' ').toLowerCase().replace(/(?<=[a-z]{3})s$/, '');
  if (SECTOR.has(k)) return SECTOR.get(k) ?? null;
  return /admiral|general|colonel|commander|navy|naval|military|defen[cs]e/i.test(k) ? 'MIL' : 'GOV';
}

/** Honorifics carry no role: "Mr.", "Ms.", "H.E.". */
export const isHonorific = (title: string): boolean => SECTOR.get(title.toLowerCase()) === null;

/** "presidents" -> "president", "Heads" -> "Head"; other titles as they are. */
export function singularTitle(title: string): string {
  const k = title.replace(/\s+/g, ' ').toLowerCase();
  return !SECTOR.has(k) && k.endsWith('s') && SECTOR.has(k.slice(0, -1)) ? title.slice(0, -1) : title;
}

/** The offices of an organisation's officers: "Secretary General", "Executive Secretary", "Special Envoy", "chair". */
export const ORGANISATION_OFFICE = String.raw`(?:deputy[\s-]+|vice[\s-]+)?(?:secretary[\s-]+general|executive\s+secretary|director[\s-]+general|high\s+representative|special\s+(?:envoy|representative|coordinator)|chair(?:man|woman|person)?)`;
