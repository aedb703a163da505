// State references for the figures/agreements/arms extractors: the nlp mentions (countries, and
// organisations/people whose ref is a state) plus a fallback scan of state names and demonyms, so
// that "Azerbaijani" or "Russian" count even when the mention layer does not mark adjectives.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Annotations, Document, Mention } from '../../core/types.ts';

const require = createRequire(import.meta.url);
const countries: {
  cca3: string;
  name: { common: string; official: string };
  demonyms?: { eng?: { m?: string; f?: string } };
  altSpellings?: string[];
}[] = require('world-countries');

export interface StateRef {
  readonly start: number;
  readonly end: number;
  readonly ref: string;
  /** adjective/demonym use ("Russian investments") */
  readonly adjective: boolean;
  readonly text: string;
}

const NAMES = new Map<string, { ref: string; adjective: boolean }>();
for (const c of countries) {
  for (const n of [c.name.common, c.name.official, ...(c.altSpellings ?? [])]) {
    if (n && n.length > 3 && /^[A-Z]/.test(n) && !NAMES.has(n)) NAMES.set(n, { ref: c.cca3, adjective: false });
  }
  for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
    if (d && !NAMES.has(d)) NAMES.set(d, { ref: c.cca3, adjective: true });
  }
}
const extra = JSON.parse(readFileSync(new URL('../../../data/figures/state-names.json', import.meta.url), 'utf8')) as Record<string, string>;
for (const [k, v] of Object.entries(extra)) {
  if (k.startsWith('_')) continue;
  NAMES.set(k, { ref: v, adjective: /(an|ish|ese|i|ic|h)$/.test(k) && !/^[A-Z]+$/.test(k) && k !== 'America' });
}
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NAME_RE = new RegExp(
  `(?<!\\w|\\b[a-z]+-)(?:${[...NAMES.keys()].sort((a, b) => b.length - a.length).map(esc).join('|')})(?!\\w|-[a-z]|\\.\\w)`,
  'g',
);

const ISO3 = /^[A-Z]{3}$/;
const isStateMention = (m: Mention) =>
  (m.type === 'country' || m.type === 'org' || m.type === 'person') && !!m.ref && ISO3.test(m.ref) && m.ref !== 'IGO';

const cache = new WeakMap<Document, StateRef[]>();

/** All state references in the document, sorted by position (mentions first, fallback fills gaps). */
export function stateRefs(doc: Document, ann: Annotations): StateRef[] {
  const hit = cache.get(doc);
  if (hit) return hit;
  const out: StateRef[] = [];
  // "U.S. dollars", "Hong Kong dollars": a currency, not a state
  const currency = (e: number) => /^\s*(?:dollars?|cents?)\b/i.test(doc.text.slice(e, e + 10));
  for (const m of ann.mentions) {
    if (!isStateMention(m) || currency(m.end)) continue;
    out.push({ start: m.start, end: m.end, ref: m.ref!, adjective: !!m.adjective || m.type !== 'country', text: m.text });
  }
  const taken = (s: number, e: number) => out.some((r) => r.start < e && s < r.end);
  for (const m of doc.text.matchAll(NAME_RE)) {
    const s = m.index!;
    const e = s + m[0].length;
    if (taken(s, e) || currency(e)) continue;
    const info = NAMES.get(m[0])!;
    out.push({ start: s, end: e, ref: info.ref, adjective: info.adjective, text: m[0] });
  }
  out.sort((a, b) => a.start - b.start);
  cache.set(doc, out);
  return out;
}

export function statesIn(doc: Document, ann: Annotations, start: number, end: number): StateRef[] {
  return stateRefs(doc, ann).filter((r) => r.start >= start && r.end <= end);
}

/** States ranked by how often the document names them (ties: first named first). */
export function mainStates(doc: Document, ann: Annotations): string[] {
  const count = new Map<string, { n: number; first: number }>();
  for (const r of stateRefs(doc, ann)) {
    const c = count.get(r.ref);
    if (c) c.n++;
    else count.set(r.ref, { n: 1, first: r.start });
  }
  return [...count.entries()].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first).map(([k]) => k);
}

/** Unique refs in order of first appearance. */
export const uniqRefs = (refs: readonly StateRef[]): string[] => [...new Set(refs.map((r) => r.ref))];
