import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawArticle } from '../../core/types.ts';
import type { InputItem } from '../../ingest/read.ts';
import { processDocument } from '../../pipeline.ts';
import { Store } from '../../store/store.ts';
import { ingestItems, summaryLine } from './ingest.ts';

const article = (n: number): RawArticle => ({
  id: `a${n}`, source: `mem/a${n}.txt`, url: null, format: 'text', title: `Item ${n}`, published: '2024-01-0' + ((n % 9) + 1), outlet: null,
  content: `Article ${n}. Finland and Estonia held talks in Tallinn on ferry links and power cables, officials said.\n\nA second paragraph of item ${n}.`,
});

async function* items(list: InputItem[], failAfter = Infinity): AsyncGenerator<InputItem> {
  let i = 0;
  for (const x of list) {
    if (i++ === failAfter) throw new Error('killed');
    yield x;
  }
}

function withDb(fn: (path: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-ingest-'));
  return fn(join(dir, 'x.db')).finally(() => rmSync(dir, { recursive: true, force: true }));
}

test('an ingest killed mid-way keeps its committed batches, and a rerun continues', () => withDb(async (path) => {
  const all = [1, 2, 3, 4, 5].map(article);
  const store = new Store(path);
  await assert.rejects(ingestItems(store, items(all, 3), { batchSize: 2 }), /killed/);
  store.close();

  const again = new Store(path);
  assert.equal(again.counts().documents, 2, 'the first batch of two was committed; the third item was pending');
  const counts = await ingestItems(again, items(all), { batchSize: 2 });
  assert.deepEqual({ ...counts }, { added: 3, duplicates: 2, failed: 0, read: 5 });
  assert.equal(summaryLine(counts), '3 documents added, 2 skipped as duplicates, 0 failed');
  assert.equal(again.counts().documents, 5);
  again.close();
}));

test('bad inputs and refused documents are counted and named; the rest of the batch is stored', () => withDb(async (path) => {
  const store = new Store(path);
  const errors: string[] = [];
  const list: InputItem[] = [article(1), { error: 'empty file', source: 'mem/empty.txt' }, article(2), article(3), article(1)];
  const counts = await ingestItems(store, items(list), {
    batchSize: 10,
    onError: (source, message) => errors.push(`${source}: ${message}`),
    process: (doc) => {
      const p = processDocument(doc);
      if (doc.id !== 'a2') return p;
      // a fact whose evidence does not slice to its text: the store must refuse this document
      const bad = { kind: 'person', name: 'X', country: null, role: null, evidence: { start: 0, end: 4, text: 'Nope' } } as const;
      return { ...p, extraction: { ...p.extraction, facts: [...p.extraction.facts, bad] } };
    },
  });
  assert.deepEqual({ ...counts }, { added: 2, duplicates: 1, failed: 2, read: 5 });
  assert.equal(errors.length, 2);
  assert.match(errors[0]!, /^mem\/empty\.txt: empty file/);
  assert.match(errors[1]!, /^mem\/a2\.txt: .*do not slice/);
  const keys = (store.db.prepare('SELECT doc_key FROM documents ORDER BY id').all() as { doc_key: string }[]).map((r) => r.doc_key);
  assert.deepEqual(keys, ['a1', 'a3']);
  const log = store.db.prepare("SELECT source, status FROM ingest_log ORDER BY rowid").all();
  assert.deepEqual(log, [
    { source: 'mem/a1.txt', status: 'added' }, { source: 'mem/a2.txt', status: 'failed' },
    { source: 'mem/a3.txt', status: 'added' }, { source: 'mem/empty.txt', status: 'failed' },
  ]);
  store.close();
}));

test('a text seen twice in the same batch is stored once', () => withDb(async (path) => {
  const store = new Store(path);
  let processed = 0;
  const counts = await ingestItems(store, items([article(7), { ...article(7), id: 'copy', source: 'mem/copy.txt' }]), {
    process: (doc) => { processed++; return processDocument(doc); },
  });
  assert.deepEqual({ ...counts }, { added: 1, duplicates: 1, failed: 0, read: 2 });
  assert.equal(processed, 1, 'the duplicate is skipped before extraction');
  store.close();
}));
