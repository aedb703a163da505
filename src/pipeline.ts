// Composes the stages for one article: clean -> nlp -> extract.
import type { Annotations, Document, Extraction, ExtractOptions, RawArticle } from './core/types.ts';
import { cleanArticle } from './clean/clean.ts';
import { annotate } from './nlp/annotate.ts';
import { extractFacts } from './extract/run.ts';

export interface Processed {
  readonly doc: Document;
  readonly ann: Annotations;
  readonly extraction: Extraction;
}

export function processDocument(doc: Document, options: ExtractOptions = {}): Processed {
  const ann = annotate(doc);
  return { doc, ann, extraction: extractFacts(doc, ann, options) };
}

export function processArticle(raw: RawArticle, options: ExtractOptions = {}): Processed {
  return processDocument(cleanArticle(raw), options);
}
