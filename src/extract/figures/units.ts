// Reading units shared by the figures/agreements/arms extractors: sentences rejoined across hard
// line breaks, and a test for headline lines.
import type { Sentence } from '../../core/types.ts';

/** A headline or heading line near the top: no closing punctuation, one line. Its figures repeat
 *  (or round up) those of the body, so they are not recorded separately. */
export function isHeading(text: string, s: Sentence): boolean {
  if (s.start > 600) return false;
  const t = text.slice(s.start, s.end).trim();
  // list items ("- Agreement on ...;") are not headings
  return !/[.!?"”’:;]$/.test(t) && !t.includes('\n') && !/^(?:[-•*–—]|\d{1,2}[.)])\s/.test(t);
}

/** Sentences joined across hard line breaks inside a sentence (text wrapped at a fixed width). */
export function readingUnits(text: string, sentences: readonly Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const last = out[out.length - 1];
    if (last) {
      const tail = text.slice(last.start, last.end).trimEnd();
      const gap = text.slice(last.end, s.start);
      const joinable = !/[.!?:"”’)]$/.test(tail) && !/\n\s*\n/.test(gap) && tail.length > 0 &&
        (/^[a-z0-9($€£]/.test(text.slice(s.start, s.start + 1)) || (/\n/.test(gap) && /(?:\b(?:on|and|of|the|a|an|to|in|with|between|by|for|at|from|or|that|as)|,)$/.test(tail)));
      if (joinable) {
        out[out.length - 1] = { ...last, end: s.end };
        continue;
      }
    }
    out.push(s);
  }
  return out;
}

