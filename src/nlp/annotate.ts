// nlp stage: Document -> Annotations (sentences, tokens, mentions).
import type { Annotations, Document } from '../core/types.ts';
import { tokenize } from './tokens.ts';
import { findMentions } from './mentions.ts';

export function annotate(doc: Document): Annotations {
  const { sentences, tokens } = tokenize(doc.text, { sentenceMode: doc.sentenceMode });
  const mentions = findMentions(doc, sentences, tokens);
  return { sentences, tokens, mentions };
}
