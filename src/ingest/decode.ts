// Bytes -> text: BOMs (UTF-8, UTF-16 LE/BE), strict UTF-8, then a Windows-1251/1252 fallback.
// Binary content (NUL bytes, control characters) is refused with a reason.

export type Decoded = { readonly text: string; readonly encoding: string } | { readonly error: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Share of bytes that are control characters other than tab, LF, CR, FF (and ESC-free). */
function controlShare(bytes: Uint8Array, limit = 65536): { nul: number; ctrl: number; n: number } {
  const n = Math.min(bytes.length, limit);
  let nul = 0;
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) nul++;
    else if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12) ctrl++;
  }
  return { nul, ctrl, n };
}

/**
 * Cyrillic Windows-1251 text has long runs of bytes >= 0xC0 (whole words), while Western text in
 * Windows-1252 has isolated accented letters between ASCII letters. Returns 'windows-1251' when
 * most high bytes sit next to another high byte.
 */
export function guessSingleByte(bytes: Uint8Array): 'windows-1251' | 'windows-1252' {
  let high = 0;
  let paired = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0xc0) {
      high++;
      if ((i > 0 && bytes[i - 1]! >= 0xc0) || (i + 1 < bytes.length && bytes[i + 1]! >= 0xc0)) paired++;
    }
  }
  return high >= 4 && paired / high > 0.6 ? 'windows-1251' : 'windows-1252';
}

// Bytes with no character in the code page (WHATWG maps them to C1 controls).
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
const UNDEFINED_1251 = new Set([0x98]);

/** Charset named in an HTML <meta> tag near the top of the page, if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

export function decodeBytes(bytes: Uint8Array, opts: { html?: boolean } = {}): Decoded {
  if (bytes.length === 0) return { error: 'empty file' };
  // BOMs first: UTF-16 is full of NUL bytes, so it must be recognised before the binary check.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return finish(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return finish(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
  const { nul, ctrl, n } = controlShare(body);
  if (nul > 0) return { error: 'binary file (NUL bytes)' };
  if (n > 0 && ctrl / n > 0.05) return { error: 'binary file (control characters)' };
  try {
    return finish(utf8.decode(body), 'utf-8');
  } catch {
    // not strict UTF-8. Mostly-UTF-8 text with a few broken bytes (a character cut in two by a
    // scraper) stays UTF-8 with replacement characters; otherwise try the single-byte code pages.
    const loose = new TextDecoder('utf-8').decode(body);
    let bad = 0;
    let multi = 0;
    for (let i = 0; i < loose.length; i++) {
      const c = loose.charCodeAt(i);
      if (c === 0xfffd) bad++;
      else if (c >= 0x80) multi++;
    }
    if (multi >= 8 && bad <= Math.max(2, multi * 0.02)) return finish(loose, 'utf-8');
  }
  let enc: string = guessSingleByte(body);
  if (opts.html) {
    const cs = declaredCharset(body);
    if (cs && cs !== 'utf-8' && cs !== 'utf8') {
      if (/^(?:iso-8859-1|latin-?1|us-ascii|ascii|windows-1252|cp1252)$/.test(cs)) enc = 'windows-1252';
      else try { new TextDecoder(cs); enc = cs; } catch { /* unknown label: keep the guess */ }
    }
  }
  const undef = enc === 'windows-1251' ? UNDEFINED_1251 : enc === 'windows-1252' ? UNDEFINED_1252 : null;
  let bad = 0;
  let high = 0;
  for (let i = 0; i < body.length; i++) {
    const b = body[i]!;
    if (b >= 0x80) {
      high++;
      if (undef?.has(b)) bad++;
    }
  }
  // Text in a single-byte code page is mostly ASCII (or, for Cyrillic, letters); a high share of
  // undefined bytes, or of C1-range bytes, means the bytes are not text in any code page we know.
  if (bad > 0 && bad / Math.max(1, high) > 0.01) return { error: `invalid encoding (not UTF-8, not ${enc})` };
  let c1 = 0;
  for (let i = 0; i < body.length; i++) if (body[i]! >= 0x80 && body[i]! < 0xa0) c1++;
  if (body.length >= 64 && c1 / body.length > 0.1) return { error: `invalid encoding (not UTF-8, not ${enc})` };
  return finish(enc === 'windows-1252' ? decodeCp1252(body) : new TextDecoder(enc).decode(body), enc);
}

// 0x80-0x9F of Windows-1252 (Node's TextDecoder treats the label as ISO-8859-1 and keeps C1 codes).
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeCp1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    chunk += b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b);
    if (chunk.length >= 8192) { parts.push(chunk); chunk = ''; }
  }
  parts.push(chunk);
  return parts.join('');
}

function finish(text: string, encoding: string): Decoded {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!t.trim()) return { error: 'empty file' };
  // Binary data that happened to pass the checks: many replacement or control characters.
  let odd = 0;
  const n = Math.min(t.length, 65536);
  for (let i = 0; i < n; i++) {
    const c = t.charCodeAt(i);
    if (c === 0xfffd || c === 0 || (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) odd++;
  }
  if (odd / n > 0.05) return { error: 'binary file (not text)' };
  return { text: t, encoding };
}
