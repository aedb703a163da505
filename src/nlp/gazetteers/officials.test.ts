import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OFFICIALS, csvFields, findOfficials, indexOfficials, parseOfficials, resolveOfficial } from './officials.ts';

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

test('every row of the built-in table is well formed: a state code or IGO, ISO dates, a term that ends after it starts', () => {
  for (const o of OFFICIALS) {
    assert.match(o.country, /^(?:[A-Z]{3})$/, o.name);
    for (const d of [o.from, o.to]) if (d) assert.match(d, /^\d{4}-\d{2}-\d{2}$/, o.name);
    if (o.from && o.to) assert.ok(o.from < o.to, o.name);
  }
});

test('spellings without accents and a second term resolve to the table name', () => {
  assert.equal(resolveOfficial('Luiz Inacio Lula da Silva', '2024-06-01')?.country, 'BRA');
  assert.equal(resolveOfficial('Lula', '2005-06-01')?.from, '2003-01-01');
  assert.equal(resolveOfficial('Sikorski', '2010-01-01')?.country, 'POL');
});

test('findOfficials: whole words only, the longest variant at each place, a line break inside a name', () => {
  const idx = indexOfficials(parseOfficials('name,variants,country,role,from,to\nAna Soto,Soto|Ana Maria Soto,CHL,Foreign Minister,2020-01-01,\nAl-Rami,,JOR,Prime Minister,2019-01-01,\n'));
  const found = (t: string) => findOfficials(t, idx).map((m) => `${m.start}:${m.surface}`);
  assert.deepEqual(found('Ana Maria Soto met Sotomayor; Soto left.'), ['0:Ana Maria Soto', '30:Soto']);
  assert.deepEqual(found('Minister Ana\nSoto and Al-Rami spoke.'), ['9:Ana\nSoto', '22:Al-Rami']);
  assert.deepEqual(found('Xal-Rami and SotoX'), []);
});

test('a two-word name is found with middle initials between its words', () => {
  const idx = indexOfficials(parseOfficials(CSV));
  const found = findOfficials('Prime Minister Anna J. K. Kova arrived; Anna Kovacs did not.', idx);
  assert.deepEqual(found.map((f) => f.surface), ['Anna J. K. Kova'], 'the initials belong to the name; a longer surname is no match');
  assert.equal(resolveOfficial('Anna J. K. Kova', '2012-05-01', idx)?.name, 'Anna Kova', 'the name with initials resolves like the plain one');
});
