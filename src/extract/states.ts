// State references for the figures/agreements/arms extractors: the nlp mentions of states, and
// of organisations and people whose ref is a state ("Rosoboronexport", "the Russian minister").
import type { Annotations, Document, Mention } from '../core/types.ts';

export interface StateRef {
  readonly start: number;
  readonly end: number;
  readonly ref: string;
  /** adjective/demonym use ("Russian investments") */
  readonly adjective: boolean;
  readonly text: string;
}

const ISO3 = /^[A-Z]{3}$/;
const isStateMention = (m: Mention) =>
  (m.type === 'country' || m.type === 'org' || m.type === 'person') && !!m.ref && ISO3.test(m.ref) && m.ref !== 'IGO';

const cache = new WeakMap<Document, StateRef[]>();

/** All state references in the document (from the nlp mentions), sorted by position. */
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
