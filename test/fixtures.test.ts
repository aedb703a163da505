// Integrity of the shared fixture articles: every expected fact is well-formed and its evidence is
// an exact substring of the article, so tests built on them can trust the expectations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PLOVER_TYPES } from '../src/core/types.ts';
import { fixtureArticle, listFixtures, overlaps, readFixture, spanOf } from './helpers.ts';

const CODE = /^(?:[A-Z]{3}|IGO)$/;
const METRICS = new Set(['trade_turnover', 'exports', 'imports', 'investment', 'transit_volume', 'production', 'defense_production', 'defense_exports', 'aid', 'other']);

test('there are 4-6 fixtures, each with a facts file', () => {
  const slugs = listFixtures();
  assert.ok(slugs.length >= 4 && slugs.length <= 6, `found ${slugs.length}`);
  for (const s of slugs) assert.equal(typeof readFixture(s).facts, 'object');
});

for (const slug of listFixtures()) {
  test(`fixture ${slug}: evidence is in the text and codes are well-formed`, () => {
    const { text, facts } = readFixture(slug);
    if (facts.published != null) assert.match(facts.published, /^\d{4}-\d{2}-\d{2}$/);
    for (const c of facts.countries ?? []) assert.match(c, CODE);
    const all = [...(facts.people ?? []), ...(facts.events ?? []), ...(facts.agreements ?? []), ...(facts.figures ?? []), ...(facts.arms ?? [])];
    assert.ok(all.length > 0, 'a fixture lists at least one fact');
    for (const f of all) assert.ok(text.includes(f.evidence), `evidence not in ${slug}.txt: ${f.evidence}`);
    for (const e of facts.events ?? []) {
      assert.ok(PLOVER_TYPES.includes(e.type), e.type);
      for (const c of [...e.actor, ...e.recipient]) assert.match(c, CODE);
    }
    for (const g of facts.figures ?? []) assert.ok(METRICS.has(g.metric), g.metric);
    for (const a of facts.agreements ?? []) for (const c of a.parties) assert.match(c, CODE);
  });
}

test('fixtureArticle gives plain-text pipeline input; spanOf/overlaps work on it', () => {
  const raw = fixtureArticle('aze-rus-visit');
  assert.equal(raw.format, 'text');
  assert.equal(raw.id, 'aze-rus-visit');
  const s = spanOf(raw.content, 'Vladimir Putin');
  assert.ok(s);
  assert.equal(raw.content.slice(s.start, s.end), 'Vladimir Putin');
  assert.equal(spanOf(raw.content, 'not in the text'), null);
  assert.ok(overlaps(s, { start: s.end - 1, end: s.end + 5 }));
  assert.ok(!overlaps(s, { start: s.end, end: s.end + 5 }));
});
