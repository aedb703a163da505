import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvField, ploverRecord } from './export.ts';

test('csvField quotes commas, quotes and line breaks; lists join with ;', () => {
  assert.equal(csvField('plain'), 'plain');
  assert.equal(csvField('a, b'), '"a, b"');
  assert.equal(csvField('say "no"'), '"say ""no"""');
  assert.equal(csvField('two\nlines'), '"two\nlines"');
  assert.equal(csvField(['AZE', 'RUS']), 'AZE;RUS');
  assert.equal(csvField(null), '');
  assert.equal(csvField(0), '0');
});

test('ploverRecord: event, source and target actor lists, mode, context, text', () => {
  const rec = ploverRecord({
    id: 7, document_id: 2, type: 'ASSAULT', mode: null, context: ['military'], date: null, date_precision: null, sort_date: '2024-04-01',
    status: 'occurred', historical: false, confidence: 0.8, actor: ['AZE'], recipient: ['ARM'], evidence: { start: 3, end: 10, text: 'shelled' },
    spans: [], extractor: 'x', document: { title: 't', published: '2024-04-02', outlet: null, url: null },
  });
  assert.deepEqual(
    [rec.id, rec.date, rec.event, rec.mode, rec.context, rec.source, rec.target, rec.text],
    ['dyad-7', '2024-04-01', 'ASSAULT', '', ['military'], [{ code: 'AZE' }], [{ code: 'ARM' }], 'shelled'],
  );
});
