// End to end: fixture articles through `dyad ingest`, `dyad reprocess` and `dyad report`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.ts';
import type { CommandIO } from '../src/cli/io.ts';
import { Store } from '../src/store/store.ts';
import { eventPairs } from '../src/store/rows.ts';
import { extractorVersion } from '../src/extract/run.ts';
import { evidenceOf, type Document, type Fact } from '../src/core/types.ts';

const E2E = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'e2e');
const DOCS = 5; // three article files and one JSONL file with two records

function capture(): CommandIO & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', stderrIsTTY: false, out(s: string) { io.stdout += s; }, err(s: string) { io.stderr += s; } };
  return io;
}

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = capture();
  const code = await main(argv, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

const FACT_TABLES = ['events', 'figures', 'agreements', 'arms', 'people'] as const;
const RECORD_KEYS = { events: 'events', figures: 'figures', agreements: 'agreements', arms: 'arms', people: 'people' } as const;

/** Every stored span (facts, extra event spans, mentions) slices out of its document's stored text. */
function assertStoredSpans(store: Store): number {
  const texts = new Map((store.db.prepare('SELECT id, text FROM documents').all() as { id: number; text: string }[]).map((r) => [r.id, r.text]));
  let checked = 0;
  for (const t of [...FACT_TABLES, 'mentions'] as const) {
    const col = t === 'mentions' ? 'text' : 'evidence';
    for (const r of store.db.prepare(`SELECT document_id, start, end, ${col} AS ev FROM ${t}`).all() as any[]) {
      assert.equal(texts.get(r.document_id)!.slice(r.start, r.end), r.ev, `${t} span [${r.start}, ${r.end})`);
      checked++;
    }
  }
  for (const r of store.db.prepare('SELECT document_id, spans FROM events').all() as any[]) {
    for (const s of JSON.parse(r.spans)) { assert.equal(texts.get(r.document_id)!.slice(s.start, s.end), s.text); checked++; }
  }
  return checked;
}

test('ingest, rerun, bad inputs, URL versions, reprocess and report over the fixture articles', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-e2e-'));
  try {
    const db = join(dir, 'e2e.db');

    // what `extract` finds is what `ingest` must store
    const ex = await run(['extract', '--format', 'jsonl', E2E]);
    assert.equal(ex.code, 0, ex.stderr);
    const records = ex.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(records.length, DOCS);
    const expected = Object.fromEntries(FACT_TABLES.map((t) => [t, records.reduce((n, r) => n + r[RECORD_KEYS[t]].length, 0)]));

    const first = await run(['ingest', '--db', db, E2E]);
    assert.equal(first.code, 0, first.stderr);
    assert.equal(first.stderr, `${DOCS} documents added, 0 skipped as duplicates, 0 failed\n`);
    assert.equal(first.stdout, '');

    let store = new Store(db);
    const c1 = store.counts();
    assert.equal(c1.documents, DOCS);
    for (const t of FACT_TABLES) assert.equal(c1[t], expected[t], `${t} stored as extracted`);
    assert.ok(c1.mentions > 0, 'country mentions are stored');
    assert.ok(assertStoredSpans(store) >= c1.mentions);
    const wire = store.db.prepare("SELECT url, title, outlet, published, version, current FROM documents WHERE doc_key = 'wire-1'").get();
    assert.deepEqual(wire, { url: 'https://wire.example/turkey-azerbaijan-exercise', title: 'Turkey and Azerbaijan hold joint drills', outlet: 'Example Wire', published: '2024-04-10', version: 1, current: 1 });
    const html = store.db.prepare("SELECT text, raw FROM documents WHERE doc_key = '03-georgia-armenia-visit'").get() as { text: string; raw: string };
    assert.ok(!html.text.includes('<p>') && html.text.includes('Yerevan'), 'HTML is stored as its article text');
    // the acting states of each document agree with what extract reported
    for (const r of records) {
      const codes = (store.db.prepare('SELECT code FROM document_countries c JOIN documents d ON d.id = c.document_id WHERE d.doc_key = ? ORDER BY code').all(r.id) as { code: string }[]).map((x) => x.code);
      assert.deepEqual(codes, [...r.countries].sort(), r.id);
    }
    // the helper tables follow their facts
    const participants = (store.db.prepare('SELECT count(*) AS n FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = e.id)').get() as { n: number }).n;
    assert.equal(participants, records.flatMap((r) => r.events).filter((e: any) => !e.actor.length && !e.recipient.length).length);
    const pairRows = records.flatMap((r) => r.events).reduce((n: number, e: any) => n + eventPairs(e.actor, e.recipient).length, 0);
    assert.equal(c1.event_pairs, pairRows, 'event_pairs: each actor with each recipient, or the actors with each other');
    const figureCodes = records.flatMap((r) => r.figures).reduce((n: number, f: any) => n + new Set([...f.countries, f.from, f.to].filter(Boolean)).size, 0);
    assert.equal(c1.figure_countries, figureCodes, 'figure_countries: the countries, source and destination of each figure');
    store.close();

    // a rerun skips everything as duplicates and changes nothing
    const second = await run(['ingest', '--db', db, E2E]);
    assert.equal(second.code, 0);
    assert.equal(second.stderr, `0 documents added, ${DOCS} skipped as duplicates, 0 failed\n`);
    store = new Store(db);
    assert.deepEqual(store.counts().documents, DOCS);
    store.close();

    // bad inputs are named and skipped; the good one is added; nothing stored is lost
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'a-empty.txt'), '');
    writeFileSync(join(bad, 'b-broken.jsonl'), '{"id": "x", "text": "unterminated\n');
    writeFileSync(join(bad, 'c-update.jsonl'), JSON.stringify({
      id: 'wire-1b', url: 'https://wire.example/turkey-azerbaijan-exercise', title: 'Turkey and Azerbaijan extend joint drills', published: '2024-04-12',
      text: 'Turkey and Azerbaijan extended their joint military exercises near Baku by five days, the defense ministries said.\n\nThe drills involve tank crews and artillery units.',
    }) + '\n');
    const third = await run(['ingest', '--db', db, join(bad, 'a-empty.txt'), join(bad, 'b-broken.jsonl'), join(bad, 'c-update.jsonl'), join(dir, 'missing.txt')]);
    assert.equal(third.code, 1);
    const lines = third.stderr.trim().split('\n');
    assert.equal(lines.length, 4);
    assert.match(lines[0]!, /a-empty\.txt: .*\(skipped\)$/);
    assert.match(lines[1]!, /b-broken\.jsonl:1: .*\(skipped\)$/);
    assert.match(lines[2]!, /missing\.txt: .*\(skipped\)$/);
    assert.equal(lines[3], '1 document added, 0 skipped as duplicates, 3 failed');
    store = new Store(db);
    assert.equal(store.counts().documents, DOCS + 1);
    const versions = store.db.prepare('SELECT doc_key, version, current FROM documents WHERE url = ? ORDER BY version').all('https://wire.example/turkey-azerbaijan-exercise');
    assert.deepEqual(versions, [{ doc_key: 'wire-1', version: 1, current: 0 }, { doc_key: 'wire-1b', version: 2, current: 1 }]);
    const before = store.counts();
    store.db.prepare("UPDATE documents SET extractor_version = 'old' WHERE doc_key = 'wire-2'").run();
    store.db.prepare("UPDATE figures SET extractor_version = 'old'").run();
    store.close();

    // reprocess: the same pipeline over the stored text gives the same facts, now at the current version
    const stale = await run(['reprocess', '--db', db, '--stale']);
    assert.equal(stale.code, 0, stale.stderr);
    assert.equal(stale.stderr, '1 document reprocessed, 0 failed\n');
    const re = await run(['reprocess', '--db', db]);
    assert.equal(re.code, 0, re.stderr);
    assert.equal(re.stderr, `${DOCS + 1} documents reprocessed, 0 failed\n`);
    store = new Store(db);
    assert.deepEqual(store.counts(), before);
    const version = extractorVersion();
    for (const t of FACT_TABLES) {
      const other = (store.db.prepare(`SELECT count(*) AS n FROM ${t} WHERE extractor_version <> ?`).get(version) as { n: number }).n;
      assert.equal(other, 0, `${t} carry the current extractor version`);
    }
    assertStoredSpans(store);
    store.close();

    // report: one block per pair, consistent with the store; JSON carries the same pairs
    const json = await run(['report', '--db', db, '--format', 'json']);
    assert.equal(json.code, 0, json.stderr);
    const report = JSON.parse(json.stdout);
    const text = await run(['report', '--db', db]);
    assert.equal(text.code, 0);
    assert.match(text.stdout, new RegExp(`^dyad report: ${report.pairs.length} pairs? of states`));
    store = new Store(db);
    for (const p of report.pairs) {
      assert.ok(text.stdout.includes(`== ${p.pair} `), p.pair);
      const figures = (store.db.prepare('SELECT count(*) AS n FROM figures f JOIN documents d ON d.id = f.document_id WHERE f.pair = ? AND d.current = 1').get(p.pair) as { n: number }).n;
      assert.equal(p.totals.figures, figures, `${p.pair} figures`);
    }
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// A store filled with known facts, so the report's aggregation is checked exactly
// (independent of how much the extractors find today).
function knownDoc(id: string, text: string, published: string, url: string | null = null): Document {
  return { id, source: `${id}.txt`, url, raw: text, text, offsetMap: Array.from({ length: text.length + 1 }, (_, i) => i), title: `Title ${id}`, outlet: null, byline: null, dateline: null, published };
}
const ev = (doc: Document, s: string) => { const i = doc.text.indexOf(s); assert.ok(i >= 0, s); return evidenceOf(doc, i, i + s.length); };

test('report aggregates events by year and type, latest figures, agreements, arms and people', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-report-'));
  try {
    const db = join(dir, 'r.db');
    const store = new Store(db);
    const d1 = knownDoc('k1', 'Finland and Estonia held talks in Helsinki. Minister Aino Virtanen hosted the meeting. Trade reached $3 billion in 2019.', '2019-06-01');
    const d2 = knownDoc('k2', 'Estonia and Finland signed a ferry accord. Finland will supply patrol boats to Estonia. Trade reached $4 billion in 2021.', '2021-03-02');
    const d3 = knownDoc('k3', 'Estonia protested over airspace violations by Russia.', '2022-01-05');
    const facts1: Fact[] = [
      { kind: 'event', type: 'CONSULT', actor: ['EST'], recipient: ['FIN'], mode: 'visit', context: [], date: '2019-05-30', status: 'occurred', evidence: ev(d1, 'Finland and Estonia held talks in Helsinki.') },
      { kind: 'event', type: 'AGREE', actor: ['FIN'], recipient: ['EST'], mode: null, context: [], date: null, status: 'hypothetical', evidence: ev(d1, 'Finland and Estonia held talks') },
      { kind: 'person', name: 'Aino Virtanen', country: 'FIN', role: 'Minister', evidence: ev(d1, 'Minister Aino Virtanen') },
      { kind: 'figure', metric: 'trade_turnover', value: 3e9, unit: 'USD', period: '2019', countries: ['FIN', 'EST'], from: null, to: null, status: 'actual', change_pct: null, evidence: ev(d1, 'Trade reached $3 billion in 2019.') },
    ];
    const facts2: Fact[] = [
      { kind: 'event', type: 'SUPPORT', actor: ['EST', 'FIN'], recipient: [], mode: 'sign', context: [], date: null, status: 'occurred', evidence: ev(d2, 'Estonia and Finland signed a ferry accord.') },
      { kind: 'event', type: 'CONSULT', actor: ['EST', 'FIN'], recipient: [], mode: null, context: [], date: null, status: 'occurred', evidence: ev(d2, 'Estonia and Finland signed') },
      { kind: 'agreement', name: 'ferry accord', parties: ['EST', 'FIN'], date: null, status: 'signed', evidence: ev(d2, 'Estonia and Finland signed a ferry accord.') },
      { kind: 'arms', system: 'patrol boat', category: 'ship', supplier: 'FIN', recipient: 'EST', status: 'planned', evidence: ev(d2, 'Finland will supply patrol boats to Estonia.') },
      { kind: 'figure', metric: 'trade_turnover', value: 4e9, unit: 'USD', period: '2021', countries: ['FIN', 'EST'], from: null, to: null, status: 'actual', change_pct: 33, evidence: ev(d2, 'Trade reached $4 billion in 2021.') },
      { kind: 'person', name: 'Aino Virtanen', country: 'FIN', role: 'Minister', evidence: ev(d2, 'Finland will supply') },
    ];
    const facts3: Fact[] = [
      { kind: 'event', type: 'PROTEST', actor: ['EST'], recipient: ['RUS'], mode: null, context: [], date: null, status: 'occurred', evidence: ev(d3, 'Estonia protested over airspace violations by Russia.') },
    ];
    for (const [doc, facts] of [[d1, facts1], [d2, facts2], [d3, facts3]] as const) {
      store.addDocument({ doc, mentions: [], extraction: { countries: [], facts } }, { extractorVersion: 'test' });
    }
    store.close();

    const r = await run(['report', '--db', db, '--pair', 'FIN-EST', '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const [p] = JSON.parse(r.stdout).pairs;
    assert.equal(p.pair, 'EST-FIN');
    assert.equal(p.documents, 2);
    assert.deepEqual(p.totals, { events: 3, figures: 2, agreements: 1, arms: 1 });
    assert.deepEqual(p.eventsByYear, [{ year: '2019', counts: { CONSULT: 1 } }, { year: '2021', counts: { CONSULT: 1, SUPPORT: 1 } }]);
    assert.equal(p.figures.length, 1);
    assert.deepEqual([p.figures[0].value, p.figures[0].period, p.figures[0].change_pct, p.figures[0].reports], [4e9, '2021', 33, 2]);
    assert.deepEqual(p.agreements.map((a: any) => [a.name, a.status, a.date]), [['ferry accord', 'signed', '2021-03-02']]);
    assert.deepEqual(p.arms.map((a: any) => [a.supplier, a.recipient, a.system, a.status]), [['FIN', 'EST', 'patrol boat', 'planned']]);
    assert.deepEqual(p.people.map((h: any) => [h.name, h.country, h.role, h.documents]), [['Aino Virtanen', 'FIN', 'Minister', 2]]);

    const since = JSON.parse((await run(['report', '--db', db, '--pair', 'EST-FIN', '--since', '2020', '--format', 'json'])).stdout).pairs[0];
    assert.deepEqual(since.eventsByYear, [{ year: '2021', counts: { CONSULT: 1, SUPPORT: 1 } }]);
    assert.equal(since.documents, 1);
    const until = JSON.parse((await run(['report', '--db', db, '--pair', 'EST-FIN', '--until', '2019', '--format', 'json'])).stdout).pairs[0];
    assert.deepEqual(until.totals, { events: 1, figures: 1, agreements: 0, arms: 0 });

    const country = JSON.parse((await run(['report', '--db', db, '--country', 'est', '--format', 'json'])).stdout);
    assert.deepEqual(country.pairs.map((x: any) => x.pair), ['EST-FIN', 'EST-RUS']);

    const text = await run(['report', '--db', db, '--pair', 'EST-FIN', '--evidence']);
    assert.equal(text.code, 0);
    const out = text.stdout;
    assert.match(out, /== EST-FIN {2}Estonia - Finland/);
    assert.match(out, /2021 +CONSULT 1 {2}SUPPORT 1/);
    assert.match(out, /trade_turnover: 4,000,000,000 USD 2021 actual \(\+33%\) {2}\[latest of 2\]\n +from document 2 \(k2\) "Title k2", 2021-03-02\n +evidence: Trade reached \$4 billion in 2021\./);
    assert.match(out, /2019-05-30 CONSULT\/visit EST -> FIN\n +from document 1 \(k1\) "Title k1", 2019-06-01\n +evidence: Finland and Estonia held talks in Helsinki\./);
    assert.match(out, /FIN -> EST {2}patrol boat \(ship\) planned 2021-03-02\n +from document 2 \(k2\)/);
    assert.ok(!out.includes('AGREE'), 'hypothetical events are not counted');
    assert.ok(!out.includes('PROTEST'), 'other pairs stay out');

    const usage = await run(['report', '--db', db, '--pair', 'Finland']);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /AZE-RUS/);
    const missing = await run(['report', '--db', join(dir, 'none.db')]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /no store at/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('on a terminal ingest draws a progress line on stderr and clears it before the summary', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-tty-'));
  try {
    const io = capture();
    const tty: CommandIO = { out: io.out, err: io.err, stderrIsTTY: true };
    assert.equal(await main(['ingest', '--db', join(dir, 't.db'), E2E], tty), 0);
    assert.match(io.stderr, /^\r\x1b\[K\[#{6}\.{18}\] 25% 1\/4 files: 0 added, 0 duplicates, 0 failed \(/, 'the first item draws the bar over the 4 input files');
    assert.ok(io.stderr.endsWith(`\r\x1b[K${DOCS} documents added, 0 skipped as duplicates, 0 failed\n`), JSON.stringify(io.stderr.slice(-80)));
    const unopenable = await run(['ingest', '--db', join(dir, 'no', 'such', 'dir.db'), E2E]);
    assert.equal(unopenable.code, 1);
    assert.match(unopenable.stderr, /^dyad ingest: cannot open the store .*dir\.db: /);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('every command lists its options in --help', async () => {
  for (const cmd of ['ingest', 'reprocess', 'report']) {
    const r = await run([cmd, '--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, new RegExp(`^usage: dyad ${cmd} `));
    assert.match(r.stdout, /--db FILE/);
  }
  const top = await run(['--help']);
  for (const cmd of ['ingest', 'reprocess', 'report']) assert.match(top.stdout, new RegExp(`^  ${cmd} `, 'm'));
});
