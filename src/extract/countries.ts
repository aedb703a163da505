// The states acting in a document: participants of facts, plus mentioned states that act.
import type { Annotations, Document, Fact } from '../core/types.ts';

export function actingCountries(_doc: Document, ann: Annotations, facts: readonly Fact[]): string[] {
  const set = new Set<string>();
  for (const f of facts) {
    if (f.kind === 'event') for (const c of [...f.actor, ...f.recipient]) set.add(c);
  }
  for (const m of ann.mentions) {
    if (m.type === 'country' && m.ref && m.via !== 'venue') set.add(m.ref);
  }
  set.delete('IGO');
  return [...set].sort();
}
