// Provenance over the fixture articles: every evidence span and every mention the pipeline produces
// slices out of the document's normalized text, and the offset map stays in range. Runs over the
// e2e fixtures and, when present, the team's other fixture articles (test/fixtures/articles/*.txt)
// and the demo corpus (data/sample).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs, isInputError } from '../src/ingest/read.ts';
import { processArticle } from '../src/pipeline.ts';
import { provenanceErrors, type Evidence, type RawArticle } from '../src/core/types.ts';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const E2E = join(FIXTURES, 'e2e');
const ARTICLES = join(FIXTURES, 'articles');
const SAMPLE = join(FIXTURES, '..', '..', 'data', 'sample');

/** Checks every span of one article; returns the number of mentions and of fact spans checked. */
function checkArticle(item: RawArticle): { mentions: number; spans: number } {
  let spans = 0;
  let mentions = 0;
  const { doc, ann, extraction } = processArticle(item);
  const where = doc.id;
  assert.ok(doc.text.length > 0, where);
  assert.equal(doc.offsetMap.length, doc.text.length + 1, `${where}: offset map length`);
  for (let i = 0; i < doc.offsetMap.length; i++) {
    const r = doc.offsetMap[i]!;
    assert.ok(r >= 0 && r <= doc.raw.length, `${where}: offsetMap[${i}] = ${r} outside raw`);
  }
  for (const m of ann.mentions) {
    assert.ok(m.start >= 0 && m.start <= m.end && m.end <= doc.text.length, `${where}: mention [${m.start}, ${m.end}) out of range`);
    assert.equal(doc.text.slice(m.start, m.end), m.text, `${where}: mention ${m.type} [${m.start}, ${m.end})`);
    mentions++;
  }
  for (const f of extraction.facts) {
    assert.deepEqual(provenanceErrors(doc, f), [], `${where}: ${f.kind} from ${f.extractor}`);
    const all: Evidence[] = [f.evidence, ...(f.kind === 'event' ? f.spans ?? [] : [])];
    for (const e of all) {
      assert.ok(e.end > e.start, `${where}: empty evidence for a ${f.kind} from ${f.extractor}`);
      assert.equal(doc.text.slice(e.start, e.end), e.text);
      spans++;
    }
  }
  return { mentions, spans };
}

test('every evidence span and mention slices to its text (e2e fixtures)', async () => {
  let docs = 0;
  let mentions = 0;
  for await (const item of readInputs([E2E])) {
    assert.ok(!isInputError(item), `fixture unreadable: ${JSON.stringify(item)}`);
    mentions += checkArticle(item).mentions;
    docs++;
  }
  assert.equal(docs, 5);
  // every fixture names at least two states by name; the country gazetteer finds them
  assert.ok(mentions >= 10, `only ${mentions} mentions over ${docs} documents`);
});

test('every evidence span and mention slices to its text (team fixture articles)', { skip: !existsSync(ARTICLES) }, async () => {
  const files = readdirSync(ARTICLES).filter((f) => f.endsWith('.txt')).sort().map((f) => join(ARTICLES, f));
  let spans = 0;
  for await (const item of readInputs(files)) {
    assert.ok(!isInputError(item), `fixture unreadable: ${JSON.stringify(item)}`);
    spans += checkArticle(item).spans;
  }
  assert.ok(files.length > 0);
  assert.ok(spans > 0, 'the team fixtures state facts; some must come out with evidence');
});

test('every evidence span and mention slices to its text (demo corpus data/sample)', { skip: !existsSync(SAMPLE) }, async () => {
  let docs = 0;
  for await (const item of readInputs([SAMPLE])) {
    assert.ok(!isInputError(item), `sample unreadable: ${JSON.stringify(item)}`);
    checkArticle(item);
    docs++;
  }
  assert.ok(docs > 0);
});
