// Output record: one JSON object per document in the format of ANNOTATION.md.
import type { Document, Extraction, Fact } from '../core/types.ts';

export interface OutputOptions {
  readonly withText?: boolean;
}

const pick = <K extends Fact['kind']>(facts: readonly Fact[], kind: K) =>
  facts.filter((f): f is Extract<Fact, { kind: K }> => f.kind === kind);

function strip<T extends Fact>(f: T): Record<string, unknown> {
  const { kind: _k, ...rest } = f;
  return rest;
}

/** Events that did not happen (negated) or may not (hypothetical): listed apart so that nobody counts them as done. */
const unrealized = (e: { status: string }) => e.status === 'negated' || e.status === 'hypothetical';

export function toRecord(doc: Document, ex: Extraction, opts: OutputOptions = {}): Record<string, unknown> {
  const events = pick(ex.facts, 'event').slice().sort((a, b) => (b.confidence ?? 0.5) - (a.confidence ?? 0.5));
  const rec: Record<string, unknown> = {
    id: doc.id,
    source: doc.source,
    url: doc.url,
    published: doc.published,
    title: doc.title,
    outlet: doc.outlet,
    byline: doc.byline,
    dateline: doc.dateline,
    countries: ex.countries,
    people: pick(ex.facts, 'person').map(strip),
    // what happened or is announced (status occurred or future), most confident first
    events: events.filter((e) => !unrealized(e)).map(strip),
    // negated and hypothetical events, with their status
    unrealized_events: events.filter(unrealized).map(strip),
    agreements: pick(ex.facts, 'agreement').map(strip),
    figures: pick(ex.facts, 'figure').map(strip),
    arms: pick(ex.facts, 'arms').map(strip),
  };
  if (opts.withText) rec.text = doc.text;
  return rec;
}
