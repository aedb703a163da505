import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Document, Extraction } from '../core/types.ts';
import { toRecord } from './record.ts';

const text = 'Chile met Peru. Chile did not attack Peru.';
const doc = { id: 'd', source: 'd', url: null, raw: text, text, offsetMap: [], title: null, outlet: null, byline: null, dateline: null, published: null } as Document;
const event = (status: string, start: number, end: number, confidence: number) => ({
  kind: 'event', type: status === 'occurred' ? 'CONSULT' : 'ASSAULT', actor: ['CHL'], recipient: ['PER'], mode: null, context: [], date: null,
  date_precision: null, status, evidence: { start, end, text: text.slice(start, end) }, confidence,
}) as unknown as Extraction['facts'][number];

test('events that happened or are announced are listed apart from negated and hypothetical ones', () => {
  const ex: Extraction = { countries: ['CHL', 'PER'], facts: [event('negated', 16, 42, 0.9), event('occurred', 0, 15, 0.8)] };
  const rec = toRecord(doc, ex) as { events: { status: string }[]; unrealized_events: { status: string }[] };
  assert.deepEqual(rec.events.map((e) => e.status), ['occurred']);
  assert.deepEqual(rec.unrealized_events.map((e) => e.status), ['negated']);
});
