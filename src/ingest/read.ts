// ingest stage: paths (files, directories, '-') -> RawArticle records or input errors.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { RawArticle } from '../core/types.ts';

export interface InputError {
  readonly error: string;
  readonly source: string;
}
export type InputItem = RawArticle | InputError;
export const isInputError = (x: InputItem): x is InputError => 'error' in x;

export function* readInputs(paths: readonly string[]): Generator<InputItem> {
  for (const p of paths) {
    let st;
    try { st = statSync(p); } catch { yield { error: 'no such file or directory', source: p }; continue; }
    if (st.isDirectory()) {
      yield* readInputs(readdirSync(p).sort().map((n) => join(p, n)));
      continue;
    }
    const ext = extname(p).toLowerCase();
    const content = readFileSync(p, 'utf8');
    const id = basename(p, extname(p));
    if (ext === '.jsonl') {
      const lines = content.split('\n');
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i]!.trim();
        if (!line) continue;
        try {
          const r = JSON.parse(line);
          yield { id: String(r.id ?? `${id}:${i + 1}`), source: `${p}:${i + 1}`, url: r.url ?? null, format: r.html ? 'html' : 'text', content: r.text ?? r.html ?? '', title: r.title ?? null, published: r.published ?? null, outlet: r.source ?? null, sentenceMode: true };
        } catch (err) {
          yield { error: `line ${i + 1}: ${(err as Error).message}`, source: p };
        }
      }
      continue;
    }
    yield { id, source: p, url: null, format: ext === '.html' || ext === '.htm' ? 'html' : 'text', content, title: null, published: null, outlet: null };
  }
}
