// Every endpoint through fastify's inject(): results on the team-written data set, bad
// parameters (400 with a message) and unknown ids or pairs (404).
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { openTestDb, ARTICLES } from './test-data.ts';
import type { Db } from '../query/sql.ts';

let db: Db;
let ids: Map<string, number>;
let app: FastifyInstance;

beforeEach(async () => {
  ({ db, ids } = openTestDb());
  app = await buildApp({ db, webRoot: '/nonexistent-dyad-web' });
});
afterEach(async () => { await app.close(); db.close(); });

async function get(url: string, status = 200): Promise<any> {
  const r = await app.inject(url);
  assert.equal(r.statusCode, status, `${url}: ${r.body}`);
  return String(r.headers['content-type'] ?? '').startsWith('application/json') ? r.json() : r.body;
}

async function bad(url: string, status: number, messagePart: string | RegExp): Promise<void> {
  const body = await get(url, status);
  assert.equal(body.error, status === 400 ? 'Bad Request' : 'Not Found', url);
  assert.match(body.message, typeof messagePart === 'string' ? new RegExp(messagePart) : messagePart, url);
}

test('GET /api/documents lists newest first, with paging and filters', async () => {
  const all = await get('/api/documents');
  assert.equal(all.total, ARTICLES.length);
  assert.deepEqual(all.items.map((d: any) => d.published), ['2024-05-20', '2024-04-15', '2024-04-02', '2024-03-12', '2024-02-08']);
  const page = await get('/api/documents?limit=2&offset=1');
  assert.deepEqual(page.items.map((d: any) => d.doc_key), ['no-sanctions', 'border']);
  assert.equal(page.total, 5);
  const kaz = await get('/api/documents?country=kaz');
  assert.deepEqual(kaz.items.map((d: any) => d.doc_key), ['transit']);
  const march = await get('/api/documents?since=2024-03&until=2024-04');
  assert.deepEqual(march.items.map((d: any) => d.doc_key), ['no-sanctions', 'border', 'roadmap']);
  await bad('/api/documents?limit=0', 400, 'limit');
  await bad('/api/documents?limit=501', 400, 'limit');
  await bad('/api/documents?offset=-1', 400, 'offset');
  await bad('/api/documents?since=2024-13', 400, 'since');
  await bad('/api/documents?since=2024-05&until=2024-01', 400, 'since must not be after until');
  await bad('/api/documents?sort=title', 400, "Unrecognized key.*'sort'");
});

test('GET /api/search finds words with FTS5 and highlights them safely', async () => {
  const r = await get('/api/search?q=transit');
  assert.equal(r.total, 2);
  assert.deepEqual(r.items.map((d: any) => d.doc_key).sort(), ['gas-talks', 'transit']);
  for (const hit of r.items) assert.match(hit.snippet_html, /<mark>[Tt]ransit<\/mark>/);
  const both = await get('/api/search?q=' + encodeURIComponent('border villages'));
  assert.deepEqual(both.items.map((d: any) => d.doc_key), ['border']);
  // FTS5 syntax and markup in the query are taken as plain words, never as syntax or HTML
  const odd = await get('/api/search?q=' + encodeURIComponent('"Sotk" OR <b>NEAR('));
  assert.equal(odd.total, 0);
  const prefix = await get('/api/search?q=Kazak*');
  assert.deepEqual(prefix.items.map((d: any) => d.doc_key), ['transit']);
  assert.equal((await get('/api/search?q=zzzunknownword')).total, 0);
  await bad('/api/search', 400, '^q: Required');
  await bad('/api/search?q=%20%20', 400, 'q must not be empty');
});

test('GET /api/documents/:id gives the text and every fact, each span slicing the text', async () => {
  const id = ids.get('roadmap')!;
  const d = await get(`/api/documents/${id}`);
  assert.equal(d.title, 'Azerbaijan and Russia sign an economic roadmap');
  assert.deepEqual(d.countries, ['AZE', 'RUS']);
  assert.equal(d.facts.events.length, 3);
  assert.equal(d.facts.figures.length, 1);
  assert.equal(d.facts.arms.length, 1);
  assert.equal(d.facts.agreements.length, 1);
  assert.equal(d.facts.people.length, 2);
  const all = [...d.facts.events, ...d.facts.figures, ...d.facts.arms, ...d.facts.agreements, ...d.facts.people];
  for (const f of all) assert.equal(d.text.slice(f.evidence.start, f.evidence.end), f.evidence.text);
  const consult = d.facts.events.find((e: any) => e.type === 'CONSULT');
  assert.deepEqual([consult.actor, consult.recipient, consult.mode], [['RUS'], ['AZE'], 'visit']);
  // UTF-16 offsets survive an astral character (a flag) before the spans
  const t = await get(`/api/documents/${ids.get('transit')}`);
  for (const f of [...t.facts.events, ...t.facts.figures]) assert.equal(t.text.slice(f.evidence.start, f.evidence.end), f.evidence.text);
  await bad('/api/documents/999', 404, 'no document 999');
  await bad('/api/documents/abc', 400, 'id');
  await bad('/api/documents/0', 400, 'id');
  await bad(`/api/documents/${id}?x=1`, 400, 'Unrecognized');
});

test('GET /api/events filters by pair, country, type, context, status and dates', async () => {
  const pair = await get('/api/events?pair=RUS-AZE');
  assert.equal(pair.total, 6);
  assert.deepEqual(await get('/api/events?pair=AZE-RUS'), pair, 'pair order does not matter');
  assert.deepEqual((await get('/api/events?country=ARM')).items.map((e: any) => e.type).sort(), ['ACCUSE', 'ASSAULT', 'PROTEST', 'REQUEST']);
  assert.deepEqual((await get('/api/events?type=ASSAULT')).items.map((e: any) => [e.actor, e.recipient, e.context]), [[['AZE'], ['ARM'], ['military', 'territory']]]);
  assert.deepEqual((await get('/api/events?context=military')).items.map((e: any) => e.type).sort(), ['AID', 'ASSAULT', 'REQUEST']);
  assert.deepEqual((await get('/api/events?status=negated')).items.map((e: any) => e.type), ['SANCTION']);
  const range = await get('/api/events?pair=AZE-RUS&since=2024-02&until=2024-02');
  assert.deepEqual(range.items.map((e: any) => e.type).sort(), ['CONSULT', 'COOPERATE']);
  const paged = await get('/api/events?limit=3&offset=3');
  assert.equal(paged.items.length, 3);
  assert.equal(paged.total, 12);
  assert.equal((await get('/api/events?pair=USA-CHN')).total, 0);
  await bad('/api/events?type=HUG', 400, 'type');
  await bad('/api/events?pair=AZE', 400, 'pair');
  await bad('/api/events?pair=AZE-AZE', 400, 'two different states');
  await bad('/api/events?status=maybe', 400, 'status');
  await bad('/api/events?context=DROP%20TABLE', 400, 'context');
  await bad('/api/events?country=A%27%3B--', 400, 'country');
});

test('GET /api/pairs aggregates counts by type per month and a cooperation-conflict score', async () => {
  const r = await get('/api/pairs');
  assert.deepEqual(r.items.map((p: any) => [p.pair, p.events]), [['AZE-RUS', 5], ['ARM-AZE', 3], ['AZE-KAZ', 2], ['ARM-RUS', 1]]);
  const azeRus = r.items[0];
  assert.ok(azeRus.score > 0, 'cooperative pair');
  assert.ok(r.items[1].score < 0, 'conflictual pair');
  // CONSULT/visit weighs 4, SUPPORT 3.5: March 2024 averages 3.75
  assert.deepEqual(azeRus.months.find((m: any) => m.month === '2024-03'), { month: '2024-03', events: 2, score: 3.75, types: { CONSULT: 1, SUPPORT: 1 } });
  assert.deepEqual(azeRus.types, { AID: 1, CONSULT: 2, COOPERATE: 1, SUPPORT: 1 });
  // ACCUSE -3, ASSAULT -9, PROTEST -4
  assert.equal(r.items[1].score, -5.33);
  const flat = await get('/api/pairs?monthly=false&limit=1');
  assert.equal(flat.items.length, 1);
  assert.equal(flat.total, 4);
  assert.equal(flat.items[0].months, undefined);
  const april = await get('/api/pairs?since=2024-04&until=2024-04-30');
  assert.deepEqual(april.items.map((p: any) => p.pair), ['ARM-AZE', 'ARM-RUS']);
  assert.deepEqual((await get('/api/pairs?country=KAZ')).items.map((p: any) => p.pair), ['AZE-KAZ']);
  assert.deepEqual((await get('/api/pairs?status=negated')).items.map((p: any) => [p.pair, p.score]), [['AZE-RUS', -6]]);
  await bad('/api/pairs?monthly=yes', 400, 'monthly');
  await bad('/api/pairs?until=24', 400, 'until');
});

test('GET /api/pairs/:pair gives one pair, 404 for an unknown one', async () => {
  const p = await get('/api/pairs/rus-aze');
  assert.equal(p.pair, 'AZE-RUS');
  assert.deepEqual(p.months.map((m: any) => m.month), ['2023', '2024-02', '2024-03']);
  assert.deepEqual(p.counts, { events_all: 6, figures: 2, agreements: 1, arms: 1 });
  const w = await get('/api/weights');
  assert.equal(w.types.ASSAULT, -9);
  await bad('/api/pairs/AZE-USA', 404, 'AZE-USA');
  await bad('/api/pairs/AZE', 400, 'pair');
  await bad('/api/pairs/AZE-RUS?since=x', 400, 'since');
});

test('GET /api/figures gives figures and their series by pair and metric', async () => {
  const r = await get('/api/figures?pair=AZE-RUS&metric=trade_turnover');
  assert.deepEqual(r.items.map((f: any) => [f.period, f.value, f.unit]), [['2022', 3.7e9, 'USD'], ['2023', 4.3e9, 'USD']]);
  assert.equal(r.series.length, 1);
  assert.deepEqual(r.series[0].points.map((p: any) => p.value), [3.7e9, 4.3e9]);
  assert.equal(r.items[1].change_pct, 17);
  const kaz = await get('/api/figures?country=KAZ');
  assert.deepEqual(kaz.items.map((f: any) => f.metric).sort(), ['trade_turnover', 'transit_volume']);
  assert.deepEqual((await get('/api/figures?status=target')).items.map((f: any) => f.period), ['2026']);
  const flow = (await get('/api/figures?metric=transit_volume')).items[0];
  assert.deepEqual([flow.from, flow.to], ['KAZ', 'AZE']);
  await bad('/api/figures?metric=gdp', 400, 'metric');
});

test('GET /api/arms, /api/agreements, /api/people, /api/countries', async () => {
  const arms = await get('/api/arms?supplier=RUS');
  assert.deepEqual(arms.items.map((a: any) => [a.system, a.recipient, a.status]), [['Tor-M2', 'AZE', 'delivered']]);
  assert.equal((await get('/api/arms?pair=AZE-RUS')).total, 1);
  assert.equal((await get('/api/arms?country=KAZ')).total, 0);
  await bad('/api/arms?status=stolen', 400, 'status');
  const ag = await get('/api/agreements?country=RUS');
  assert.deepEqual(ag.items.map((a: any) => [a.name, a.parties, a.status]), [['roadmap on economic cooperation for 2024-2026', ['AZE', 'RUS'], 'signed']]);
  await bad('/api/agreements?pair=x-y-z', 400, 'pair');
  const people = await get('/api/people?pair=AZE-RUS');
  assert.deepEqual(people.items.map((p: any) => [p.name, p.country, p.documents]), [['Elmar Gasimov', 'AZE', 2], ['Pavel Orlov', 'RUS', 1]]);
  assert.deepEqual(people.items[0].roles, ['Deputy Prime Minister', 'President']);
  assert.deepEqual((await get('/api/people?country=KAZ')).items.map((p: any) => p.name), ['Nurlan Ospan']);
  await bad('/api/people?limit=abc', 400, 'limit');
  const c = await get('/api/countries');
  const aze = c.items.find((x: any) => x.code === 'AZE');
  assert.equal(aze.name, 'Azerbaijan');
  assert.equal(aze.documents, 5);
  assert.equal(c.items[0].code, 'AZE');
  await bad('/api/countries?x=1', 400, 'Unrecognized');
});

test('exports: events as CSV and PLOVER-style JSONL, figures as CSV', async () => {
  const csv = await get('/api/export/events.csv?pair=AZE-RUS');
  const rows = csv.trim().split('\r\n');
  assert.equal(rows[0]!.split(',')[4], 'type');
  assert.equal(rows.length, 1 + 6);
  assert.ok(rows.some((r: string) => r.includes('"Azerbaijan and Russia sign an economic roadmap"') || r.includes('Azerbaijan and Russia sign an economic roadmap')));
  const jsonl = await get('/api/export/events.jsonl?type=CONSULT');
  const recs = jsonl.trim().split('\n').map((l: string) => JSON.parse(l));
  assert.equal(recs.length, 3);
  const visit = recs.find((r: any) => r.mode === 'visit' && r.source[0].code === 'RUS');
  assert.deepEqual([visit.event, visit.date, visit.target], ['CONSULT', '2024-03-12', [{ code: 'AZE' }]]);
  assert.ok(visit.text.startsWith('Foreign Minister Pavel Orlov'));
  const figs = await get('/api/export/figures.csv?metric=trade_turnover');
  const lines = figs.trim().split('\r\n');
  assert.equal(lines.length, 1 + 3);
  assert.ok(lines.some((l: string) => l.includes('4300000000') && l.includes(',17,')));
  await bad('/api/export/events.csv?limit=5', 400, 'Unrecognized');
  await bad('/api/export/figures.csv?metric=x', 400, 'metric');
});

test('export iterates in id-ordered chunks and leaves the connection free between rows', async () => {
  const { iterateEvents } = await import('../query/events.ts');
  const seen: number[] = [];
  for (const e of iterateEvents(db, {}, 4)) {
    seen.push(e.id);
    // another request while the export is half-way (an open cursor would make this throw)
    assert.equal((await get('/api/documents?limit=1')).items.length, 1);
  }
  assert.deepEqual(seen, [...seen].sort((a, b) => a - b));
  assert.equal(seen.length, 12);
});

test('facts of an older version of a document (current = 0) are left out of lists and aggregates', async () => {
  const old = ids.get('gas-talks')!;
  db.prepare('UPDATE documents SET current = 0 WHERE id = ?').run(old);
  assert.equal((await get('/api/events?pair=AZE-RUS')).total, 4);
  assert.equal((await get('/api/pairs/AZE-RUS')).events, 3);
  assert.equal((await get('/api/pairs?monthly=false')).items[0].events, 3);
  assert.equal((await get('/api/documents')).total, 4);
  assert.deepEqual((await get('/api/search?q=transit')).items.map((d: any) => d.doc_key), ['transit']);
  assert.equal((await get('/api/figures?pair=AZE-RUS&metric=trade_turnover')).total, 1);
  assert.deepEqual((await get('/api/people?pair=AZE-RUS')).items.map((p: any) => p.roles), [['President'], ['Foreign Minister']]);
  // the old version itself still opens, with its own facts
  assert.equal((await get(`/api/documents/${old}`)).facts.events.length, 2);
});

test('OpenAPI document at /docs/json, Swagger UI at /docs, JSON 404 for unknown routes', async () => {
  const spec = await get('/docs/json');
  assert.equal(spec.openapi, '3.0.3');
  for (const p of ['/api/documents', '/api/search', '/api/documents/{id}', '/api/events', '/api/pairs', '/api/pairs/{pair}', '/api/figures',
    '/api/arms', '/api/agreements', '/api/people', '/api/countries', '/api/export/events.csv', '/api/export/events.jsonl', '/api/export/figures.csv']) {
    assert.ok(spec.paths[p], `OpenAPI documents ${p}`);
  }
  const limit = spec.paths['/api/events'].get.parameters.find((x: any) => x.name === 'limit');
  assert.equal(limit.schema.maximum, 500);
  const ui = await app.inject('/docs');
  assert.equal(ui.statusCode, 200);
  assert.match(ui.body, /swagger-ui/i);
  await bad('/api/nothing', 404, 'no route');
  const home = await app.inject('/');
  assert.equal(home.statusCode, 503, 'no dashboard build in this folder');
});
