// Cooperation-conflict weights of PLOVER event types, read from data/plover-weights.json.
import { readFileSync } from 'node:fs';

export interface Weights {
  readonly types: Readonly<Record<string, number>>;
  /** 'TYPE/mode' -> weight, overriding the type weight */
  readonly modes: Readonly<Record<string, number>>;
}

let loaded: Weights | null = null;

export function ploverWeights(): Weights {
  if (!loaded) {
    const raw = JSON.parse(readFileSync(new URL('../../data/plover-weights.json', import.meta.url), 'utf8'));
    loaded = { types: raw.types ?? {}, modes: raw.modes ?? {} };
  }
  return loaded;
}

/** A CTE `w(type, mode, weight)` with its parameters, so scores are computed in SQL. */
export function weightsCte(w: Weights = ploverWeights()): { sql: string; params: unknown[] } {
  const rows: unknown[][] = [
    ...Object.entries(w.types).map(([t, v]) => [t, '', v]),
    ...Object.entries(w.modes).map(([k, v]) => { const [t, m] = k.split('/'); return [t, m ?? '', v]; }),
  ];
  return {
    sql: `w(type, mode, weight) AS (VALUES ${rows.map(() => '(?, ?, ?)').join(', ')})`,
    params: rows.flat(),
  };
}

/** SQL expression for the weight of the row `alias` (with type and mode columns), given the CTE w. */
export const weightExpr = (alias: string): string => `COALESCE(
  (SELECT weight FROM w WHERE w.type = ${alias}.type AND w.mode = ${alias}.mode),
  (SELECT weight FROM w WHERE w.type = ${alias}.type AND w.mode = ''), 0)`;
