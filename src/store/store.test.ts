import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evidenceOf, type Document, type Extraction, type Fact, type Mention } from '../core/types.ts';
import { Store, ProvenanceError, documentFromRow } from './store.ts';
import { contentHash, decodeOffsets, encodeOffsets, eventPairs, pairOf, pairsOf, periodStart } from './rows.ts';

const TEXT = 'Nordland and Sudmark signed a transit accord on 3 May 2023. Trade reached $2 billion in 2022.';

function makeDoc(text = TEXT, extra: Partial<Document> = {}): Document {
  return {
    id: 'a1', source: 'test/a1.txt', url: null, raw: text, text, offsetMap: Array.from({ length: text.length + 1 }, (_, i) => i),
    title: 'Accord', outlet: 'Test Wire', byline: null, dateline: null, published: '2023-05-04', ...extra,
  };
}

const span = (doc: Document, s: string) => { const i = doc.text.indexOf(s); return evidenceOf(doc, i, i + s.length); };

function makeFacts(doc: Document): Fact[] {
  const first = span(doc, 'Nordland and Sudmark signed a transit accord on 3 May 2023.');
  return [
    { kind: 'event', type: 'SUPPORT', actor: ['NOR', 'SWE'], recipient: [], mode: 'sign', context: ['economic'], date: '2023-05-03', status: 'occurred', evidence: first, extractor: 'events/test' },
    { kind: 'agreement', name: 'transit accord', parties: ['SWE', 'NOR'], date: '2023-05-03', status: 'signed', evidence: first, extractor: 'agreements/test' },
    { kind: 'figure', metric: 'trade_turnover', value: 2e9, unit: 'USD', period: '2022', countries: ['SWE', 'NOR'], from: null, to: null, status: 'actual', change_pct: null, evidence: span(doc, 'Trade reached $2 billion in 2022.'), extractor: 'figures/test' },
    { kind: 'arms', system: 'T-90', category: 'tank', supplier: 'NOR', recipient: 'SWE', status: 'ordered', evidence: first, extractor: 'arms/test' },
    { kind: 'person', name: 'Ann Berg', country: 'NOR', role: 'Minister', evidence: first, extractor: 'people/test' },
  ];
}

const mentionsOf = (doc: Document): Mention[] => [
  { type: 'country', ...span(doc, 'Nordland'), ref: 'NOR', sentence: 0 },
  { type: 'country', ...span(doc, 'Sudmark'), ref: 'SWE', sentence: 0 },
];

const input = (doc: Document, facts = makeFacts(doc)) => ({ doc, mentions: mentionsOf(doc), extraction: { countries: ['NOR', 'SWE'], facts } satisfies Extraction });
const OPTS = { extractorVersion: 'test@1', now: '2024-01-01T00:00:00Z' };

test('migrations are applied once and recorded', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-store-'));
  try {
    const path = join(dir, 'x.db');
    const s1 = new Store(path);
    const versions = (s1.db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[]).map((r) => r.version);
    assert.ok(versions.length >= 2);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b));
    assert.equal(s1.db.pragma('user_version', { simple: true }), versions.at(-1));
    assert.equal(s1.db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(s1.db.pragma('foreign_keys', { simple: true }), 1);
    s1.close();
    const s2 = new Store(path);
    assert.deepEqual(s2.migrate(), [], 'nothing left to apply on reopen');
    assert.equal((s2.db.prepare('SELECT count(*) AS n FROM schema_migrations').get() as { n: number }).n, versions.length);
    s2.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a document with all fact kinds fills the fact and helper tables', () => {
  const store = new Store(':memory:');
  const doc = makeDoc();
  const r = store.addDocument(input(doc), OPTS);
  assert.equal(r.status, 'added');
  assert.equal(r.version, 1);
  const c = store.counts();
  assert.deepEqual([c.documents, c.mentions, c.events, c.figures, c.agreements, c.arms, c.people], [1, 2, 1, 1, 1, 1, 1]);
  assert.equal(c.event_participants, 2);
  assert.deepEqual(store.db.prepare('SELECT a, b FROM event_pairs').all(), [{ a: 'NOR', b: 'SWE' }]);
  assert.equal(c.figure_countries, 2);
  assert.equal(c.agreement_parties, 2);
  const fig = store.db.prepare('SELECT pair, sort_date, extractor_version, evidence, start, end FROM figures').get() as any;
  assert.equal(fig.pair, 'NOR-SWE');
  assert.equal(fig.sort_date, '2022');
  assert.equal(fig.extractor_version, 'test@1');
  assert.equal(doc.text.slice(fig.start, fig.end), fig.evidence);
  assert.equal((store.db.prepare('SELECT sort_date FROM events').get() as any).sort_date, '2023-05-03');
  assert.equal((store.db.prepare('SELECT pair, sort_date FROM arms').get() as any).sort_date, '2023-05-04', 'arms fall back to the published date');
  assert.equal((store.db.prepare('SELECT pair FROM agreements').get() as any).pair, 'NOR-SWE');
  const row = store.db.prepare("SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'transit'").all();
  assert.equal(row.length, 1, 'full-text index holds the text');
  assert.equal((store.db.prepare('SELECT content_hash FROM documents').get() as any).content_hash, contentHash(doc.text));
  store.close();
});

test('same text twice is a duplicate; same URL with changed text is the next version', () => {
  const store = new Store(':memory:');
  const url = 'https://example.org/news/1';
  const a = store.addDocument(input(makeDoc(TEXT, { url })), OPTS);
  const again = store.addDocument(input(makeDoc(TEXT, { url, id: 'other', source: 'elsewhere.txt' })), OPTS);
  assert.equal(again.status, 'duplicate');
  assert.equal(again.id, a.id);
  assert.equal(store.counts().documents, 1);
  assert.equal(store.counts().events, 1, 'no facts written for a duplicate');
  const changed = TEXT + ' Talks continue.';
  const b = store.addDocument(input(makeDoc(changed, { url })), OPTS);
  assert.equal(b.status, 'added');
  assert.equal(b.version, 2);
  const rows = store.db.prepare('SELECT version, current FROM documents WHERE url = ? ORDER BY version').all(url);
  assert.deepEqual(rows, [{ version: 1, current: 0 }, { version: 2, current: 1 }]);
  store.close();
});

test('the store rejects a fact whose evidence does not slice to its text, writing nothing', () => {
  const store = new Store(':memory:');
  const doc = makeDoc();
  const facts = makeFacts(doc);
  const bad: Fact = { ...facts[0]!, evidence: { start: 0, end: 8, text: 'Sudmark!' } } as Fact;
  assert.throws(() => store.addDocument(input(doc, [bad, ...facts.slice(1)]), OPTS), ProvenanceError);
  const outOfRange: Fact = { ...facts[1]!, evidence: { start: 5, end: 9999, text: 'x' } } as Fact;
  assert.throws(() => store.addDocument(input(doc, [outOfRange]), OPTS), ProvenanceError);
  const badMention = { doc, mentions: [{ type: 'country', start: 0, end: 3, text: 'Sud', sentence: 0 } as Mention], extraction: { countries: [], facts: [] } };
  assert.throws(() => store.addDocument(badMention, OPTS), ProvenanceError);
  const c = store.counts();
  assert.equal(c.documents + c.events + c.agreements + c.mentions, 0);
  store.close();
});

test('a batch that fails mid-way rolls back alone; committed batches survive', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-store-'));
  try {
    const path = join(dir, 'x.db');
    const store = new Store(path);
    store.transaction(() => {
      store.addDocument(input(makeDoc(TEXT + ' One.')), OPTS);
      store.addDocument(input(makeDoc(TEXT + ' Two.')), OPTS);
    });
    assert.throws(() => store.transaction(() => {
      store.addDocument(input(makeDoc(TEXT + ' Three.')), OPTS);
      throw new Error('killed');
    }), /killed/);
    store.close();
    const reopened = new Store(path);
    assert.equal(reopened.counts().documents, 2);
    assert.equal(reopened.counts().events, 2);
    reopened.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('replaceFacts swaps the facts of a document and records the version', () => {
  const store = new Store(':memory:');
  const doc = makeDoc();
  const { id } = store.addDocument(input(doc), OPTS);
  const row = store.getDocument(id)!;
  const rebuilt = documentFromRow(row);
  assert.equal(rebuilt.text, doc.text);
  assert.equal(rebuilt.id, doc.id);
  store.replaceFacts(id, input(rebuilt, makeFacts(rebuilt).slice(2, 3)), 'test@2');
  const c = store.counts();
  assert.deepEqual([c.events, c.event_pairs, c.event_participants, c.figures, c.agreements, c.agreement_parties], [0, 0, 0, 1, 0, 0]);
  assert.equal((store.db.prepare('SELECT extractor_version FROM figures').get() as any).extractor_version, 'test@2');
  assert.equal(store.getDocument(id)!.extractor_version, 'test@2');
  store.close();
});

test('row helpers: pairs, period starts, offset maps', () => {
  assert.equal(pairOf(['RUS', 'AZE', 'RUS']), 'AZE-RUS');
  assert.equal(pairOf(['RUS']), null);
  assert.equal(pairOf(['RUS', 'AZE', 'KAZ']), null);
  assert.deepEqual(pairsOf(['RUS', 'AZE', 'KAZ']), [['AZE', 'KAZ'], ['AZE', 'RUS'], ['KAZ', 'RUS']]);
  assert.deepEqual(eventPairs(['TUR', 'AZE'], ['ARM']), [['ARM', 'AZE'], ['ARM', 'TUR']], 'co-actors are not a pair');
  assert.deepEqual(eventPairs(['TUR', 'AZE'], []), [['AZE', 'TUR']], 'joint talks: the actors with each other');
  assert.deepEqual(eventPairs(['RUS'], ['RUS', 'UKR']), [['RUS', 'UKR']]);
  assert.equal(periodStart('2021-Q2'), '2021-04');
  assert.equal(periodStart('2019-01/2019-09'), '2019-01');
  assert.equal(periodStart('2005/2013'), '2005');
  assert.equal(periodStart('last year'), null);
  const map = [0, 1, 2, 5, 6, 7, 9, 10];
  assert.deepEqual([...decodeOffsets(encodeOffsets(map), map.length - 1)], map);
  assert.equal(encodeOffsets([0, 1, 2]), null);
  assert.deepEqual([...decodeOffsets(null, 2)], [0, 1, 2]);
});
