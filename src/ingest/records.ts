// One JSON record ({id, text | html, url?, title?, published?, source?}) -> RawArticle.
import type { RawArticle } from '../core/types.ts';

export type JsonRecordResult = RawArticle | { readonly error: string; readonly source: string };

/** A record whose text is one line shorter than this is coded as a single sentence. */
export const SENTENCE_MODE_MAX = 600;

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : null);

/** "2024-05-16T10:00:00Z", "2024-05-16", "May 16, 2024" -> "2024-05-16"; anything else -> null. */
export function isoDate(v: unknown): string | null {
  const s = str(v);
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  let out: string | null = null;
  if (m) out = `${m[1]}-${m[2]}-${m[3]}`;
  else if (/[a-z]{3}|\d{4}/i.test(s)) {
    const t = Date.parse(s);
    if (!Number.isNaN(t)) out = new Date(t).toISOString().slice(0, 10);
  }
  // placeholder dates such as 0001-01-01 or 1970-01-01 say nothing
  if (!out || out < '1900-01-02' || out.startsWith('1970-01-01') || out > '2100') return null;
  return out;
}

export function recordToArticle(r: unknown, fileId: string, file: string, n: number): JsonRecordResult {
  const source = `${file}:${n}`;
  if (!r || typeof r !== 'object' || Array.isArray(r)) return { error: `record is not a JSON object`, source };
  const o = r as Record<string, unknown>;
  const text = typeof o.text === 'string' ? o.text : null;
  const html = typeof o.html === 'string' ? o.html : null;
  const content = text ?? html;
  if (content == null) return { error: `record has no "text" or "html" field`, source };
  if (!content.trim()) return { error: `record text is empty`, source };
  const format = text != null ? 'text' : 'html';
  const oneLine = format === 'text' && !/[\r\n]/.test(content.trim()) && content.length < SENTENCE_MODE_MAX;
  return {
    id: str(o.id) ?? `${fileId}:${n}`,
    source,
    url: str(o.url),
    format,
    content,
    title: str(o.title),
    published: isoDate(o.published ?? o.date ?? o.published_at),
    outlet: str(o.source) ?? str(o.outlet),
    sentenceMode: oneLine,
  };
}
