// Sentences and tokens from wink-nlp, with our own UTF-16 character offsets.
// wink gives token values and indices only; we find each token in the text in order.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence, Token } from '../core/types.ts';

const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

export interface TokenizeResult {
  readonly sentences: Sentence[];
  readonly tokens: Token[];
}

/** Split `text` into sentences and tokens. Paragraph breaks (blank lines) always end a sentence. */
export function tokenize(text: string, opts: { sentenceMode?: boolean } = {}): TokenizeResult {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  // Process paragraph by paragraph: wink's boundary detection does not know our blank lines.
  const blocks = opts.sentenceMode ? [{ start: 0, end: text.length }] : paragraphs(text);
  for (const block of blocks) {
    const chunk = text.slice(block.start, block.end);
    if (!chunk.trim()) continue;
    const doc = nlp.readDoc(chunk);
    let cursor = 0;
    doc.sentences().each((s: any) => {
      const values: string[] = s.tokens().out(its.value);
      const tags: string[] = s.tokens().out(its.pos);
      let sStart = -1;
      let sEnd = -1;
      const sentIndex = sentences.length;
      const sentTokens: Token[] = [];
      for (let i = 0; i < values.length; i++) {
        const v = values[i]!;
        const at = chunk.indexOf(v, cursor);
        if (at < 0) continue; // wink normalised it: skip rather than invent an offset
        cursor = at + v.length;
        const start = block.start + at;
        const end = start + v.length;
        if (sStart < 0) sStart = start;
        sEnd = end;
        sentTokens.push({ start, end, norm: v.toLowerCase(), pos: tags[i] ?? 'X', sentence: sentIndex });
      }
      if (sStart < 0) return;
      sentences.push({ index: sentIndex, start: sStart, end: sEnd });
      tokens.push(...sentTokens);
    });
  }
  return { sentences, tokens };
}

/** Blocks of text separated by blank lines (or single newlines between short lines). */
export function paragraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /\n[ \t]*\n|\n(?=[^\n]*$)|\n/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m.index > last) out.push({ start: last, end: m.index });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ start: last, end: text.length });
  return out;
}
