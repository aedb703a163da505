import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RawArticle } from '../../core/types.ts';
import { processArticle, processDocument } from '../../pipeline.ts';
import { extractorVersion } from '../../extract/run.ts';
import { Store } from '../../store/store.ts';
import { reprocessStore } from './reprocess.ts';

const article = (n: number): RawArticle => ({
  id: `r${n}`, source: `mem/r${n}.txt`, url: null, format: 'text', title: null, published: '2024-03-01', outlet: null,
  content: `Item ${n}. Norway and Sweden signed an agreement on cross-border rail transport in Oslo on Monday.`,
});

function filled(): Store {
  const store = new Store(':memory:');
  for (const n of [1, 2, 3]) {
    const p = processArticle(article(n));
    const facts = [{ kind: 'person', name: `Old ${n}`, country: null, role: null, evidence: { start: 0, end: 4, text: p.doc.text.slice(0, 4) } } as const];
    store.addDocument({ doc: p.doc, mentions: p.ann.mentions, extraction: { countries: [], facts } }, { extractorVersion: 'old@0' });
  }
  return store;
}

test('reprocess replaces facts with the pipeline output; a refused document keeps its old facts', () => {
  const store = filled();
  const errors: string[] = [];
  const counts = reprocessStore(store, {
    batchSize: 2,
    onError: (id) => errors.push(id),
    process: (doc) => {
      const p = processDocument(doc);
      if (doc.id !== 'r2') return p;
      const bad = { kind: 'person', name: 'Bad', country: null, role: null, evidence: { start: 0, end: 3, text: 'zzz' } } as const;
      return { ...p, extraction: { ...p.extraction, facts: [bad] } };
    },
  });
  assert.deepEqual(counts, { done: 2, failed: 1, total: 3 });
  assert.deepEqual(errors, ['r2 (document 2)']);
  const old = store.db.prepare("SELECT d.doc_key, p.name FROM people p JOIN documents d ON d.id = p.document_id WHERE p.extractor_version = 'old@0'").all();
  assert.deepEqual(old, [{ doc_key: 'r2', name: 'Old 2' }]);
  const versions = store.db.prepare('SELECT doc_key, extractor_version AS v FROM documents ORDER BY id').all();
  assert.deepEqual(versions, [{ doc_key: 'r1', v: extractorVersion() }, { doc_key: 'r2', v: 'old@0' }, { doc_key: 'r3', v: extractorVersion() }]);

  // --stale: only the document still at another version is run again
  let runs = 0;
  const stale = reprocessStore(store, { stale: true, process: (doc) => { runs++; return processDocument(doc); } });
  assert.deepEqual(stale, { done: 1, failed: 0, total: 1 });
  assert.equal(runs, 1);
  assert.equal(store.countDocuments(extractorVersion()), 0);
  store.close();
});
