// States (and IGOs) known to the store, with their names and how often they act.
import worldCountries from 'world-countries';
import { stmt, type Db } from './sql.ts';
import { cached } from './cache.ts';

// the package's typings and its ESM default disagree; both shapes hold the array
const list = ((worldCountries as any).default ?? worldCountries) as { cca3: string; name: { common: string } }[];
const NAMES = new Map<string, string>(list.map((c: any) => [c.cca3 as string, c.name.common as string]));
NAMES.set('IGO', 'International organisation');

export const countryName = (code: string): string => NAMES.get(code) ?? code;

export interface CountryRow { code: string; name: string; events: number; documents: number }

export function listCountries(db: Db): CountryRow[] {
  return cached(db, 'countries', () => countriesNow(db));
}

function countriesNow(db: Db): CountryRow[] {
  const rows = stmt(db, `SELECT code, sum(events) AS events, sum(documents) AS documents FROM (
      SELECT code, count(DISTINCT event_id) AS events, 0 AS documents FROM event_participants GROUP BY code
      UNION ALL SELECT code, 0, count(*) FROM document_countries GROUP BY code)
    GROUP BY code ORDER BY events DESC, documents DESC, code`).all() as any[];
  return rows.map((r) => ({ code: r.code, name: countryName(r.code), events: r.events, documents: r.documents }));
}
