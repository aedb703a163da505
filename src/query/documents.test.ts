import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ftsQuery, snippetHtml } from './documents.ts';

test('ftsQuery quotes every word so user input is never FTS5 syntax', () => {
  const cases: [string, string | null][] = [
    ['trade turnover', '"trade" "turnover"'],
    ['Kazak*', '"Kazak"*'],
    ['"Sotk" OR NEAR(x', '"Sotk" "OR" "NEAR" "x"'],
    ['S-400', '"S-400"'],
    ['Türkiye’s', '"Türkiye’s"'],
    ['  ', null],
    ['*** ()', null],
  ];
  for (const [q, want] of cases) assert.equal(ftsQuery(q), want, q);
});

test('snippetHtml escapes the text and marks only the matches', () => {
  assert.equal(snippetHtml('<b>\u0002Baku\u0003</b> & "x"'), '&#60;b&#62;<mark>Baku</mark>&#60;/b&#62; &#38; &#34;x&#34;');
});
