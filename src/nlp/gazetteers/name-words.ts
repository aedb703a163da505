// Which capitalised words can be part of a personal name. Words of states, organisations, titles,
// months and common sentence starters cannot ("President", "Ministry", "Monday", "The").
import { join } from 'node:path';
import { GAZETTEER_DIR, readRows } from './load.ts';

const STOP = new Set<string>();
for (const file of ['countries.tsv', 'country-aliases.tsv']) {
  for (const r of readRows(join(GAZETTEER_DIR, file))) {
    const surface = r[2] ?? '';
    // Only one-word state names and demonyms: "Jordan" and "Georgia" are rarely first names in this news.
    if (surface && !surface.includes(' ')) STOP.add(surface);
  }
}
for (const r of readRows(join(GAZETTEER_DIR, 'titles.tsv'))) for (const w of (r[1] ?? '').split(' ')) if (/^\p{Lu}/u.test(w)) STOP.add(w);
for (const r of readRows(join(GAZETTEER_DIR, 'name-stopwords.tsv'))) if (r[0]) STOP.add(r[0]);
for (const r of readRows(join(GAZETTEER_DIR, 'organisations.tsv'))) if (r[3] && !r[3].includes(' ')) STOP.add(r[3]);

/** Lower-case particles inside a name: "Lula da Silva", "Faisal bin Farhan", "von der Leyen". */
const PARTICLES = /^(?:bin|ibn|al|el|de|van|von|der|den|da|di|du|dos|das|la|le|ben|ter)$/;
export const isParticle = (w: string): boolean => PARTICLES.test(w);
/** Particles written joined to the next name part: "al-Sudani", "el-Sisi", "ad-Din". */
export const HYPHEN_PARTICLE = '(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|ben)';
const HYPHENED = new RegExp(`^${HYPHEN_PARTICLE}-\\p{Lu}\\p{Ll}`, 'u');

export function nameWordOk(w: string): boolean {
  if (!w || !/^\p{Lu}/u.test(w)) return isParticle(w) || HYPHENED.test(w);
  const bare = w.replace(/\.$/, '').replace(/'s$/, '');
  if (STOP.has(bare) || (bare.endsWith('s') && STOP.has(bare.slice(0, -1)))) return false;
  if (bare.includes('-') && bare.split('-').some((p) => STOP.has(p))) return false; // "Colonel-General"
  if (/^[IVX]{1,4}$/.test(bare)) return true;
  if (bare.length > 1 && bare === bare.toUpperCase()) return false; // acronyms
  return true;
}
