// The actor gazetteer: every surface form of a state, organisation or news agency, indexed by its
// first word so that findMentions scans a text once with no per-document regex construction.
import type { MentionType } from '../../core/types.ts';
import { GAZETTEER_DIR, readRows, userActorFiles } from './load.ts';
import { join } from 'node:path';

export interface ActorEntry {
  readonly surface: string;
  readonly type: MentionType | 'block';
  readonly ref?: string;
  /** name | demonym | capital | metonym | city | org | igo | source */
  readonly via: string;
  readonly sector?: string;
  readonly name?: string;
  /** the surface names this state only in a document that names one of these states too ("the North" with Korea) */
  readonly needs?: readonly string[];
}

const WORD = /^[\p{L}\p{N}]+/u;
export const firstWord = (s: string): string => WORD.exec(s)?.[0] ?? s[0] ?? '';

export interface ActorIndex {
  /** first word -> entries, longest surface first */
  readonly byFirst: Map<string, ActorEntry[]>;
  /** demonym surface -> ISO3 (for title phrases like "Kazakh head of state") */
  readonly demonyms: Map<string, string>;
  /** ISO3 -> short name */
  readonly shortName: Map<string, string>;
  /** a capital that, when it acts, stands for the organisation seated there ("Brussels" -> the EU) */
  readonly seats: Map<string, ActorEntry>;
}

/** "Liberian" -> "Liberians", "Iraqi" -> "Iraqis": plural demonyms name people, not adjectives. */
function plurals(entries: readonly ActorEntry[]): ActorEntry[] {
  return entries
    .filter((e) => e.type === 'country' && e.via === 'demonym' && /(?:an|i|k|ek|ot|ite)$/.test(e.surface))
    .map((e) => ({ ...e, surface: e.surface + 's' }));
}

export function buildIndex(all: readonly ActorEntry[]): ActorIndex {
  const seats = new Map(all.filter((e) => e.via === 'seat').map((e) => [e.surface, { ...e, via: 'seat' }]));
  const given = all.filter((e) => e.via !== 'seat');
  const entries = [...plurals(given), ...given];
  // Later entries override earlier ones with the same surface (aliases beat generated names).
  const bySurface = new Map<string, ActorEntry>();
  for (const e of entries) {
    const old = bySurface.get(e.surface);
    // A surface that is both a name and a capital ("Singapore") stays a name.
    if (old && old.via === 'name' && e.via === 'capital' && old.ref === e.ref) continue;
    bySurface.set(e.surface, e);
  }
  const byFirst = new Map<string, ActorEntry[]>();
  const demonyms = new Map<string, string>();
  const shortName = new Map<string, string>();
  for (const e of bySurface.values()) {
    const k = firstWord(e.surface);
    const list = byFirst.get(k) ?? [];
    list.push(e);
    byFirst.set(k, list);
    if (e.type === 'country' && e.via === 'demonym' && e.ref) demonyms.set(e.surface, e.ref);
  }
  for (const e of entries) if (e.type === 'country' && e.via === 'name' && e.ref && !shortName.has(e.ref)) shortName.set(e.ref, e.surface);
  for (const list of byFirst.values()) list.sort((a, b) => b.surface.length - a.surface.length);
  return { byFirst, demonyms, shortName, seats };
}

function countryRows(path: string): ActorEntry[] {
  return readRows(path).flatMap(([code, kind, surface, needs]): ActorEntry[] => {
    if (!code || !kind || !surface) return [];
    if (kind === 'block') return [{ surface, type: 'block', via: 'block' }];
    return [{ surface, type: 'country', ref: code, via: kind, ...(needs ? { needs: needs.split(',').map((c) => c.trim()) } : {}) }];
  });
}

function orgRows(path: string): ActorEntry[] {
  return readRows(path).flatMap(([kind, code, sector, surface, name]): ActorEntry[] => {
    if (!kind || !code || !surface) return [];
    const type: MentionType = kind === 'igo' || kind === 'seat' ? 'igo' : kind === 'source' ? 'source' : 'org';
    return [{ surface, type, ref: code === '-' ? undefined : code, via: kind, sector: sector || undefined, name: name || surface }];
  });
}

/** User rows (dict import): `country CODE surface` and `org CODE SECTOR surface [name]`. */
function userRows(path: string): ActorEntry[] {
  return readRows(path).flatMap((r): ActorEntry[] => {
    if (r[0] === 'country' && r[1] && r[2]) return [{ surface: r[2], type: 'country', ref: r[1], via: 'name' }];
    if ((r[0] === 'org' || r[0] === 'igo' || r[0] === 'source') && r[1] && r[3]) return orgRowsFrom([r]);
    return [];
  });
}
const orgRowsFrom = (rows: string[][]): ActorEntry[] =>
  rows.map(([kind, code, sector, surface, name]) => ({
    surface: surface!, type: (kind === 'igo' ? 'igo' : kind === 'source' ? 'source' : 'org') as MentionType,
    ref: code === '-' ? undefined : code, via: kind!, sector: sector || undefined, name: name || surface,
  }));

export function loadActorEntries(dir = GAZETTEER_DIR): ActorEntry[] {
  return [
    ...countryRows(join(dir, 'countries.tsv')),
    ...countryRows(join(dir, 'country-aliases.tsv')),
    ...countryRows(join(dir, 'cities.tsv')),
    ...orgRows(join(dir, 'organisations.tsv')),
    ...userActorFiles().flatMap(userRows),
  ];
}

/** Generic state bodies ("Defense Ministry" -> MIL), longest first. */
export function loadStateBodies(dir = GAZETTEER_DIR): { phrase: string; sector: string }[] {
  return readRows(join(dir, 'state-bodies.tsv'))
    .filter((r) => r[0] && r[1])
    .map(([sector, phrase]) => ({ phrase: phrase!, sector: sector! }))
    .sort((a, b) => b.phrase.length - a.phrase.length);
}

export const ACTORS: ActorIndex = buildIndex(loadActorEntries());
