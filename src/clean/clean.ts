// clean stage: RawArticle -> Document.
//
// HTML pages are reduced to their article body (readability), then every text is normalized
// (normalize.ts), page furniture and header metadata lines are dropped (furniture.ts,
// metadata.ts), and the offset map keeps pointing from each character of `text` into `raw`.
import type { Document, RawArticle } from '../core/types.ts';
import { isoDate } from '../ingest/records.ts';
import { htmlToArticle, type HtmlArticle } from './html.ts';
import { dropRanges, normalize } from './normalize.ts';
import { furnitureRanges, splitLines, type Range } from './furniture.ts';
import { readMetadata } from './metadata.ts';

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try { return new URL(url).hostname.replace(/^www\./, ''); } catch { return null; }
}

const words = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
/** Same words, or one is the other with a site name added ("Headline | Site"). */
function sameWords(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  return !!x && (x === y || (x.length > 20 && y.startsWith(x + ' ')));
}

export function cleanArticle(raw: RawArticle): Document {
  let html: HtmlArticle | null = null;
  let body = raw.content;
  if (raw.format === 'html') {
    html = htmlToArticle(raw.content, raw.url);
    body = html.body;
  }
  const url = raw.url ?? html?.url ?? null;
  const first = normalize(body);
  if (raw.sentenceMode) {
    return {
      id: raw.id, source: raw.source, url, raw: body, text: first.text, offsetMap: first.map,
      title: raw.title, outlet: raw.outlet, byline: null, dateline: null, published: isoDate(raw.published),
      sentenceMode: true,
    };
  }
  const lines = splitLines(first.text);
  const meta = readMetadata(first.text, lines);
  const drops: Range[] = [...furnitureRanges(first.text, lines), ...meta.drops];
  // an HTML body that opens with the page headline: the headline is metadata, not body
  if (html?.title) {
    const top = lines.find((l) => l.text.trim() && !drops.some(([a, b]) => a <= l.start && b >= l.end));
    if (top && sameWords(top.text, html.title)) drops.push([top.start, Math.min(first.text.length, top.end + 1)]);
  }
  let out = dropRanges(first.text, first.map, drops);
  if (!out.text.trim()) out = first; // never lose the whole article to furniture rules
  return {
    id: raw.id,
    source: raw.source,
    url,
    raw: body,
    text: out.text,
    offsetMap: out.map,
    title: raw.title ?? html?.title ?? meta.title,
    outlet: raw.outlet ?? html?.outlet ?? meta.outlet ?? hostOf(url),
    byline: html?.byline ?? meta.byline,
    dateline: meta.dateline,
    published: isoDate(raw.published) ?? isoDate(html?.published) ?? meta.published,
    sentenceMode: raw.sentenceMode,
  };
}
