// A small team-written data set for the API and browser tests: five short articles with events,
// figures, arms, agreements and people whose spans are found in the text (never typed by hand).
import { Store } from '../store/store.ts';
import type { Db } from '../query/sql.ts';

interface DocIn { key: string; title: string; outlet: string; published: string; text: string; countries: string[] }
interface EventIn { type: string; actor: string[]; recipient: string[]; mode?: string; context?: string[]; date: string | null; status?: string; quote: string }
interface FigureIn { metric: string; value: number; unit: string; period: string; sort_date: string; countries: string[]; from?: string; to?: string; status: string; change_pct?: number; quote: string }
interface ArmsIn { system: string; category: string; supplier: string; recipient: string; status: string; sort_date: string; quote: string }
interface AgreementIn { name: string; parties: string[]; date: string | null; status: string; quote: string }
interface PersonIn { name: string; country: string | null; role: string | null; quote: string }
interface Article { doc: DocIn; events?: EventIn[]; figures?: FigureIn[]; arms?: ArmsIn[]; agreements?: AgreementIn[]; people?: PersonIn[] }

const pairOf = (codes: readonly string[]): string | null => {
  const u = [...new Set(codes)].sort();
  return u.length === 2 ? `${u[0]}-${u[1]}` : null;
};

export const ARTICLES: Article[] = [
  {
    doc: {
      key: 'roadmap', title: 'Azerbaijan and Russia sign an economic roadmap', outlet: 'Caspian Wire', published: '2024-03-12', countries: ['AZE', 'RUS'],
      text: 'BAKU, 12 March 2024. Foreign Minister Pavel Orlov of Russia arrived in Baku on Tuesday for talks with President Elmar Gasimov. '
        + 'The two sides signed a roadmap on economic cooperation for 2024-2026. '
        + 'Trade turnover between Azerbaijan and Russia reached $4.3 billion in 2023, up 17 percent. '
        + 'Russia delivered two Tor-M2 air defence systems to Azerbaijan last year.',
    },
    events: [
      { type: 'CONSULT', actor: ['RUS'], recipient: ['AZE'], mode: 'visit', date: '2024-03-12', quote: 'Foreign Minister Pavel Orlov of Russia arrived in Baku on Tuesday for talks with President Elmar Gasimov.' },
      { type: 'SUPPORT', actor: ['AZE', 'RUS'], recipient: [], date: '2024-03-12', quote: 'The two sides signed a roadmap on economic cooperation for 2024-2026.' },
      { type: 'AID', actor: ['RUS'], recipient: ['AZE'], mode: 'military', context: ['military'], date: '2023', quote: 'Russia delivered two Tor-M2 air defence systems to Azerbaijan last year.' },
    ],
    figures: [{ metric: 'trade_turnover', value: 4.3e9, unit: 'USD', period: '2023', sort_date: '2023-01-01', countries: ['AZE', 'RUS'], status: 'actual', change_pct: 17, quote: 'Trade turnover between Azerbaijan and Russia reached $4.3 billion in 2023, up 17 percent.' }],
    arms: [{ system: 'Tor-M2', category: 'air defence', supplier: 'RUS', recipient: 'AZE', status: 'delivered', sort_date: '2023-01-01', quote: 'Russia delivered two Tor-M2 air defence systems to Azerbaijan' }],
    agreements: [{ name: 'roadmap on economic cooperation for 2024-2026', parties: ['AZE', 'RUS'], date: '2024-03-12', status: 'signed', quote: 'signed a roadmap on economic cooperation for 2024-2026' }],
    people: [
      { name: 'Pavel Orlov', country: 'RUS', role: 'Foreign Minister', quote: 'Foreign Minister Pavel Orlov' },
      { name: 'Elmar Gasimov', country: 'AZE', role: 'President', quote: 'President Elmar Gasimov' },
    ],
  },
  {
    doc: {
      key: 'gas-talks', title: 'Russia and Azerbaijan discuss gas transit', outlet: 'Caspian Wire', published: '2024-02-08', countries: ['AZE', 'RUS'],
      text: 'MOSCOW, 8 February 2024. Energy officials of Russia and Azerbaijan held talks in Moscow on gas transit. '
        + 'Trade turnover between the two countries was $3.7 billion in 2022. '
        + 'Deputy Prime Minister Elmar Gasimov said joint gas production had started.',
    },
    events: [
      { type: 'CONSULT', actor: ['AZE', 'RUS'], recipient: [], context: ['economic'], date: '2024-02-08', quote: 'Energy officials of Russia and Azerbaijan held talks in Moscow on gas transit.' },
      { type: 'COOPERATE', actor: ['AZE', 'RUS'], recipient: [], context: ['economic'], date: '2024-02', quote: 'joint gas production had started' },
    ],
    figures: [{ metric: 'trade_turnover', value: 3.7e9, unit: 'USD', period: '2022', sort_date: '2022-01-01', countries: ['AZE', 'RUS'], status: 'actual', quote: 'Trade turnover between the two countries was $3.7 billion in 2022.' }],
    people: [{ name: 'Elmar Gasimov', country: 'AZE', role: 'Deputy Prime Minister', quote: 'Deputy Prime Minister Elmar Gasimov' }],
  },
  {
    doc: {
      key: 'border', title: 'Armenia protests shelling of border villages', outlet: 'Highland Post', published: '2024-04-02', countries: ['ARM', 'AZE', 'RUS'],
      text: 'YEREVAN, 2 April 2024. Armenia accused Azerbaijan of shelling border villages on Monday. '
        + 'Azerbaijani artillery shelled the village of Sotk, the Armenian defence ministry said. '
        + 'The Armenian foreign ministry sent a protest note to Baku and asked Russia to send observers.',
    },
    events: [
      { type: 'ACCUSE', actor: ['ARM'], recipient: ['AZE'], date: '2024-04-01', quote: 'Armenia accused Azerbaijan of shelling border villages on Monday.' },
      { type: 'ASSAULT', actor: ['AZE'], recipient: ['ARM'], context: ['military', 'territory'], date: '2024-04-01', quote: 'Azerbaijani artillery shelled the village of Sotk' },
      { type: 'PROTEST', actor: ['ARM'], recipient: ['AZE'], date: '2024-04-02', quote: 'The Armenian foreign ministry sent a protest note to Baku' },
      { type: 'REQUEST', actor: ['ARM'], recipient: ['RUS'], context: ['military'], date: '2024-04-02', quote: 'asked Russia to send observers' },
    ],
  },
  {
    doc: {
      key: 'transit', title: '🇰🇿 Kazakhstan and Azerbaijan plan more transit', outlet: 'Steppe Daily', published: '2024-05-20', countries: ['AZE', 'KAZ'],
      text: '🇰🇿 ASTANA, 20 May 2024. Kazakhstan and Azerbaijan agreed to raise trade to $1 billion by 2026. '
        + 'Transit of Kazakh oil through Azerbaijan reached 1.5 million tons in 2023. '
        + 'Deputy Prime Minister Nurlan Ospan will visit Baku in June.',
    },
    events: [
      { type: 'AGREE', actor: ['AZE', 'KAZ'], recipient: [], context: ['economic'], date: '2024-05-20', quote: 'Kazakhstan and Azerbaijan agreed to raise trade to $1 billion by 2026.' },
      { type: 'CONSULT', actor: ['KAZ'], recipient: ['AZE'], mode: 'visit', date: '2024-06', status: 'future', quote: 'Deputy Prime Minister Nurlan Ospan will visit Baku in June.' },
    ],
    figures: [
      { metric: 'trade_turnover', value: 1e9, unit: 'USD', period: '2026', sort_date: '2026-01-01', countries: ['AZE', 'KAZ'], status: 'target', quote: 'raise trade to $1 billion by 2026' },
      { metric: 'transit_volume', value: 1.5e6, unit: 't', period: '2023', sort_date: '2023-01-01', countries: ['AZE', 'KAZ'], from: 'KAZ', to: 'AZE', status: 'actual', quote: 'Transit of Kazakh oil through Azerbaijan reached 1.5 million tons in 2023.' },
    ],
    people: [{ name: 'Nurlan Ospan', country: 'KAZ', role: 'Deputy Prime Minister', quote: 'Deputy Prime Minister Nurlan Ospan' }],
  },
  {
    doc: {
      key: 'no-sanctions', title: 'Russia rules out sanctions on Azerbaijan', outlet: 'Caspian Wire', published: '2024-04-15', countries: ['AZE', 'RUS'],
      text: 'MOSCOW, 15 April 2024. Russia will not impose sanctions on Azerbaijan, a Kremlin aide told reporters.',
    },
    events: [{ type: 'SANCTION', actor: ['RUS'], recipient: ['AZE'], date: null, status: 'negated', quote: 'Russia will not impose sanctions on Azerbaijan' }],
  },
];

function span(text: string, quote: string): { start: number; end: number; evidence: string } {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`test data: quote not in text: ${quote}`);
  return { start, end: start + quote.length, evidence: quote };
}

const V = 'test-1';

/** Insert the articles; returns the store id of each article by its key. */
export function insertTestData(db: Db, articles: readonly Article[] = ARTICLES): Map<string, number> {
  const ids = new Map<string, number>();
  const run = (sql: string, params: Record<string, unknown>) => Number(db.prepare(sql).run(params).lastInsertRowid);
  db.transaction(() => {
    for (const a of articles) {
      const d = a.doc;
      const docId = run(`INSERT INTO documents (doc_key, source, url, content_hash, raw, text, title, outlet, published, ingested_at, extractor_version)
        VALUES (@key, @source, @url, @hash, @text, @text, @title, @outlet, @published, '2024-06-01T00:00:00Z', @v)`,
        { ...d, source: `test/${d.key}.txt`, url: `https://news.example/${d.key}`, hash: `hash-${d.key}`, v: V });
      ids.set(d.key, docId);
      for (const c of d.countries) db.prepare('INSERT INTO document_countries (document_id, code) VALUES (?, ?)').run(docId, c);
      for (const e of a.events ?? []) {
        const s = span(d.text, e.quote);
        const eventId = run(`INSERT INTO events (document_id, type, mode, context, date, date_precision, sort_date, status, confidence, extractor, extractor_version, start, end, evidence, spans)
          VALUES (@docId, @type, @mode, @context, @date, @precision, @sort, @status, 0.8, 'events/test', @v, @start, @end, @evidence, @spans)`, {
          docId, type: e.type, mode: e.mode ?? null, context: JSON.stringify(e.context ?? []), date: e.date,
          precision: e.date ? ['year', 'month', 'day'][e.date.split('-').length - 1] : null, sort: e.date ?? d.published,
          status: e.status ?? 'occurred', v: V, ...s, spans: JSON.stringify([{ start: s.start, end: s.end, text: s.evidence }]),
        });
        for (const c of e.actor) db.prepare("INSERT INTO event_participants (event_id, role, code) VALUES (?, 'actor', ?)").run(eventId, c);
        for (const c of e.recipient) db.prepare("INSERT INTO event_participants (event_id, role, code) VALUES (?, 'recipient', ?)").run(eventId, c);
        const all = [...new Set([...e.actor, ...e.recipient])].sort();
        for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) {
          db.prepare('INSERT INTO event_pairs (event_id, a, b) VALUES (?, ?, ?)').run(eventId, all[i], all[j]);
        }
      }
      for (const f of a.figures ?? []) {
        const id = run(`INSERT INTO figures (document_id, metric, value, unit, period, sort_date, countries, pair, from_code, to_code, status, change_pct, extractor, extractor_version, start, end, evidence)
          VALUES (@docId, @metric, @value, @unit, @period, @sort_date, @countries, @pair, @from, @to, @status, @change, 'figures/test', @v, @start, @end, @evidence)`, {
          docId, ...f, countries: JSON.stringify(f.countries), pair: pairOf(f.countries), from: f.from ?? null, to: f.to ?? null,
          change: f.change_pct ?? null, v: V, ...span(d.text, f.quote),
        });
        for (const c of f.countries) db.prepare('INSERT INTO figure_countries (figure_id, code) VALUES (?, ?)').run(id, c);
      }
      for (const x of a.arms ?? []) {
        run(`INSERT INTO arms (document_id, system, category, supplier, recipient, pair, status, sort_date, extractor, extractor_version, start, end, evidence)
          VALUES (@docId, @system, @category, @supplier, @recipient, @pair, @status, @sort_date, 'arms/test', @v, @start, @end, @evidence)`,
          { docId, ...x, pair: pairOf([x.supplier, x.recipient]), v: V, ...span(d.text, x.quote) });
      }
      for (const g of a.agreements ?? []) {
        const id = run(`INSERT INTO agreements (document_id, name, parties, pair, date, sort_date, status, extractor, extractor_version, start, end, evidence)
          VALUES (@docId, @name, @parties, @pair, @date, @date, @status, 'agreements/test', @v, @start, @end, @evidence)`,
          { docId, ...g, parties: JSON.stringify(g.parties), pair: pairOf(g.parties), v: V, ...span(d.text, g.quote) });
        for (const c of g.parties) db.prepare('INSERT INTO agreement_parties (agreement_id, code) VALUES (?, ?)').run(id, c);
      }
      for (const p of a.people ?? []) {
        run(`INSERT INTO people (document_id, name, country, role, extractor, extractor_version, start, end, evidence)
          VALUES (@docId, @name, @country, @role, 'people/test', @v, @start, @end, @evidence)`, { docId, ...p, v: V, ...span(d.text, p.quote) });
      }
    }
  })();
  return ids;
}

/** A fresh store (migrated by the Store) holding the test articles; in memory by default. */
export function openTestDb(file = ':memory:'): { db: Db; ids: Map<string, number> } {
  const store = new Store(file);
  return { db: store.db, ids: insertTestData(store.db) };
}
