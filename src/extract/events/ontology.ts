// PLOVER versions (data/plover/versions.json): the lexicon codes the finer PLOVER 0.5 categories,
// and each version maps them onto its own type set. "core" (the default) is the 16 types of the
// brief; "0.5" is the type set of the PLOVER gold-standard records.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PLOVER_TYPES, type PloverType } from '../../core/types.ts';

export const VERSIONS_PATH = fileURLToPath(new URL('../../../data/plover/versions.json', import.meta.url));

interface VersionsFile {
  default: string;
  versions: Record<string, { about?: string; map: Record<string, string | null>; codes?: Record<string, string> }>;
}

export interface PloverVersions {
  readonly default: string;
  readonly names: readonly string[];
  /** the type an event of lexicon type `t` is coded as in `version`, or null when not coded there */
  code(t: PloverType, version?: string): PloverType | null;
  /** the actor code `c` (ISO 3166-1 alpha-3 or IGO) in `version`'s convention */
  actor(c: string, version?: string): string;
}

export function compileVersions(file: VersionsFile): PloverVersions {
  const maps = new Map<string, Map<PloverType, PloverType | null>>();
  const codeMaps = new Map<string, Map<string, string>>();
  const known = (t: string, where: string): PloverType => {
    if (!PLOVER_TYPES.includes(t as PloverType)) throw new Error(`plover versions: unknown type ${t} in ${where}`);
    return t as PloverType;
  };
  for (const [name, v] of Object.entries(file.versions)) {
    const m = new Map<PloverType, PloverType | null>();
    for (const [from, to] of Object.entries(v.map ?? {})) m.set(known(from, name), to === null ? null : known(to, name));
    maps.set(name, m);
    codeMaps.set(name, new Map(Object.entries(v.codes ?? {})));
  }
  if (!maps.has(file.default)) throw new Error(`plover versions: the default ${file.default} is not defined`);
  return {
    default: file.default,
    names: [...maps.keys()],
    code(t, version = file.default) {
      const m = maps.get(version);
      if (!m) throw new Error(`unknown PLOVER version ${version} (${[...maps.keys()].join(', ')})`);
      return m.has(t) ? m.get(t)! : t;
    },
    actor(c, version = file.default) {
      return codeMaps.get(version)?.get(c) ?? c;
    },
  };
}

let cached: PloverVersions | null = null;

/** The versions from data/plover/versions.json, read on first use. */
export function ploverVersions(): PloverVersions {
  if (!cached) cached = compileVersions(JSON.parse(readFileSync(VERSIONS_PATH, 'utf8')) as VersionsFile);
  return cached;
}
