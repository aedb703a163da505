// Whether a word is the subject of a verb, read from the tokens' parts of speech: shared by the state mentions
// ("Montenegro said" after "Prime Minister Luis Montenegro") and the person mentions ("Dempsey talked ... his").
import type { Token } from '../core/types.ts';

/** A second name coordinated after a word: " and Sanchez" in "Montenegro and Sanchez signed". */
const AND_NAME = /^ and (\p{Lu}[\p{L}-]+)(?= )/u;

/**
 * The word at [start, end) is the subject of a verb ("X said", "X also told", "X, who ...") or the speaker
 * after a speech verb ("..., said X."); with `coordinates`, also the first of two names the verb has ("X and
 * Sanchez signed") when `coordinates` accepts the second (a person's name, not a state's: "Chad and Niger were").
 */
export function actsAt(text: string, tokens: readonly Token[], start: number, end: number, coordinates?: (word: string) => boolean): boolean {
  const and = coordinates && AND_NAME.exec(text.slice(end, end + 40));
  if (and && coordinates(and[1]!)) end += and[0].length;
  if (/^,[ \n]+who\b/.test(text.slice(end, end + 8))) return true;
  if (/\b(?:said|says|added|told|wrote|according to)[ \n]+$/.test(text.slice(Math.max(0, start - 20), start)) && /^\s*[,.;]/.test(text.slice(end, end + 3))) return true;
  let i = tokens.findIndex((t) => t.start >= end);
  if (i < 0) return false;
  while (tokens[i] && tokens[i]!.pos === 'ADV') i++;
  const t = tokens[i];
  return !!t && (t.pos === 'VERB' || t.pos === 'AUX') && /^\p{Ll}/u.test(text.slice(t.start, t.end)) && !/\n/.test(text.slice(end, t.start));
}
