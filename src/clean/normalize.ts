// Normalization: raw text -> normalized text with an offset map back to raw.
//
// map[i] is the index in the input of text[i]; map has text.length + 1 entries (the last one is
// the input length), so a span [s, e) of text maps back to [map[s], map[e - 1] + 1) of the input.
//
// What changes: CRLF / CR / Unicode line separators -> LF; non-breaking and other wide spaces -> ' '; zero-width characters
// and soft hyphens removed; curly quotes -> straight; runs of spaces -> one; spaces at line ends
// removed; at most one blank line in a row; an en/em dash glued between words where a comma is
// meant ("on Monday–talks with", "Petrenko–who leads") -> ", ". Hyphens, number ranges
// ("2005-2013", "11–13") and dashes between two capitalised names ("Belarus–Azerbaijan") stay.

export interface Normalized {
  readonly text: string;
  readonly map: Int32Array;
}

const SPACE = /[\t\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
const ZERO_WIDTH = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
const QUOTE: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u02bc': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
};
const LETTER = /\p{L}/u;
// second halves of compounds written with an en dash ("state–owned", "long–term"): keep the dash
const COMPOUND_TAIL = /^(?:owned|term|based|led|run|scale|level|made|style|related|wide|free|like|oriented|sided|ranking|standing|speaking|funded|backed|controlled|designed|built|range|class)\b/;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

export function normalize(input: string): Normalized {
  const n = input.length;
  // UTF-16 code units of the output; a dash can become two characters, so 2n is enough
  const out = new Uint16Array(n * 2 + 1);
  const map = new Int32Array(n * 2 + 1);
  let len = 0;
  let pendingSpace = -1; // index in input of the first space of a pending run
  let newlines = 0; // newlines emitted in a row

  for (let i = 0; i < n; i++) {
    let code = input.charCodeAt(i);
    if (code === 13) {
      if (input.charCodeAt(i + 1) === 10) continue;
      code = 10;
    } else if (code === 0x2028 || code === 0x2029 || code === 0x85 || code === 11) {
      code = 10;
    }
    if (code === 10) {
      pendingSpace = -1;
      if (len === 0) continue;
      if (newlines < 2) { out[len] = 10; map[len++] = i; }
      newlines++;
      continue;
    }
    if (code >= 0x80 || code < 0x21) {
      const c = input[i]!;
      if (ZERO_WIDTH.test(c)) continue;
      if (SPACE.test(c)) {
        if (pendingSpace < 0) pendingSpace = i;
        continue;
      }
    }
    if (pendingSpace >= 0) {
      if (len > 0 && newlines === 0) { out[len] = 32; map[len++] = pendingSpace; }
      pendingSpace = -1;
    }
    newlines = 0;
    if ((code === 0x2013 || code === 0x2014) && len > 0 && gluedClauseDash(out, len, input, i)) {
      out[len] = 44; map[len++] = i;
      out[len] = 32; map[len++] = i;
      continue;
    }
    const q = code >= 0x80 ? QUOTE[input[i]!] : undefined;
    out[len] = q ? q.charCodeAt(0) : code;
    map[len++] = i;
  }
  // drop trailing newlines
  while (len > 0 && out[len - 1] === 10) len--;
  map[len] = n;
  return { text: decodeUnits(out, len), map: map.slice(0, len + 1) };
}

function decodeUnits(units: Uint16Array, len: number): string {
  const parts: string[] = [];
  for (let s = 0; s < len; s += 8192) parts.push(String.fromCharCode.apply(null, units.subarray(s, Math.min(len, s + 8192)) as unknown as number[]));
  return parts.join('');
}

/** A dash with a word on each side and no spaces, used in place of a comma. */
function gluedClauseDash(out: Uint16Array, len: number, input: string, i: number): boolean {
  const prev = String.fromCharCode(out[len - 1]!);
  const next = input[i + 1] ?? '';
  if (!LETTER.test(prev) || !LETTER.test(next)) return false;
  if (LOWER.test(next)) return !COMPOUND_TAIL.test(input.slice(i + 1, i + 14));
  // next word capitalised: a comma only when the left word is a common (lower-case) word
  let j = len - 1;
  while (j > 0 && LETTER.test(String.fromCharCode(out[j - 1]!))) j--;
  return !UPPER.test(String.fromCharCode(out[j]!));
}

/**
 * Removes the given [start, end) ranges of `text` (sorted or not, may overlap) and normalizes the
 * result again (so that removed lines leave no run of blank lines). The returned map points into
 * whatever `map` pointed into.
 */
export function dropRanges(text: string, map: ArrayLike<number>, ranges: readonly (readonly [number, number])[]): Normalized {
  if (!ranges.length) return { text, map: Int32Array.from(map as ArrayLike<number>) };
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  const m: number[] = [];
  let pos = 0;
  for (const [s0, e0] of sorted) {
    const s = Math.max(s0, pos);
    const e = Math.min(Math.max(e0, s), text.length);
    if (s > pos) {
      parts.push(text.slice(pos, s));
      for (let k = pos; k < s; k++) m.push(map[k]!);
    }
    pos = Math.max(pos, e);
  }
  if (pos < text.length) {
    parts.push(text.slice(pos));
    for (let k = pos; k < text.length; k++) m.push(map[k]!);
  }
  m.push(map[text.length]!);
  const again = normalize(parts.join(''));
  return { text: again.text, map: compose(m, again.map) };
}

/** outer[inner[i]]: a map over a map. */
export function compose(outer: ArrayLike<number>, inner: ArrayLike<number>): Int32Array {
  const r = new Int32Array(inner.length);
  for (let i = 0; i < inner.length; i++) r[i] = outer[inner[i]!]!;
  return r;
}
