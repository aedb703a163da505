// Test helper for the figures/agreements/arms tests: a Document and its Annotations from plain text,
// through the real nlp stage (sentences, tokens and gazetteer mentions), as the pipeline runs it.
import type { Annotations, Document } from '../../core/types.ts';
import { annotate } from '../../nlp/annotate.ts';

export function fixture(text: string, published: string | null = null): { doc: Document; ann: Annotations } {
  const offsetMap = Array.from({ length: text.length + 1 }, (_, i) => i);
  const doc: Document = {
    id: 'fixture', source: 'fixture', url: null, raw: text, text, offsetMap,
    title: null, outlet: null, byline: null, dateline: null, published,
  };
  return { doc, ann: annotate(doc) };
}
