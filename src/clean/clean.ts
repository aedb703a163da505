// clean stage: RawArticle -> Document. (First cut: text only; identity offset map.)
import type { Document, RawArticle } from '../core/types.ts';

export function cleanArticle(raw: RawArticle): Document {
  const text = raw.content.replace(/\r\n?/g, '\n');
  const offsetMap = Array.from({ length: text.length + 1 }, (_, i) => i);
  return {
    id: raw.id, source: raw.source, url: raw.url, raw: text, text, offsetMap,
    title: raw.title, outlet: raw.outlet, byline: null, dateline: null, published: raw.published,
    sentenceMode: raw.sentenceMode,
  };
}
