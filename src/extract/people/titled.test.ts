import { test } from 'node:test';
import assert from 'node:assert/strict';
import { provenanceErrors, type Document, type PersonFact } from '../../core/types.ts';
import { annotate } from '../../nlp/annotate.ts';
import { peopleTitled } from './titled.ts';

function people(text: string, published: string | null = null, byline: string | null = null): PersonFact[] {
  const doc = { id: 't', source: 't', url: null, raw: text, text, offsetMap: [], title: null, outlet: null, byline, dateline: null, published } as Document;
  const facts = peopleTitled.extract({ doc, ann: annotate(doc), earlier: [] });
  for (const f of facts) assert.deepEqual(provenanceErrors(doc, f), []);
  return facts as PersonFact[];
}

test('one fact per person, evidence is the titled mention', () => {
  const facts = people('Georgian Prime Minister Irakli Kobakhidze met Armenian Prime Minister Nikol Pashinyan. ' +
    'Kobakhidze said the talks went well, and Pashinyan agreed.', '2024-05-01');
  assert.deepEqual(facts.map((f) => [f.name, f.country, f.role, f.sector]), [
    ['Irakli Kobakhidze', 'GEO', 'Prime Minister', 'GOV'],
    ['Nikol Pashinyan', 'ARM', 'Prime Minister', 'GOV'],
  ]);
  assert.equal(facts[0]!.evidence.text, 'Georgian Prime Minister Irakli Kobakhidze');
});

test('military titles give the MIL sector', () => {
  const [f] = people('Chilean Navy Commander Admiral Jorge Parga inspected the frigate.');
  assert.equal(f?.name, 'Jorge Parga');
  assert.equal(f?.country, 'CHL');
  assert.equal(f?.sector, 'MIL');
});

test('a bare surname and the titled full name are one person', () => {
  const facts = people('Turkish President Recep Tayyip Erdogan arrived. Erdogan then left.', '2020-03-01');
  assert.equal(facts.length, 1);
  assert.equal(facts[0]!.name, 'Recep Tayyip Erdogan');
});

test('the byline author is not a person in the story', () => {
  assert.deepEqual(people('By Leyla Hasanova\n\nForeign Minister Leyla Hasanova of nowhere spoke.', null, 'Leyla Hasanova'), []);
});

test('two spellings of one name in an article are one person', () => {
  const facts = people('Romanian President Mihai Popescu met Ilham Aliyev. Later his counterpart Mihai Popesku thanked him.', '2009-09-28');
  assert.deepEqual(facts.map((f) => f.name).filter((n) => n.startsWith('Mihai')), ['Mihai Popescu']);
});
