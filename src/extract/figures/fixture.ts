// Test helper for the figures/agreements/arms tests: a Document and its Annotations from plain text,
// using the real tokenizer and no mention layer (the extractors' own state-name fallback applies).
import type { Annotations, Document } from '../../core/types.ts';
import { tokenize } from '../../nlp/tokens.ts';

export function fixture(text: string, published: string | null = null): { doc: Document; ann: Annotations } {
  const offsetMap = Array.from({ length: text.length + 1 }, (_, i) => i);
  const doc: Document = {
    id: 'fixture', source: 'fixture', url: null, raw: text, text, offsetMap,
    title: null, outlet: null, byline: null, dateline: null, published,
  };
  const { sentences, tokens } = tokenize(text);
  return { doc, ann: { sentences, tokens, mentions: [] } };
}
