// ingest stage: paths (files, directories, '-') -> RawArticle records or input errors.
//
// Formats: .txt, .html/.htm, .jsonl, .json and .gz of any of these; stdin ('-') is sniffed.
// Directories are walked recursively in sorted order. Bad input never stops the run: it comes out
// as an InputError item naming the file (and the line of a JSONL record) and the rest goes on.
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { promisify } from 'node:util';
import { createGunzip, gunzip } from 'node:zlib';
import type { RawArticle } from '../core/types.ts';
import { decodeBytes } from './decode.ts';
import { recordToArticle, type JsonRecordResult } from './records.ts';

export interface InputError {
  readonly error: string;
  readonly source: string;
}
export type InputItem = RawArticle | InputError;
export const isInputError = (x: InputItem): x is InputError => 'error' in x;

export interface ReadOptions {
  /** largest file (or decompressed content, or JSONL line) accepted, in bytes; default 20 MB */
  readonly maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

type Kind = 'text' | 'html' | 'json' | 'jsonl';
const KIND_BY_EXT: Record<string, Kind> = { txt: 'text', text: 'text', html: 'html', htm: 'html', xhtml: 'html', json: 'json', jsonl: 'jsonl', ndjson: 'jsonl' };

const gunzipAsync = promisify(gunzip);

/** Splits "dir/KEY.html.gz" into id "KEY", kind 'html', gz true. Unknown extensions give kind null. */
export function classifyPath(p: string): { id: string; kind: Kind | null; gz: boolean } {
  let name = basename(p);
  let gz = false;
  if (/\.gz$/i.test(name)) { gz = true; name = name.slice(0, -3); }
  const m = /\.([A-Za-z0-9]+)$/.exec(name);
  const kind = m ? KIND_BY_EXT[m[1]!.toLowerCase()] ?? null : null;
  const id = kind && m ? name.slice(0, -m[0].length) : name;
  return { id, kind, gz };
}

const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

export async function* readInputs(paths: readonly string[], opts: ReadOptions = {}): AsyncGenerator<InputItem> {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const p of paths) {
    if (p === '-') { yield* readStdin(max); continue; }
    let st;
    try { st = await stat(p); } catch { yield { error: 'no such file or directory', source: p }; continue; }
    if (st.isDirectory()) {
      const files: string[] = [];
      try { await walk(p, files); } catch (err) { yield { error: `cannot read directory: ${(err as Error).message}`, source: p }; continue; }
      yield* readInputs(files, opts);
      continue;
    }
    yield* readPath(p, st.size, max);
  }
}

/** Collects the readable files under `dir` in sorted order (hidden files and answer files (*.gold.json, *.facts.json) skipped). */
async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try { const st = await stat(p); isDir = st.isDirectory(); isFile = st.isFile(); } catch { continue; }
    }
    if (isDir) await walk(p, out);
    else if (isFile && classifyPath(p).kind && !/\.(gold|facts)\.json$/i.test(e.name)) out.push(p);
  }
}

async function* readPath(p: string, size: number, max: number): AsyncGenerator<InputItem> {
  const { id, kind, gz } = classifyPath(p);
  if (size === 0) { yield { error: 'empty file', source: p }; return; }
  // JSONL dumps larger than the cap (or packed) are streamed as UTF-8, line by line; smaller ones go
  // through the whole-file path, which also knows BOMs and other encodings.
  if (kind === 'jsonl' && (gz || size > max)) { yield* readJsonlStream(p, id, gz, max); return; }
  if (size > max) { yield { error: `file too large (${mb(size)} > ${mb(max)})`, source: p }; return; }
  let bytes: Uint8Array;
  try { bytes = await readFile(p); } catch (err) { yield { error: `cannot read: ${(err as Error).message}`, source: p }; return; }
  if (gz || isGzip(bytes)) {
    const r = await gunzipBytes(bytes, max);
    if ('error' in r) { yield { error: r.error, source: p }; return; }
    bytes = r.bytes;
  }
  yield* fromBytes(bytes, { id, kind, source: p }, max);
}

const isGzip = (b: Uint8Array) => b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;

async function gunzipBytes(bytes: Uint8Array, max: number): Promise<{ bytes: Uint8Array } | { error: string }> {
  try {
    return { bytes: await gunzipAsync(bytes, { maxOutputLength: max }) };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ERR_BUFFER_TOO_LARGE' || /too large|maxOutputLength/i.test(e.message)) return { error: `decompressed content too large (> ${mb(max)})` };
    if (/unexpected end/i.test(e.message)) return { error: 'truncated gzip file' };
    return { error: `corrupt gzip file (${e.message})` };
  }
}

/** Whole-content reader for every kind but streamed JSONL; `kind` null means sniff the content. */
async function* fromBytes(bytes: Uint8Array, where: { id: string; kind: Kind | null; source: string }, max: number): AsyncGenerator<InputItem> {
  const { id, source } = where;
  if (bytes.length > max) { yield { error: `file too large (${mb(bytes.length)} > ${mb(max)})`, source }; return; }
  const dec = decodeBytes(bytes, { html: where.kind === 'html' || where.kind === null });
  if ('error' in dec) { yield { error: dec.error, source }; return; }
  // a page saved as .txt is still a page
  const kind = where.kind === 'text' && sniff(dec.text) === 'html' ? 'html' : where.kind ?? sniff(dec.text);
  if (kind === 'text' || kind === 'html') {
    yield { id, source, url: null, format: kind, content: dec.text, title: null, published: null, outlet: null };
    return;
  }
  if (kind === 'json') {
    let parsed: unknown;
    let ok = true;
    try { parsed = JSON.parse(dec.text); } catch { ok = false; }
    if (ok) {
      const list = Array.isArray(parsed) ? parsed : [parsed];
      if (!list.length) { yield { error: 'empty JSON array', source }; return; }
      for (let i = 0; i < list.length; i++) yield toItem(recordToArticle(list[i], id, source, i + 1));
      return;
    }
    // not one JSON value: read it as one record per line
  }
  const lines = dec.text.split('\n');
  let any = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    any = true;
    yield lineItem(line, id, source, i + 1);
  }
  if (!any) yield { error: 'empty file', source };
}

function sniff(text: string): Kind {
  const head = text.trimStart().slice(0, 512);
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('{')) return 'jsonl';
  if (/^<(!doctype html|html|head|body|meta|div|article|p)\b/i.test(head)) return 'html';
  return 'text';
}

function lineItem(line: string, id: string, source: string, n: number): InputItem {
  let r: unknown;
  try { r = JSON.parse(line); } catch (err) {
    return { error: `malformed JSON (${(err as Error).message})`, source: `${source}:${n}` };
  }
  return toItem(recordToArticle(r, id, source, n));
}

const toItem = (r: JsonRecordResult): InputItem => r;

/** JSONL files are streamed line by line so that a large dump does not have to fit in memory. */
async function* readJsonlStream(p: string, id: string, gz: boolean, max: number): AsyncGenerator<InputItem> {
  const file = createReadStream(p);
  const input = gz ? file.pipe(createGunzip()) : file;
  if (gz) file.on('error', (e) => input.destroy(e));
  const decoder = new StringDecoder('utf8');
  let n = 0;
  let any = false;
  let carry = '';
  let failure: string | null = null;
  function* take(line: string): Generator<InputItem> {
    n++;
    const t = line.trim();
    if (!t) return;
    any = true;
    if (t.length > max) { yield { error: `record too large (${mb(t.length)} > ${mb(max)})`, source: `${p}:${n}` }; return; }
    if (t.includes('\u0000')) { yield { error: `binary data`, source: `${p}:${n}` }; return; }
    yield lineItem(t, id, p, n);
  }
  try {
    for await (const chunk of input) {
      const parts = (carry + decoder.write(chunk as Buffer)).split('\n');
      carry = parts.pop()!;
      if (carry.length > max) throw new Error(`line ${n + 1} longer than ${mb(max)}`);
      for (const line of parts) yield* take(line);
    }
    carry += decoder.end();
    if (carry) yield* take(carry);
  } catch (err) {
    const msg = (err as Error).message;
    failure = /unexpected end/i.test(msg) ? 'truncated gzip file' : /incorrect header|invalid/i.test(msg) ? `corrupt gzip file (${msg})` : `read error (${msg})`;
  } finally {
    file.destroy();
  }
  if (failure) { yield { error: failure, source: p }; return; }
  if (!any) yield { error: 'empty file', source: p };
}

async function* readStdin(max: number): AsyncGenerator<InputItem> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const c of process.stdin) {
    const b = c as Buffer;
    total += b.length;
    if (total > max) { yield { error: `input too large (> ${mb(max)})`, source: '-' }; return; }
    chunks.push(b);
  }
  let bytes: Uint8Array = Buffer.concat(chunks);
  if (!bytes.length) { yield { error: 'empty input', source: '-' }; return; }
  if (isGzip(bytes)) {
    const r = await gunzipBytes(bytes, max);
    if ('error' in r) { yield { error: r.error, source: '-' }; return; }
    bytes = r.bytes;
  }
  yield* fromBytes(bytes, { id: 'stdin', kind: null, source: '-' }, max);
}
