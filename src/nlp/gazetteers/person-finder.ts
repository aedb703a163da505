// People: filled in below.
import type { Document, Mention, Token } from '../../core/types.ts';
export function personMentions(_doc: Document, _actors: readonly Mention[], _tokens: readonly Token[], _at: (o: number) => number): Mention[] {
  return [];
}
