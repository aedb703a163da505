// A treaty named with its year, signed years before the article, is a SUPPORT of its two parties.
// All texts are written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventFact } from '../../core/types.ts';
import { provenanceErrors } from '../../core/types.ts';
import { processArticle } from '../../pipeline.ts';
import { namedYear } from './treaties.ts';

function supports(content: string, published: string | null = '2025-03-04'): EventFact[] {
  const r = processArticle({ id: 't', source: 't', url: null, format: 'text', content, title: null, published, outlet: null });
  const evs = r.extraction.facts.filter((f): f is EventFact => f.kind === 'event' && f.type === 'SUPPORT');
  for (const e of evs) assert.deepEqual(provenanceErrors(r.doc, e), []);
  return evs;
}

test('a treaty named with an earlier year is SUPPORT by both parties, dated that year', () => {
  const [e, ...rest] = supports('Ecuador and Peru disagree over fishing quotas. Under the 1998 Brasilia Accord, the border was fixed for good.');
  assert.equal(rest.length, 0);
  assert.deepEqual([...e!.actor].sort(), ['ECU', 'PER']);
  assert.deepEqual(e!.recipient, []);
  assert.equal(e!.date, '1998');
  assert.equal(e!.status, 'occurred');
  assert.equal(e!.evidence.text, '1998 Brasilia Accord');
  const after = supports('Chile and Bolivia are at odds again. The Joint Declaration announced in March 2011 promised talks.');
  assert.deepEqual(after.map((x) => [[...x.actor].sort().join(','), x.date, x.evidence.text]), [['BOL,CHL', '2011-03', 'Joint Declaration announced in March 2011']]);
});

test('no treaty event for a treaty of this year, one without a year by its name, one already reported, or an undated article', () => {
  assert.equal(supports('Ecuador and Peru disagree over fishing quotas. The 2025 Brasilia Accord fixed the border.').length, 0);
  assert.equal(supports('Ecuador and Peru disagree over fishing quotas. The Brasilia Accord, which took effect in 1998 after long talks, fixed the border.').length, 0);
  assert.equal(supports('Ecuador and Peru disagree over fishing quotas. Under the 1998 Brasilia Accord, the border was fixed.', null).length, 0);
  const once = supports('Ecuador and Peru signed the Brasilia Accord in 1998. The 1998 Brasilia Accord fixed the border.');
  assert.equal(once.length, 1);
});

test('namedYear reads the year before the name or after its signing participle only', () => {
  const text = 'the 1973 Itaipu Treaty and the Lima Pact signed in 2001 and the Quito Charter, in force since 1990';
  const at = (name: string, date: string) => { const start = text.indexOf(name); return { evidence: { start, end: start + name.length, text: name }, date }; };
  assert.equal(namedYear(text, at('Itaipu Treaty', '1973'))?.year, '1973');
  assert.equal(namedYear(text, at('Lima Pact', '2001'))?.year, '2001');
  assert.equal(namedYear(text, at('Quito Charter', '1990')), null);
  assert.equal(namedYear(text, at('Itaipu Treaty', '1974')), null);
});

test('no treaty event for a treaty with a party that is no state, or one named with a year and lowercase noun that names its parties', () => {
  assert.equal(supports('Mali and Algeria fell out. Mali ended the 2015 Algiers peace agreement with northern rebels and accused Algeria of interference.').length, 0);
  const named = supports('Argentina said it was ending the 2016 Foradori-Duncan agreement on cooperation in the South Atlantic with Britain.');
  assert.deepEqual(named.map((e) => [[...e.actor].sort().join(','), e.date]), [['ARG,GBR', '2016']]);
});

test('a convention, charter or covenant named with its year is many states\' instrument, not a treaty of the story\'s two states', () => {
  assert.equal(supports('Ecuador and Peru disagree over fishing quotas. Peru said the move violated the 1961 Vienna Convention on Diplomatic Relations with Ecuador.').length, 0);
  // a treaty of the two keeps its event
  assert.equal(supports('Ecuador and Peru disagree over fishing quotas. Peru said the move violated the 1998 Brasilia Accord with Ecuador.').length, 1);
});
