import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LEXICON_PATH, candidateRules, commonText, compileLexicon, foldText, lexicon, lintLexicon, lintPattern, wordTest, type LexiconFile } from './lexicon.ts';
import { findHits } from './hits.ts';

// (sentences written for these tests)
const SENTENCES = [
  'The two defence ministers signed a memorandum on joint naval patrols and pledged further talks in Lisbon next spring.',
  'Officials in the capital accused their neighbour of shelling border villages, and recalled the ambassador for consultations.',
  '“We will not let this pass,” the spokesman said after warships were moved closer to the disputed reef.',
  'Troops left the garrison town on Tuesday; the government said the withdrawal would be completed within weeks.',
  'The foreign minister’s visit to Brasília was cancelled, and the planned grain deal was put on hold.',
  'Peacekeepers from Ghana arrived at the camp while rescuers searched the rubble after the earthquake.',
  'Ministers of both states held talks on trade, energy and fisheries, then flew on to Geneva for a summit.',
  'The ministry rejected the charge as baseless and summoned the envoy over the seizure of a fishing boat.',
  'Ankara, Łódź and Cluj-Napoca hosted the drills; Žilina’s mayor thanked the soldiers — an “excellent” effort.',
  // letters that a case-insensitive match folds: long s, dotted capital I, the combining ypogegrammeni
  'The ſenate of İzmir praised the accord\u0345 and the SHIPMENTS of Grain arrived.',
];

test('candidateRules selects the same rules, in lexicon order, as testing every needle of every rule', () => {
  const lex = lexicon();
  for (const s of SENTENCES) {
    const folded = foldText(s);
    const naive = lex.rules.filter((r) => !r.needles || r.needles.some((n) => folded.includes(n)));
    const fast = candidateRules(lex.rules, folded);
    assert.deepEqual(fast.map((r) => lex.rules.indexOf(r)), naive.map((r) => lex.rules.indexOf(r)), s);
    assert.ok(fast.length < lex.rules.length, s);
  }
  assert.ok(candidateRules(lex.rules, foldText(SENTENCES[0]!)).some((r) => r.pattern.startsWith('sign*')));
});

test('a rule’s fast regex finds the same matches as its unicode regex on a sentence of common characters', () => {
  const lex = lexicon();
  let matched = 0;
  for (const s of SENTENCES) {
    assert.ok(commonText(s), s);
    for (const r of lex.rules) {
      assert.ok(r.fast, r.pattern);
      const slow = [...s.matchAll(r.re)].map((m) => `${m.index}:${m[0]}`);
      const fast = [...s.matchAll(r.fast!)].map((m) => `${m.index}:${m[0]}`);
      assert.deepEqual(fast, slow, `${r.pattern} on ${s}`);
      matched += slow.length;
      if (r.needs) assert.equal(r.needsFast!.test(s), r.needs.test(s), `${r.pattern} on ${s}`);
    }
  }
  assert.ok(matched > 20);
});

test('commonText: Latin script and punctuation are common; Cyrillic, Arabic, emoji and the Kelvin sign are not', () => {
  assert.ok(commonText('Señor Müller’s “quick” reply — 5 km, €20.'));
  assert.ok(!commonText('Moscow (Москва) replied.'));
  assert.ok(!commonText('The word سلام was painted.'));
  assert.ok(!commonText('Talks went well 👍'));
  assert.ok(!commonText('a 300 \u212a reading'));
});

test('findHits gives the same triggers with and without a rare character in the sentence', () => {
  const lex = lexicon();
  const kinds = (t: string) => findHits(lex, t, 0).map((h) => `${h.rule.type}:${t.slice(h.start, h.end)}`);
  for (const s of SENTENCES) {
    const plain = kinds(s);
    // the same words with a Cyrillic word at the end: the unicode regexes run instead of the fast ones
    const rare = kinds(`${s} Мир`);
    assert.deepEqual(rare, plain, s);
  }
  assert.ok(kinds(SENTENCES[1]!).some((k) => k.startsWith('ACCUSE:accused')));
});

test('lint: a multi-word alternative written inside a list of alternatives is reported', () => {
  // "a|turned down": the determiner starts a phrase the compiler splits into two slots
  assert.equal(lintPattern('a|turned down').length, 1);
  assert.match(lintPattern('highly? values ...3 role').join(), /first slot "highly\?" is optional/);
  assert.deepEqual(lintPattern('values ...3 role'), []);
  assert.match(lintPattern('a|turned down')[0]!, /determiner "a"/);
  // "without penalty|a price|any cost": two slots, each with a determiner beside a noun
  assert.equal(lintPattern('will|would not come without penalty|a price|any cost').length, 2);
  // "refused|turned down|rejected": the particle "down" listed beside the verb "rejected"
  assert.match(lintPattern('refused|turned down|rejected the? offer*').join(), /particle "down" beside "rejected"/);
  assert.match(lintPattern('^set|put aside|delayed').join(), /particle "aside"/);
  // a marker on the first slot is a literal character; an empty alternative is a typo
  assert.match(lintPattern('^expelled ...3 diplomats').join(), /first slot "\^expelled"/);
  assert.match(lintPattern('>took ...3 to court').join(), /first slot/);
  assert.equal(lintPattern('expelled|ousted| ...3 diplomats').length, 1);
  assert.equal(lintPattern('expelled||ousted ...3 diplomats').length, 1);
  assert.equal(lintPattern('expelled ...3 |diplomats?').length, 1);
});

test('lint: lists of alternatives in a row, particles after verbs and determiner slots are fine', () => {
  for (const ok of [
    'sent|send|sending a|an? team|teams|unit of ...2 police|policemen|detectives officers|officials|agents?',
    'pull*|pulled out|back',
    'shrug*|waved off|aside|away',
    'called|describ* the|these|those|its|their|such|this|that|*\'s ...3 as? illegal',
    'agree|agreed|agrees to|on|upon|that',
    'press|pressed ahead|on|forward',
    '@TROOPS ...2 ^left|leave',
    'took|dragged >...3 to|before the|a? court|tribunal',
  ]) assert.deepEqual(lintPattern(ok), [], ok);
});

test('lint: the lexicon is clean, and compiling a lexicon with a split alternative fails with the rule text', () => {
  const file = JSON.parse(readFileSync(LEXICON_PATH, 'utf8')) as LexiconFile;
  assert.deepEqual(lintLexicon(file), []);
  const bad: LexiconFile = {
    classes: {}, contexts: {}, status: { negation: [], future: [], hypothetical: [] }, collectives: [], pronouns: [],
    types: { REJECT: { rules: ['signed', { p: 'scrapped|called off|ended the? deal', w: 0.7 }] } },
    vetoes: { rules: ['an|the ceremony'] },
  };
  assert.throws(() => compileLexicon(bad), (e: Error) => /REJECT rule "scrapped\|called off\|ended the\? deal"/.test(e.message) && !/veto/.test(e.message));
  assert.throws(() => compileLexicon({ ...bad, types: { REJECT: { rules: [{ p: 'rejected', needs: 'offer|a proposal' }] } } }), /needs "offer\|a proposal"/);
  assert.equal(compileLexicon({ ...bad, types: { REJECT: { rules: ['scrapped|called off the? deal'] } } }).rules.length, 2);
});

test('the split alternatives the lint found match as written: "without a response", "prepared to abandon"', () => {
  const lex = lexicon();
  const hits = (t: string) => findHits(lex, t, 0).map((h) => `${h.rule.type ?? 'veto'}:${t.slice(h.start, h.end)}`);
  assert.ok(hits('The minister said such an insult would not go without an answer from his government.').some((h) => h.startsWith('THREATEN:') && h.endsWith('not go without an answer')));
  assert.ok(hits('Officials insisted the strike on the depot will never pass without consequences.').some((h) => h.startsWith('THREATEN:') && h.endsWith('never pass without consequences')));
  assert.ok(hits('The cabinet is not prepared to sacrifice the fishing quota.').includes('veto:prepared to sacrifice'));
});

test('the "trade" word lists load from the lexicon and match whole words, stems and phrases', () => {
  const t = lexicon().trade;
  assert.ok(t);
  const file = JSON.parse(readFileSync(LEXICON_PATH, 'utf8')) as LexiconFile;
  assert.ok(file.trade!.commodities.length && file.trade!.trade.length && file.trade!.aid.length);
  assert.ok(t.commodity.test('all of its crude') && t.commodity.test('LNG') && !t.commodity.test('cargoes') && t.commodity.test('Fertilizers'));
  assert.ok(t.trade.test('through the Adria pipeline') && t.trade.test('transiting Ukraine') && t.trade.test('10 billion cubic\nmetres'));
  assert.ok(t.aid.test('delivered free of charge') && t.aid.test('a donation') && !t.aid.test('freedom of navigation'));
  assert.ok(!wordTest([]).test('anything') && wordTest(['a*b']).test('a*b') && !wordTest(['a*b']).test('ab'));
});
