import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvFields, indexOfficials, parseOfficials, resolveOfficial } from './officials.ts';

const CSV = `name,variants,country,role,from,to
Anna Kova,Kova|Ana Kova,CZE,Prime Minister,2010-01-01,2014-12-31
Petr Kova,Kova,CZE,Prime Minister,2015-01-01,
"Smith, John",Smith,GBR,Foreign Secretary,2001-01-01,2002-01-01
`;

test('csv fields allow quoted commas', () => {
  assert.deepEqual(csvFields('"Smith, John",Smith,GBR'), ['Smith, John', 'Smith', 'GBR']);
});

test('a surname resolves to the official in office on the date', () => {
  const idx = indexOfficials(parseOfficials(CSV));
  assert.equal(resolveOfficial('Kova', '2012-05-01', idx)?.name, 'Anna Kova');
  assert.equal(resolveOfficial('Kova', '2016-05-01', idx)?.name, 'Petr Kova');
  assert.equal(resolveOfficial('Ana Kova', null, idx)?.name, 'Anna Kova');
  // no date: the latest holder
  assert.equal(resolveOfficial('Kova', null, idx)?.name, 'Petr Kova');
  assert.equal(resolveOfficial('Nobody', null, idx), undefined);
});

test('the built-in table knows transliteration variants', () => {
  assert.equal(resolveOfficial('Tokaev', '2023-01-01')?.name, 'Kassym-Jomart Tokayev');
  assert.equal(resolveOfficial('Aliev', '2023-01-01')?.name, 'Ilham Aliyev');
  assert.equal(resolveOfficial('Aliyev', '1999-01-01')?.name, 'Heydar Aliyev');
});
