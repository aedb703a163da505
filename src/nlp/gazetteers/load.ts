// Loads the gazetteer data files (data/gazetteers/*.tsv, *.csv) once, at module load.
// Files are plain TAB-separated lines; '#' starts a comment line. See each file's header.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const GAZETTEER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../data/gazetteers');

/** The user gazetteer written by `dyad dict import` (and extendable by hand). */
export const USER_ACTORS_FILE = join(GAZETTEER_DIR, 'user-actors.tsv');

/** Non-comment, non-blank lines of a data file split on TAB; [] when the file is absent. */
export function readRows(path: string): string[][] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t').map((c) => c.trim()));
}

/** Extra user files named in DYAD_ACTORS (path-separated list), plus user-actors.tsv. */
export function userActorFiles(): string[] {
  const extra = (process.env.DYAD_ACTORS ?? '').split(/[:;]/).filter(Boolean);
  return [USER_ACTORS_FILE, ...extra];
}
