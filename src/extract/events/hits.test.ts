// Trigger matching on sentences written for this test: overlaps, vetoes, governing triggers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findHits } from './hits.ts';
import { lexicon } from './lexicon.ts';
import type { Document } from '../../core/types.ts';
import { annotate } from '../../nlp/annotate.ts';
import { tokenize } from '../../nlp/tokens.ts';
import { extractEvents } from './events.ts';

/** Events of an article text (not sentence mode), in the core PLOVER types. */
function articleEvents(text: string) {
  const d: Document = { id: 't', source: 't', url: null, raw: text, text, offsetMap: [], title: null, outlet: null, byline: null, dateline: null, published: '2025-03-05', sentenceMode: false };
  return extractEvents(d, annotate(d), { plover: 'core' }).map((e) => `${e.type} ${e.actor.join('+')}>${e.recipient.join('+')}`);
}

const kinds = (text: string) => findHits(lexicon(), text, 0).filter((h) => h.rule.type).map((h) => `${h.rule.type}:${text.slice(h.start, h.end)}`);

test('a governing trigger takes what it governs as its content', () => {
  assert.deepEqual(kinds('Chile threatened to shell the border posts.'), ['THREATEN:threatened']);
  assert.deepEqual(kinds('Peru agreed to sign a trade pact with Chile.').map((k) => k.split(':')[0]), ['AGREE']);
});

test('an intent that is the subject of a passive verb does not take that verb as its content', () => {
  assert.ok(kinds("Lima's decision to reopen the border was praised by Santiago.").some((k) => k === 'SUPPORT:praised'));
  assert.ok(articleEvents("Lima's decision to reopen the border was praised by Santiago.").includes('SUPPORT CHL>PER'));
});

test('a veto anchored at the same word as a trigger wins; a second past-tense act after "and" stays', () => {
  assert.ok(!kinds('Companies moved supply chains to other countries.').some((k) => k.startsWith('AID')));
  const two = kinds("Chile recalled its ambassador and told Peru's envoy not to return.");
  assert.ok(two.some((k) => k.startsWith('REJECT')) && two.some((k) => k.startsWith('SANCTION')), two.join());
});

test('the content of a request after a clause set off by commas is no act of its own; the aside keeps its triggers', () => {
  const req = kinds('Quito asked Brazil and Chile, which guarantee the border protocol, to press Peru to halt the raids and withdraw its troops.');
  assert.deepEqual(req.map((k) => k.split(':')[0]).filter((t) => t !== 'SUPPORT' && t !== 'AGREE'), ['REQUEST'], req.join());
  const aside = kinds('Quito urged Lima, whose troops attacked a border post last week, to withdraw its units.');
  assert.ok(aside.some((k) => k.startsWith('ASSAULT')) && !aside.some((k) => k.startsWith('RETREAT')), aside.join());
  const list = kinds('Brazil urged Chile, Peru and Bolivia to withdraw their troops from the border.');
  assert.deepEqual(list.map((k) => k.split(':')[0]), ['REQUEST'], list.join());
  const acts = kinds('Brazil asked Chile to withdraw its troops, halt the shelling and resume talks with Peru.');
  assert.deepEqual(acts.map((k) => k.split(':')[0]), ['REQUEST'], acts.join());
  // near miss: without the aside, a comma still ends the request
  const saying = kinds('Brazil urged Chile to withdraw its troops, saying the attacks on Peru had to end.');
  assert.ok(saying.some((k) => k.startsWith('ASSAULT')), saying.join());
  // (troops sent to help a state are aid)
  const other = kinds('Brazil urged restraint, and Chile sent troops to help Peru.');
  assert.ok(other.some((k) => k.startsWith('AID')), other.join());
  const two = kinds('Quito asked Lima for talks, and its troops attacked a border post.');
  assert.ok(two.some((k) => k.startsWith('ASSAULT')), two.join());
});

test('readiness to do a hostile act is a threat, readiness to send observers an offer', () => {
  assert.deepEqual(kinds('The bloc said it was ready to send monitors to the border.').map((k) => k.split(':')[0]), ['AGREE']);
  assert.deepEqual(kinds('Chile said it was ready to impose a curfew in the border towns.').map((k) => k.split(':')[0]), ['THREATEN']);
});

test('"condemned X as a violation" takes the violation as its content; "and said" opens a clause of its own', () => {
  const cond = kinds('Peru condemned the raid as a flagrant violation of the ceasefire.');
  assert.deepEqual(cond.map((k) => k.split(':')[0]), [cond[0]!.split(':')[0]], cond.join());
  const said = kinds('Chile rejected the charges as "lies" and said it would respond if troops were deployed on the border.');
  assert.ok(said.length >= 2, said.join());
  // "as" opening a clause of time still ends the content
  const time = kinds('Peru condemned the vote as the army shelled the border towns.');
  assert.ok(time.length >= 2, time.join());
});

test('bracing for the other side\'s act is no threat of one\'s own', () => {
  const braced = kinds('Chile prepared for a possible attack by Peru.');
  assert.ok(!braced.some((k) => k.startsWith('THREATEN')), braced.join());
  assert.deepEqual(kinds('Chile said it was ready to shell the border posts.').map((k) => k.split(':')[0]), ['THREATEN']);
});

test('an act in a "during" phrase frames a request; it is not what is requested', () => {
  const k = kinds("Ghana's president asked Togo for grain during a visit to Lome in May.");
  assert.ok(k.some((x) => x.startsWith('REQUEST')) && k.some((x) => x.startsWith('CONSULT')), k.join());
  // the content of the request still is: "asked Togo to visit" is one act, an invitation (AGREE), no visit
  assert.deepEqual(kinds("Ghana's president asked Togo to visit Accra.").map((x) => x.split(':')[0]), ['AGREE']);
});

test('retaliation held out in reported speech is the speaker\'s threat against the one named', () => {
  // the one threatened is the subject of the phrase: the threat moves to the reporting verb
  assert.ok(articleEvents('Caracas said Georgetown would pay a heavy price for the seizure of the trawler.').includes('THREATEN VEN>GUY'));
  assert.ok(articleEvents('The Kenyan defence minister declared that Somalia would bear the consequences of its provocations.').includes('THREATEN KEN>SOM'));
  assert.ok(articleEvents('Athens told Ankara that any incursion into its waters would be met with a firm and immediate response.').includes('THREATEN GRC>TUR'));
  assert.ok(articleEvents('Bolivian troops shelled a Chilean outpost on Sunday. Santiago vowed that the assault would not go unpunished.').includes('THREATEN CHL>BOL'));
  assert.ok(articleEvents('Hanoi cautioned Beijing that a new oil rig near the Paracels would draw a response.').includes('THREATEN VNM>CHN'));
  // the vow is the threat, not a promise
  const vow = kinds('Santiago vowed that the assault would not go unpunished.');
  assert.deepEqual(vow.map((k) => k.split(':')[0]), ['THREATEN'], vow.join());
  // addressed first, an agentive threat is still the speaker's
  assert.ok(articleEvents('Tehran warned Riyadh and Abu Dhabi that Iran would take decisive countermeasures.').some((e) => e.startsWith('THREATEN IRN>') && e.includes('SAU')));
  // near miss: "said X will retaliate" keeps X, the one who retaliates, as the actor
  const agent = articleEvents('A spokesman for the Serbian government said Belgrade would respond in kind to Zagreb.');
  assert.ok(agent.includes('THREATEN SRB>HRV'), agent.join('; '));
  // near miss: a threat phrase after a clause of its own is not what an earlier verb reports
  const two = kinds('Lima said the talks had failed, and Quito would pay a heavy price.');
  assert.ok(!two.some((k) => k.startsWith('THREATEN:said')), two.join());
});

test('a warning that criticises what the other side does is an accusation, a warning of a measure a threat', () => {
  const types = (t: string) => kinds(t).map((k) => k.split(':')[0]);
  assert.deepEqual(types('Seoul has warned that the joint manoeuvres endanger stability on the peninsula.'), ['ACCUSE']);
  assert.deepEqual(types('Madrid warned that the decision would seriously damage relations with Rabat.'), ['ACCUSE']);
  assert.deepEqual(types('Delhi warned that Chinese road building near the frontier could destabilise the whole region.'), ['ACCUSE']);
  assert.ok(articleEvents('Cairo warned that the filling of the reservoir by Ethiopia violates its water rights.').includes('ACCUSE EGY>ETH'));
  // near misses: a measure or loss held out stays a threat
  assert.deepEqual(types('Oslo warned that Russian trawlers could lose their fishing licences.'), ['THREATEN']);
  assert.deepEqual(types('Budapest warned that it would veto any new aid package for Kyiv.'), ['THREATEN']);
  assert.deepEqual(types('Ankara warned that further strikes would follow if the militants were not handed over.'), ['THREATEN']);
});

test('blocking or vetoing a statement, resolution, deal or sale is one rejection; what the blocked text says is not done', () => {
  const types = (t: string) => kinds(t).map((k) => k.split(':')[0]);
  assert.deepEqual(types('Valletta blocked a common EU communique welcoming Tunisia\'s new migration pact.'), ['REJECT']);
  assert.deepEqual(types('Beijing vetoed a draft resolution that condemned the junta in Myanmar.'), ['REJECT']);
  assert.ok(articleEvents('Warsaw has been blocking the loan package for Hungary since June.').includes('REJECT POL>HUN'));
  assert.ok(articleEvents('Valletta blocked a common EU communique welcoming Tunisia\'s new migration pact.').every((e) => !e.startsWith('SUPPORT')));
  // near miss: a statement issued, not blocked, is the praise itself
  assert.ok(types('The EU issued a statement praising Tunisia for its reforms.').includes('SUPPORT'));
});

test('a truce or deal a third party brokered or mediated is no act of the broker', () => {
  const types = (t: string) => kinds(t).map((k) => k.split(':')[0]);
  assert.ok(!types('Oman and Kuwait, which brokered a fragile truce between the Yemeni factions in 2022, appealed for calm.').includes('RETREAT'));
  assert.deepEqual(types('Ghana mediated a ceasefire between Togo and Benin in March.'), ['CONSULT']);
  assert.ok(!types('Switzerland helped negotiate a peace accord between Colombia and the rebels.').includes('SUPPORT'));
  // monitors and guarantors are no parties either
  assert.ok(!types('Quito turned to Brazil and Chile, which sit on the panel monitoring the border truce, for help.').includes('RETREAT'));
  assert.ok(!types('Moscow and Ankara guaranteed the ceasefire between Baku and Yerevan.').includes('RETREAT'));
  const evs = articleEvents('Oman, which brokered a truce between Riyadh and Sanaa last spring, called on Yemen and Saudi Arabia to show restraint.');
  assert.ok(!evs.some((e) => e.startsWith('RETREAT OMN')), evs.join('; '));
  // near miss: the truce between the parties themselves is theirs
  assert.ok(types('The truce brokered by Qatar between Kabul and Islamabad collapsed within a week.').includes('RETREAT'));
  assert.ok(types('Togo and Benin signed a ceasefire in March.').includes('RETREAT') || types('Togo and Benin signed a ceasefire in March.').includes('SUPPORT'));
});

test('the main verb after a "whose" clause set off by commas has the clause\'s antecedent as its subject', () => {
  assert.ok(articleEvents('Rwanda, whose soldiers serve in the peace mission, urged Burundi to reopen the border.').includes('REQUEST RWA>BDI'));
  assert.ok(articleEvents('Algeria, whose gas feeds much of the region, has offered Tunisia a new pipeline link.').some((e) => e.startsWith('AGREE DZA>TUN')));
  const inside = articleEvents('Kenya, whose troops invaded Somalia in 2011, urged Ethiopia to withdraw.');
  assert.ok(inside.includes('ASSAULT KEN>SOM') && inside.includes('REQUEST KEN>ETH'), inside.join('; '));
});

test('a warning that names no measure, harm or party is no event', () => {
  assert.deepEqual(kinds('The minister warned that funding for the pipeline was still uncertain.').filter((k) => /^(ACCUSE|THREATEN)/.test(k)), []);
  assert.deepEqual(kinds('Officials in Lusaka warned that the rains would come late this year.').filter((k) => /^(ACCUSE|THREATEN)/.test(k)), []);
  // near miss: a party's conduct named in the warning is a criticism of it
  assert.deepEqual(kinds('Moscow warned that Helsinki was turning itself into a frontline state.').map((k) => k.split(':')[0]), ['ACCUSE']);
});

test('a hostile act the subject faced or suffered, with no author named, is no act of the subject', () => {
  const types = (t: string) => kinds(t).map((k) => k.split(':')[0]);
  assert.ok(!types('Lithuania and Latvia, which have faced similar drone incursions, backed Warsaw.').includes('ASSAULT'));
  assert.ok(!types('Estonia, which has endured repeated cyberattacks this year, summoned the Russian envoy.').some((t) => t === 'ASSAULT' || t === 'COERCE'));
  // (fighting is mutual: the subjects who suffered border clashes are their parties)
  assert.ok(types('Kyrgyzstan and Tajikistan have suffered deadly border clashes in recent years.').length > 0);
  // near misses: the author named after it, and the act done by the subject itself
  assert.ok(types('Manila, which has faced ramming by Chinese vessels near the shoal, protested.').includes('ASSAULT'));
  assert.ok(types('Lithuania and Latvia launched drone incursions into the exclusion zone.').some((t) => t !== 'AGREE'));
});

test("a rule whose part of speech the first token lacks takes no words from the rules it overlaps", () => {
  // "protest" here is a noun: the verb-only reading (a complaint) does not apply, so the noun's reading (a demonstration) stands
  const text = 'A noisy protest outside the Peruvian embassy in La Paz closed the avenue for hours.';
  const withPos = findHits(lexicon(), text, 0, tokenize(text).tokens).map((h) => `${h.rule.type}:${text.slice(h.start, h.end)}`);
  assert.deepEqual(withPos, ['PROTEST:protest']);
  // (without tokens no part of speech is known, and the earlier, more confident verb rule wins the overlap)
  assert.deepEqual(kinds(text), ['ACCUSE:protest']);
});

test('a pledge not to let territory be used against a state is an assurance to it; not abandoning a friend is no refusal', () => {
  assert.deepEqual(kinds('Ghana said it "will not allow its territory to be used to attack" Togo.'), ['AGREE:will not allow its territory to be']);
  assert.deepEqual(articleEvents('Nepal would not let its soil be used against India, the minister said.'), ['AGREE NPL>IND']);
  assert.deepEqual(kinds('Benin will not allow Niger to load oil at its port.'), ['REJECT:will not allow'], 'not allowing another state stays a refusal');
  assert.deepEqual(kinds('"Belize will not abandon a friend," the minister told Taiwan.').filter((k) => k.startsWith('REJECT')), []);
  assert.deepEqual(kinds('Armenia will never abandon its claims.').map((k) => k.split(':')[0]), ['REJECT']);
});

test('a document a relative clause says its parties signed is their signing', () => {
  assert.deepEqual(articleEvents('A border accord Chile and Bolivia signed in 1904 is still in force.'), ['SUPPORT CHL+BOL>']);
  assert.deepEqual(articleEvents('Laos and Thailand argue over the dam. The water treaty the two governments signed in 1995 is still in force.'), ['SUPPORT LAO+THA>']);
  assert.deepEqual(articleEvents('The deal, Ghana said, signed Togo into a long dispute.'), [], 'no document signed by its parties');
});

test('a second act after "and" and a time phrase is its own; a kept closure has occurred', () => {
  assert.deepEqual(articleEvents('Eritrea denounced the pact as a breach of its sovereignty and in May 2024 expelled the Sudanese ambassador.'),
    ['ACCUSE ERI>SDN', 'SANCTION ERI>SDN']);
  assert.deepEqual(articleEvents('Ghana condemned the raid and later recalled its ambassador from Togo.'), ['ACCUSE GHA>TGO', 'REJECT GHA>TGO']);
  assert.deepEqual(articleEvents('Chile urged Peru to stop and in May withdraw its troops.'), ['REQUEST CHL>PER'], 'a requested act stays the content');
  assert.deepEqual(articleEvents('Kenya will keep its land borders with Somalia and Ethiopia closed until March.'), ['SANCTION KEN>SOM+ETH']);
  assert.deepEqual(articleEvents('Kenya and Uganda pledged to keep their shared border sealed to smugglers.'), ['AGREE KEN+UGA>']);
});

test('lawsuits, welcomed processes and agreed ceasefires', () => {
  assert.deepEqual(articleEvents('Hungary filed the action against Slovakia in March.'), ['ACCUSE HUN>SVK']);
  assert.deepEqual(articleEvents('Ankara welcomes the peace process between Baku and Yerevan.'), ['SUPPORT TUR>AZE+ARM']);
  assert.deepEqual(articleEvents('A ceasefire between the Sudanese and Chadian armies was agreed on Monday.'), ['AGREE SDN+TCD>']);
});

test('a meeting at the invitation of a state is no invitation of its own; the state hosts it', () => {
  assert.deepEqual(articleEvents('The ministers of Mali and Niger met in Budapest at the invitation of Hungary.'), ['CONSULT MLI+NER>HUN']);
  assert.deepEqual(articleEvents('The Kenyan president visited Ghana at the invitation of President Mahama.'), ['CONSULT KEN>GHA']);
  assert.deepEqual(articleEvents('Ghana accepted the invitation of Togo to mediate.'), ['AGREE GHA>TGO']);
});

test('the Pope stands for the Holy See; shared concern is an accusation; a delivery taken from a state is its aid', () => {
  assert.deepEqual(articleEvents('Managua called the Pope\'s remarks unacceptable on Sunday.'), ['ACCUSE NIC>VAT']);
  assert.deepEqual(articleEvents('Japan and Mongolia shared serious concern over North Korea\'s missile launches.'), ['ACCUSE JPN+MNG>PRK']);
  assert.deepEqual(articleEvents('The two countries share concerns about climate change.'), []);
  assert.deepEqual(articleEvents('The Maldives has taken delivery of its first military drones from Turkey.'), ['AID TUR>MDV']);
});

test('aid names its recipient; a transit state is none; a flow said to be stopped and prices are no cooperation or sanction', () => {
  assert.deepEqual(articleEvents('The heads of government of Belarus and Kenya discussed trade and the training of personnel.'), ['CONSULT BLR+KEN>']);
  assert.deepEqual(articleEvents('Kazakhstan remains the main supplier of wheat to Tajikistan, and deliveries go by rail through Uzbekistan.'), ['COOPERATE KAZ>TJK']);
  assert.deepEqual(articleEvents('Japan sent aid to Afghanistan through Pakistan.'), ['AID JPN>AFG']);
  assert.deepEqual(articleEvents('Putin noted that Russian gas supplies to Slovakia had been halted.'), []);
  assert.deepEqual(articleEvents('Russian gas supplies to Slovakia reached 3 bcm last year.'), ['COOPERATE RUS>SVK']);
  assert.deepEqual(articleEvents('Ministers of Latvia, Estonia and Georgia will coordinate rail tariffs on the route.'), []);
  assert.deepEqual(articleEvents('The minister delivered the notice of termination to the Chilean embassy.'), []);
});
