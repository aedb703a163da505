// Pure helpers that turn documents and facts into column values (no database here).
import { createHash } from 'node:crypto';
import type { Document } from '../core/types.ts';

/** sha256 of the normalized text: the identity of a document's content. */
export const contentHash = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** 'AAA-BBB' with the two codes sorted, or null unless exactly two distinct codes are given. */
export function pairOf(codes: readonly (string | null | undefined)[]): string | null {
  const set = [...new Set(codes.filter((c): c is string => !!c))].sort();
  return set.length === 2 ? `${set[0]}-${set[1]}` : null;
}

/** Every unordered pair of distinct codes, a < b. */
export function pairsOf(codes: readonly string[]): [string, string][] {
  const set = [...new Set(codes)].sort();
  const out: [string, string][] = [];
  for (let i = 0; i < set.length; i++) for (let j = i + 1; j < set.length; j++) out.push([set[i]!, set[j]!]);
  return out;
}

/**
 * The pairs of states an event is between: each actor with each recipient; when there is no
 * recipient (joint talks, "X and Y met"), the actors with each other. Co-actors acting on a third
 * state are not a pair ("Turkey and Azerbaijan condemned Armenia" is TUR-ARM and AZE-ARM, not
 * AZE-TUR), nor are co-recipients.
 */
export function eventPairs(actor: readonly string[], recipient: readonly string[]): [string, string][] {
  if (!recipient.length) return pairsOf(actor);
  const out = new Map<string, [string, string]>();
  for (const x of actor) for (const y of recipient) {
    if (x === y) continue;
    const p: [string, string] = x < y ? [x, y] : [y, x];
    out.set(p.join('-'), p);
  }
  return [...out.values()].sort((u, v) => (u[0] + u[1] < v[0] + v[1] ? -1 : 1));
}

const QUARTER_MONTH: Record<string, string> = { '1': '01', '2': '04', '3': '07', '4': '10' };
const HALF_MONTH: Record<string, string> = { '1': '01', '2': '07' };

/**
 * Start of a figure period as a sortable date prefix:
 *   "2023" -> "2023", "2021-Q1" -> "2021-01", "2019-01/2019-09" -> "2019-01", "2005/2013" -> "2005".
 * Null when the period is absent or not in one of these shapes.
 */
export function periodStart(period: string | null | undefined): string | null {
  if (!period) return null;
  const first = period.split('/')[0]!.trim();
  let m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(first);
  if (m) return first;
  m = /^(\d{4})-?Q([1-4])$/i.exec(first);
  if (m) return `${m[1]}-${QUARTER_MONTH[m[2]!]}`;
  m = /^(\d{4})-?H([12])$/i.exec(first);
  if (m) return `${m[1]}-${HALF_MONTH[m[2]!]}`;
  return null;
}

/** A fact date usable for sorting (YYYY, YYYY-MM or YYYY-MM-DD), else null. */
export const sortableDate = (d: string | null | undefined): string | null =>
  d && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(d) ? d : null;

/** offsetMap -> the places where it does not step by one ([textIndex, rawIndex]); null for identity. */
export function encodeOffsets(map: Document['offsetMap']): string | null {
  const runs: [number, number][] = [];
  let identity = true;
  for (let i = 0; i < map.length; i++) {
    const v = map[i]!;
    if (v !== i) identity = false;
    if (i === 0 ? v !== 0 : v !== map[i - 1]! + 1) runs.push([i, v]);
  }
  return identity ? null : JSON.stringify(runs);
}

/** Inverse of encodeOffsets for a text of `length` code units (the map has length + 1 entries). */
export function decodeOffsets(runs: string | null, length: number): Int32Array {
  const map = new Int32Array(length + 1);
  const breaks = runs ? (JSON.parse(runs) as [number, number][]) : [];
  let k = 0;
  for (let i = 0; i <= length; i++) {
    if (k < breaks.length && breaks[k]![0] === i) map[i] = breaks[k++]![1];
    else map[i] = i === 0 ? 0 : map[i - 1]! + 1;
  }
  return map;
}
