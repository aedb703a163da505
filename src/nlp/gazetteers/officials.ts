// Well-known officials (data/gazetteers/officials.csv and the user's own CSV files named in
// DYAD_OFFICIALS): name, variants, country, role, from, to. A bare "Putin" or "Aliyev" resolves to
// the official who held office on the article's date.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GAZETTEER_DIR, readRows, userActorFiles } from './load.ts';

export interface Official {
  readonly name: string;
  readonly variants: readonly string[];
  readonly country: string;
  readonly role: string;
  readonly from: string | null;
  readonly to: string | null;
}

/** Split one CSV line (double quotes allowed around fields). */
export function csvFields(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { cur += '"'; i++; } else if (c === '"') quoted = false; else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { out.push(cur.trim()); cur = ''; } else cur += c;
  }
  out.push(cur.trim());
  return out;
}

export function parseOfficials(csv: string): Official[] {
  const out: Official[] = [];
  for (const line of csv.split('\n')) {
    if (!line.trim() || line.startsWith('#') || line.startsWith('name,')) continue;
    const [name, variants, country, role, from, to] = csvFields(line.replace(/\r$/, ''));
    if (!name || !country) continue;
    const vs = (variants ?? '').split('|').map((v) => v.trim()).filter(Boolean);
    out.push({ name, variants: [...new Set([name, ...vs])], country, role: role ?? '', from: from || null, to: to || null });
  }
  return out;
}

function loadOfficials(): Official[] {
  const files = [join(GAZETTEER_DIR, 'officials.csv'), join(GAZETTEER_DIR, 'user-officials.csv'),
    ...(process.env.DYAD_OFFICIALS ?? '').split(/[:;]/).filter(Boolean)];
  const fromCsv = files.filter((f) => existsSync(f)).flatMap((f) => parseOfficials(readFileSync(f, 'utf8')));
  return [...fromCsv, ...userActorFiles().flatMap(personRows)];
}

/** `person <TAB> name <TAB> variants <TAB> country <TAB> role <TAB> from <TAB> to` rows (dyad dict import). */
function personRows(path: string): Official[] {
  return readRows(path).flatMap(([kind, name, variants, country, role, from, to]): Official[] => {
    if (kind !== 'person' || !name || !country) return [];
    const vs = (variants ?? '').split('|').filter(Boolean);
    return [{ name, variants: [...new Set([name, ...vs])], country, role: role ?? '', from: from || null, to: to || null }];
  });
}

export const OFFICIALS: readonly Official[] = loadOfficials();

/** Was `o` in office on `date` (YYYY-MM-DD)? With no date every term counts. */
export function inOffice(o: Official, date: string | null): boolean {
  if (!date) return true;
  return (!o.from || o.from <= date) && (!o.to || date <= o.to);
}

export interface OfficialIndex {
  /** variant surface -> officials having it */
  readonly byVariant: Map<string, Official[]>;
  /** first run of letters and digits of a variant -> the variants starting with it, longest first */
  readonly byFirst: Map<string, string[]>;
}

const RUN = /[\p{L}\p{N}]+/gu;
/** Middle initials after a first name: " E. K. " in "Mokgweetsi E. K. Masisi" (MIDDLE_INITIALS: right at the start). */
const INITIALS = String.raw` (?:\p{Lu}\. ?){1,3}(?=\p{Lu}\p{Ll})`;
const INITIALS_INSIDE = new RegExp(INITIALS, 'u');
const MIDDLE_INITIALS = new RegExp(`^${INITIALS}`, 'u');
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function indexOfficials(list: readonly Official[]): OfficialIndex {
  const byVariant = new Map<string, Official[]>();
  for (const o of list) for (const v of o.variants) byVariant.set(v, [...(byVariant.get(v) ?? []), o]);
  const byFirst = new Map<string, string[]>();
  for (const v of byVariant.keys()) {
    const first = /^[\p{L}\p{N}]+/u.exec(v)?.[0];
    if (!first) continue; // (a variant must open with a letter or digit)
    const vs = byFirst.get(first);
    if (vs) vs.push(v); else byFirst.set(first, [v]);
  }
  for (const vs of byFirst.values()) vs.sort((a, b) => b.length - a.length);
  return { byVariant, byFirst };
}

/** Every variant named in `text` as whole words, left to right, the longest at each place, none overlapping
 * (a space in a variant matches a space or a line break). One pass over the text's runs of letters and
 * digits with a map lookup each: thousands of officials cost no more than a few. */
export function findOfficials(text: string, index = OFFICIAL_INDEX): { start: number; end: number; surface: string }[] {
  const out: { start: number; end: number; surface: string }[] = [];
  const flat = text.replace(/\n/g, ' ');
  let after = 0;
  RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RUN.exec(flat))) {
    const start = m.index;
    if (start < after) continue;
    const vs = index.byFirst.get(m[0]);
    if (!vs) continue;
    const v = vs.find((x) => flat.startsWith(x, start) && !LETTER_OR_DIGIT.test(flat.charAt(start + x.length)));
    const end = v ? start + v.length : withInitials(flat, start, m[0], vs);
    if (end < 0) continue;
    out.push({ start, end, surface: text.slice(start, end) });
    after = end;
  }
  return out;
}

/**
 * Where a two-word variant ("Mokgweetsi Masisi") named with middle initials ("Mokgweetsi E. K. Masisi") ends, the
 * given name `first` standing at `start`; -1 when none is.
 */
function withInitials(flat: string, start: number, first: string, variants: readonly string[]): number {
  const initials = MIDDLE_INITIALS.exec(flat.slice(start + first.length, start + first.length + 12));
  if (!initials) return -1;
  const from = start + first.length + initials[0].length;
  for (const v of variants) {
    const last = v.slice(first.length + 1);
    if (v.charAt(first.length) !== ' ' || last.includes(' ') || !flat.startsWith(last, from)) continue;
    if (!LETTER_OR_DIGIT.test(flat.charAt(from + last.length))) return from + last.length;
  }
  return -1;
}

export const OFFICIAL_INDEX = indexOfficials(OFFICIALS);

/** The official a surface form names on `date`: the one in office, else the latest one. */
export function resolveOfficial(surface: string, date: string | null, index = OFFICIAL_INDEX): Official | undefined {
  const plain = surface.replace(/\s+/g, ' ');
  const cands = index.byVariant.get(plain) ?? index.byVariant.get(plain.replace(INITIALS_INSIDE, ' '));
  if (!cands?.length) return undefined;
  const now = cands.filter((o) => inOffice(o, date));
  const pool = now.length ? now : cands;
  return [...pool].sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''))[0];
}
