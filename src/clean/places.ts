// Place names known to the gazetteers (data/gazetteers: state names, capitals, cities), read by the
// cleaner to tell a dateline place from a news agency in a header line: "Kampala, 6 May 2025" is
// a dateline, "Xinhua, March 3, 2017" names the outlet. Loaded once; matching ignores case
// ("MUSCAT", "Muscat").
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../data/gazetteers');
const PLACE_KINDS = new Set(['name', 'capital', 'city']);
const CITY_KINDS = new Set(['capital', 'city']);

function rows(file: string): string[][] {
  const path = resolve(DIR, file);
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.replace(/\r$/, '').split('\t').map((c) => c.trim()));
}

const key = (s: string): string => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

let places: Set<string> | null = null;
let cities: Set<string> | null = null;

function load(kinds: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const f of ['countries.tsv', 'country-aliases.tsv', 'cities.tsv']) {
    for (const r of rows(f)) if (r.length >= 3 && kinds.has(r[1]!)) out.add(key(r[2]!));
  }
  return out;
}

/** True when `name` is a state, capital or city of the gazetteers ("Port Moresby", "HELSINKI"). */
export function isKnownPlace(name: string): boolean {
  places ??= load(PLACE_KINDS);
  return places.has(key(name));
}

/** True when `name` is a capital or city of the gazetteers ("Port Moresby"), not a state's name. */
export function isKnownCity(name: string): boolean {
  cities ??= load(CITY_KINDS);
  return cities.has(key(name));
}
