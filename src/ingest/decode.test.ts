import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBytes, guessSingleByte } from './decode.ts';

const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) { be[i] = le[i + 1]!; be[i + 1] = le[i]!; }
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
};
// "Министр обороны" in Windows-1251
const CP1251 = Buffer.from([0xcc, 0xe8, 0xed, 0xe8, 0xf1, 0xf2, 0xf0, 0x20, 0xee, 0xe1, 0xee, 0xf0, 0xee, 0xed, 0xfb]);
// "Café “Noël” à Paris" in Windows-1252
const CP1252 = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x4e, 0x6f, 0xeb, 0x6c, 0x94, 0x20, 0xe0, 0x20, 0x50, 0x61, 0x72, 0x69, 0x73]);

const cases: { name: string; bytes: Uint8Array; text?: string; encoding?: string; error?: RegExp }[] = [
  { name: 'plain UTF-8', bytes: Buffer.from('The envoy met the minister in Tbilisi.'), text: 'The envoy met the minister in Tbilisi.', encoding: 'utf-8' },
  { name: 'UTF-8 with BOM', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Grüße aus Wien')]), text: 'Grüße aus Wien', encoding: 'utf-8' },
  { name: 'UTF-16 LE with BOM', bytes: utf16le('Talks in Astana — “frank”'), text: 'Talks in Astana — “frank”', encoding: 'utf-16le' },
  { name: 'UTF-16 BE with BOM', bytes: utf16be('Talks in Astana — “frank”'), text: 'Talks in Astana — “frank”', encoding: 'utf-16be' },
  { name: 'Windows-1251 Cyrillic', bytes: CP1251, text: 'Министр обороны', encoding: 'windows-1251' },
  { name: 'Windows-1252 Western', bytes: CP1252, text: 'Café “Noël” à Paris', encoding: 'windows-1252' },
  { name: 'empty', bytes: new Uint8Array(0), error: /empty/ },
  { name: 'whitespace only', bytes: Buffer.from(' \n\n\t '), error: /empty/ },
  { name: 'NUL bytes', bytes: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0x41]), error: /binary/ },
  { name: 'control characters', bytes: Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 ? 0x41 : 0x01))), error: /binary/ },
  { name: 'bytes undefined in every code page', bytes: Buffer.from(Array.from({ length: 120 }, (_, i) => (i % 2 ? 0x81 : 0x8d))), error: /invalid encoding|binary/ },
];

for (const c of cases) {
  test(`decodeBytes: ${c.name}`, () => {
    const r = decodeBytes(c.bytes);
    if (c.error) {
      assert.ok('error' in r, `expected an error, got ${JSON.stringify(r)}`);
      assert.match(r.error, c.error);
    } else {
      assert.ok(!('error' in r), `unexpected error ${JSON.stringify(r)}`);
      assert.equal(r.text, c.text);
      assert.equal(r.encoding, c.encoding);
    }
  });
}

test('guessSingleByte tells Cyrillic runs from isolated accents', () => {
  assert.equal(guessSingleByte(CP1251), 'windows-1251');
  assert.equal(guessSingleByte(CP1252), 'windows-1252');
});

test('an HTML page that declares its charset is decoded with it when not UTF-8', () => {
  const page = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1251"></head><body><p>'), CP1251, Buffer.from('</p></body></html>')]);
  const r = decodeBytes(page, { html: true });
  assert.ok(!('error' in r));
  assert.match(r.text, /Министр обороны/);
});

test('UTF-8 text with one broken byte stays UTF-8 (no mojibake of the good characters)', () => {
  const good = Buffer.from('Déclaration commune signée à Genève — «accord» — Genève, Zürich, Tōkyō. ');
  const bytes = Buffer.concat([good, Buffer.from([0xe2, 0x80]), Buffer.from(' fin.')]);
  const r = decodeBytes(bytes);
  assert.ok(!('error' in r));
  assert.equal(r.encoding, 'utf-8');
  assert.match(r.text, /^Déclaration commune signée à Genève/);
});
