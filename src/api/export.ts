// Bulk exports, streamed row by row: events as CSV or PLOVER-style JSONL, figures as CSV.
import { Readable } from 'node:stream';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { Db } from '../query/sql.ts';
import { Q } from './params.ts';
import { docSchema } from './routes.ts';
import { iterateEvents, type EventRow } from '../query/events.ts';
import { iterateFigures } from '../query/facts.ts';

/** RFC 4180 field: quoted when it holds a comma, quote or line break. */
export const csvField = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join(';') : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csvLine = (vals: unknown[]) => vals.map(csvField).join(',') + '\r\n';

function* lines<T>(header: string | null, rows: Iterable<T>, fmt: (r: T) => string, batch = 200): Generator<string> {
  let buf = header ?? '';
  let n = 0;
  for (const r of rows) {
    buf += fmt(r);
    if (++n % batch === 0) { yield buf; buf = ''; }
  }
  if (buf) yield buf;
}

const send = (reply: FastifyReply, type: string, name: string, body: Iterable<string>) =>
  reply.type(type).header('content-disposition', `attachment; filename="${name}"`).send(Readable.from(body));

const EVENT_COLS = ['id', 'document_id', 'date', 'sort_date', 'type', 'mode', 'context', 'status', 'actor', 'recipient', 'confidence', 'evidence_start', 'evidence_end', 'evidence', 'title', 'published', 'url'];
const eventCsv = (e: EventRow) => csvLine([e.id, e.document_id, e.date, e.sort_date, e.type, e.mode, e.context, e.status, e.actor, e.recipient,
  e.confidence, e.evidence.start, e.evidence.end, e.evidence.text, e.document.title, e.document.published, e.document.url]);

/** PLOVER-style record: the event, its source and target actors, mode, context and the evidence text. */
export const ploverRecord = (e: EventRow) => ({
  id: `dyad-${e.id}`,
  date: e.date ?? e.sort_date,
  event: e.type,
  mode: e.mode ?? '',
  context: e.context,
  source: e.actor.map((code) => ({ code })),
  target: e.recipient.map((code) => ({ code })),
  status: e.status,
  text: e.evidence.text,
  evidence: { start: e.evidence.start, end: e.evidence.end },
  document_id: e.document_id,
  url: e.document.url,
  published: e.document.published,
});

const FIGURE_COLS = ['id', 'document_id', 'metric', 'value', 'unit', 'period', 'sort_date', 'pair', 'countries', 'from', 'to', 'status', 'change_pct', 'evidence_start', 'evidence_end', 'evidence', 'title', 'published'];

export const exportRoutes = (db: Db): FastifyPluginAsync => async (app) => {
  app.get('/events.csv', docSchema('export', 'All matching events as CSV (same filters as /api/events, no paging)', Q.exportEvents, undefined, 'CSV (text/csv), one row per event'), async (req, reply) => {
    const f = Q.exportEvents.parse(req.query);
    return send(reply, 'text/csv; charset=utf-8', 'events.csv', lines(csvLine(EVENT_COLS), iterateEvents(db, f), eventCsv));
  });
  app.get('/events.jsonl', docSchema('export', 'All matching events as PLOVER-style JSON lines', Q.exportEvents, undefined, 'JSON lines (application/x-ndjson), one PLOVER-style record per event'), async (req, reply) => {
    const f = Q.exportEvents.parse(req.query);
    return send(reply, 'application/x-ndjson; charset=utf-8', 'events.jsonl', lines(null, iterateEvents(db, f), (e) => JSON.stringify(ploverRecord(e)) + '\n'));
  });
  app.get('/figures.csv', docSchema('export', 'All matching figures as CSV (same filters as /api/figures, no paging)', Q.exportFigures, undefined, 'CSV (text/csv), one row per figure'), async (req, reply) => {
    const f = Q.exportFigures.parse(req.query);
    return send(reply, 'text/csv; charset=utf-8', 'figures.csv', lines(csvLine(FIGURE_COLS), iterateFigures(db, f), (x) => csvLine([
      x.id, x.document_id, x.metric, x.value, x.unit, x.period, x.sort_date, x.pair, x.countries, x.from, x.to, x.status, x.change_pct,
      x.evidence.start, x.evidence.end, x.evidence.text, x.document.title, x.document.published])));
  });
};
