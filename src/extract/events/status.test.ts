// Status and type of a report, on sentences written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lexicon } from './lexicon.ts';
import { findHits } from './hits.ts';
import { statusOf, threatStatus, typeOf } from './status.ts';
import type { Document } from '../../core/types.ts';
import { annotate } from '../../nlp/annotate.ts';
import { extractEvents } from './events.ts';

/** Events of an article text (not sentence mode), in the core PLOVER types. */
function articleEvents(text: string) {
  const d: Document = { id: 't', source: 't', url: null, raw: text, text, offsetMap: [], title: null, outlet: null, byline: null, dateline: null, published: '2025-03-05', sentenceMode: false };
  return extractEvents(d, annotate(d), { plover: 'core' }).map((e) => `${e.type} ${e.actor.join('+')}>${e.recipient.join('+')} ${e.status}`);
}

function status(text: string, trigger: string): string {
  const hits = findHits(lexicon(), text, 0);
  // (the trigger word may open the match or stand inside it: "begin their joint patrols")
  const hit = hits.find((h) => text.slice(h.start, h.end).startsWith(trigger)) ?? hits.find((h) => text.slice(h.start, h.end).includes(trigger))!;
  return statusOf(lexicon(), text, text.slice(0, hit.start), hit, text.length);
}

test('status from the cues before the trigger and from the rest of the sentence', () => {
  assert.equal(status('Chile did not sign the accord with Peru.', 'sign'), 'negated');
  assert.equal(status('Chile is not asking Peru for gifts, but rather for investment.', 'asking'), 'occurred');
  assert.equal(status('A visit by the Peruvian minister to Chile was called off.', 'visit'), 'negated');
  assert.equal(status('Once the pact is implemented, trade will grow.', 'implemented'), 'future');
  assert.equal(status('The fighting began on 7 May, when Chile attacked Peru.', 'attacked'), 'occurred');
});

test('type once the status is known: offers are AGREE, hostile acts held out with "would" are threats', () => {
  assert.equal(typeOf('AID', 'future', 'Chile will ', false), 'AGREE');
  assert.equal(typeOf('AID', 'hypothetical', 'Chile could have ', true), 'AID');
  assert.equal(typeOf('SANCTION', 'future', 'Chile said it would ', false), 'THREATEN');
  assert.equal(typeOf('SANCTION', 'future', 'Chile said it will ', false), 'SANCTION');
  assert.equal(typeOf('ASSAULT', 'hypothetical', 'Chile could ', false), 'ASSAULT');
});

test('a "not" before a rejection negates it unless the rejection is kept up', () => {
  assert.equal(status('Bolivia did not deny the build-up near its border with Chile.', 'deny'), 'negated');
  assert.equal(status('Ghana has not recalled its ambassador from Lome, officials said.', 'recalled'), 'negated');
  assert.equal(status('Peru said it would not lift its veto on the admission of Chile to the bloc.', 'veto'), 'occurred');
  assert.equal(status('Peru has not withdrawn its opposition to the pipeline with Chile.', 'opposition'), 'occurred');
});

test('a negated will to do a cooperative act is a refusal: REJECT, done', () => {
  const text = 'Ecuador says it will not pull back its troops from the border with Peru.';
  const st = status(text, 'pull');
  assert.equal(st, 'occurred');
  assert.equal(typeOf('RETREAT', st, 'Ecuador says it will not ', false), 'REJECT');
  assert.equal(typeOf('CONSULT', 'occurred', 'Quito replied that there can be no ', false), 'REJECT');
  // a negated past act is no refusal, and a hostile act one will not do is no rejection
  assert.equal(status('Ecuador did not pull back its troops from the border with Peru.', 'pull'), 'negated');
  assert.equal(typeOf('RETREAT', 'negated', 'Ecuador did not ', false), 'RETREAT');
  assert.equal(typeOf('ASSAULT', 'negated', 'Ecuador will never ', false), 'ASSAULT');
  assert.equal(status('Ecuador will not only sign the accord with Peru but also ratify it.', 'sign'), 'future');
  assert.notEqual(typeOf('SUPPORT', 'future', 'Ecuador will not only ', false), 'REJECT');
});

test('the act a restriction is on, or a condition names, is not done and no promise', () => {
  const lifted = 'Senegal lifted restrictions on arms sales to Gambia.';
  assert.equal(status(lifted, 'arms'), 'hypothetical');
  assert.equal(typeOf('AID', 'hypothetical', 'Senegal lifted restrictions on ', false), 'AID');
  const until = 'Kenya will keep its troops in the region until the militia has been disarmed.';
  assert.equal(status(until, 'disarmed'), 'hypothetical');
  assert.equal(typeOf('RETREAT', 'hypothetical', until.slice(0, until.indexOf('disarmed')), false), 'RETREAT');
  assert.equal(status('Norway said it would mediate between the two sides if the two neighbouring governments both formally asked it to.', 'asked'), 'hypothetical');
  // "until" in a story of the past is time, not a condition; "once a" is "formerly"
  assert.equal(status('Fighting continued for a week until Chile withdrew its troops.', 'withdrew'), 'occurred');
  assert.equal(status('Chile, once a close ally of Peru, recalled its ambassador.', 'recalled'), 'occurred');
  assert.equal(status('Chile will host Peru, which once invaded its northern provinces.', 'invaded'), 'occurred');
  assert.equal(status('Peru will reopen its embassy once Chile withdraws its troops.', 'withdraws'), 'hypothetical');
});

test('the cues of an earlier clause do not reach over ", and"', () => {
  assert.equal(status('The bloc asked Peru to delay the vote while a dialogue could be arranged, and urged Chile to show restraint.', 'urged'), 'occurred');
  assert.equal(status('Peru could not attend the summit and sent its deputy instead.', 'summit'), 'negated');
});

test('in an article: a refusal is a REJECT done, the act a condition names is not done', () => {
  const evs = articleEvents('Ecuador says it will not pull back its troops from the border with Peru until the rebels have been disarmed.');
  assert.ok(evs.includes('REJECT ECU>PER occurred'), evs.join('; '));
  assert.ok(!evs.some((e) => e.startsWith('RETREAT') && e.endsWith('occurred')), evs.join('; '));
  assert.ok(articleEvents("Peru won't attend the summit in Chile next month.").includes('REJECT PER>CHL occurred'));
  assert.ok(articleEvents('Peru would not resume talks with Chile.').includes('REJECT PER>CHL occurred'));
  // an aid the subject will not receive is no refusal of the giver
  const receive = articleEvents('Peru will not receive aid from Chile this year.');
  assert.ok(!receive.some((e) => e.startsWith('REJECT')), receive.join('; '));
  const denied = articleEvents('Bolivia massed troops on the border with Chile on Monday. La Paz did not deny the build-up.');
  assert.ok(!denied.some((e) => e.startsWith('REJECT') && e.endsWith('occurred')), denied.join('; '));
});

test('an act named as the topic of talks or as a mere possibility is not done and no promise', () => {
  const talks = 'The two sides had discussed launching direct flights between Lima and Quito.';
  assert.equal(status(talks, 'launching'), 'hypothetical');
  assert.equal(typeOf('COOPERATE', 'hypothetical', talks.slice(0, talks.indexOf('launching')), false), 'COOPERATE');
  assert.equal(status('Peru will decide whether to send troops to the border with Ecuador.', 'send'), 'hypothetical');
  assert.equal(status('Ghana approved a law that would allow it to request aid from the World Bank.', 'request'), 'hypothetical');
  assert.equal(status('Togo opened a corridor to allow aid deliveries to reach Ghana.', 'deliveries'), 'hypothetical');
  // an act the rest of the sentence rules out is not done
  assert.equal(status('Officials in Accra said lifting the sanctions on Togo is out of the question for now.', 'lifting'), 'negated');
  assert.equal(status('Chile is considering imposing sanctions on Peru.', 'sanctions'), 'hypothetical');
  assert.equal(status('Chile is weighing sending troops to the border with Peru.', 'sending'), 'hypothetical');
  assert.equal(status('Chile suggested deploying monitors to the border with Peru.', 'deploying'), 'hypothetical');
  assert.equal(status('The ministers discussed imposing new tariffs on Peruvian steel.', 'tariffs'), 'hypothetical');
  assert.equal(typeOf('AID', 'hypothetical', 'Chile is considering sending ', false), 'AID');
  // near misses: a launch reported as done, a request announced, an attack discussed or regarded (it happened)
  assert.equal(status('Chile considered the attack on its border post an act of war.', 'attack'), 'occurred');
  assert.equal(status('The two ministers discussed the attack on the border post in Tumbes.', 'attack'), 'occurred');
  assert.equal(status('The two sides launched direct flights between Lima and Quito.', 'launched'), 'occurred');
  assert.equal(status('Ghana said it will request aid from Togo.', 'request'), 'future');
});

test('in an article: the cost of an act is a topic, not a report of it', () => {
  const evs = articleEvents('Norway has paid 20 million euros towards the cost of the Kenyan deployment in Haiti.');
  assert.ok(!evs.some((e) => e.startsWith('MOBILIZE')), evs.join('; '));
});

test('an act called off, held back or not yet done is negated', () => {
  assert.equal(status('Chile called off a planned visit to Peru.', 'visit'), 'negated');
  assert.equal(status('Chile postponed the talks with Peru.', 'talks'), 'negated');
  assert.equal(status('Chile has yet to send aid to Peru.', 'send'), 'negated');
  assert.equal(status('Chile stopped short of recalling its ambassador from Peru.', 'recalling'), 'negated');
  assert.equal(status('Chile refrained from condemning Peru.', 'condemning'), 'negated');
  assert.equal(status('Chile chose talks with Peru instead of sanctions.', 'sanctions'), 'negated');
  assert.equal(status('Peru could free the Chilean sailors in return for sanctions relief.', 'sanctions'), 'hypothetical');
  // near miss: the act itself reported
  assert.equal(status('Chile recalled its ambassador from Peru.', 'recalled'), 'occurred');
  assert.equal(status('Chile imposed sanctions on Peru in return.', 'sanctions'), 'occurred');
});

test('an act feared, hoped for or braced for is hypothetical', () => {
  assert.equal(status('Fears of a war between Chile and Peru have grown.', 'war'), 'hypothetical');
  assert.equal(status('The prospect of talks between Chile and Peru has receded.', 'talks'), 'hypothetical');
  assert.equal(status('Chile braced for an attack by Peru.', 'attack'), 'hypothetical');
  // near miss: the war itself
  assert.equal(status('The war between Chile and Peru lasted four years.', 'war'), 'occurred');
});

test('an act the rest of the sentence says did not come about is negated', () => {
  assert.equal(status('The Chilean president had been expected to visit Peru but cancelled the trip.', 'visit'), 'negated');
  assert.equal(status('A planned meeting between Chile and Peru did not take place.', 'meeting'), 'negated');
  // near miss: a second act negated does not negate the first
  assert.equal(status('Chile visited Peru but did not sign the accord.', 'visited'), 'occurred');
});

test('a plan given up is negated, an act done before something else was dropped is not', () => {
  assert.equal(status('Chile had planned to send aid to Peru but later dropped the plan.', 'planned'), 'negated');
  assert.equal(status('Chile sent aid to Peru but cancelled the planned visit of its minister.', 'sent'), 'occurred');
  assert.equal(status("Chile's president visited Lima, but a planned meeting with the Peruvian leader did not take place.", 'visited'), 'occurred');
});

test('what the rest of the sentence says of an act stops at ", and" / ", but"', () => {
  assert.equal(status('A visit by the Peruvian minister, planned for May, was called off.', 'visit'), 'negated');
  assert.equal(status('Chile sent aid to Peru, and a visit by its minister was called off.', 'sent'), 'occurred');
  assert.equal(status('Chile sent food aid to Peru, but an embargo on Bolivia is out of the question.', 'sent'), 'occurred');
  assert.equal(status('Chile sent food aid to Peru, but an embargo on Bolivia is out of the question.', 'out'), 'occurred');
});

test('a hostile act held out on a condition is a threat, troops offered on request an offer', () => {
  assert.equal(typeOf('SANCTION', 'future', 'Peru will ', false, ' its border with Chile unless Santiago withdraws its troops.'), 'THREATEN');
  assert.equal(typeOf('MOBILIZE', 'future', 'Peru said it would ', false, ' to Chile if asked.'), 'AGREE');
  assert.equal(typeOf('MOBILIZE', 'future', 'Peru will ', false, ' to Chile if the Chilean government requests them.'), 'AGREE');
  // near misses: a measure announced for a date; a condition of another clause
  assert.equal(typeOf('SANCTION', 'future', 'Peru will ', false, ' its border with Chile on Monday.'), 'SANCTION');
  assert.equal(typeOf('SANCTION', 'future', 'Peru will ', false, ' its border with Chile, and Bolivia may follow if the talks fail.'), 'SANCTION');
  const evs = articleEvents('Peru will close its border with Chile unless Santiago withdraws its troops.');
  assert.ok(evs.some((e) => e.startsWith('THREATEN PER>CHL')), evs.join('; '));
});

test('an act named in an open question ("whether ...") is neither done nor promised', () => {
  const asked = 'Asked whether Quito would reopen its embassy in Lima, the minister said the matter was closed.';
  assert.equal(status(asked, 'reopen'), 'hypothetical');
  assert.equal(typeOf('SUPPORT', 'hypothetical', asked.slice(0, asked.indexOf('reopen')), false), 'SUPPORT');
  assert.equal(status('It remains unclear whether Ghana will sign the accord with Togo.', 'sign'), 'hypothetical');
  assert.equal(status('Officials in Accra would not say whether or not Togo had received the loan.', 'received'), 'hypothetical');
  // a "whether" clause closed by a comma does not reach the act after it
  assert.equal(status('Whether or not the bloc approves, Chile signed the accord with Peru.', 'signed'), 'occurred');
  assert.deepEqual(articleEvents('Asked whether Ecuador would restore ties with Mexico, the president said it was too early.').filter((e) => !e.endsWith('hypothetical')), []);
});

test('an act something is called a rehearsal, prelude or pretext for is not done', () => {
  assert.equal(status('Nairobi described the Somali build-up as a prelude to an assault on Kenya.', 'assault'), 'hypothetical');
  assert.equal(status('Moscow called the manoeuvres a pretext for an attack on Abkhazia.', 'attack'), 'hypothetical');
  assert.equal(status('Pyongyang said the drills were "a rehearsal for invasion" of the North.', 'invasion'), 'hypothetical');
  // near miss: the act itself, reported
  assert.equal(status('Iran launched an attack on Iraq after weeks of preparation.', 'attack'), 'occurred');
});

test('an act scheduled or expected ("due to begin", "set to sign", "scheduled to pay a visit") is future, a cooperative one AGREE', () => {
  assert.equal(status('Philippine and Vietnamese navies are due to begin their first joint coastal patrols next month.', 'joint'), 'future');
  assert.equal(status("Kenya's president is scheduled to pay an official visit to Uganda in June.", 'visit'), 'future');
  assert.equal(status('Brazil and Argentina are expected to hold their annual joint naval manoeuvres off the coast.', 'joint'), 'future');
  assert.equal(status('The Ghanaian foreign minister is set to sign the long-delayed border accord with Togo on Friday.', 'sign'), 'future');
  const evs = articleEvents('Senegal and Mali are due to begin their second round of security talks in Dakar next week.');
  assert.ok(evs.some((e) => e.startsWith('AGREE') && e.includes('MLI') && e.includes('SEN') && e.endsWith('future')), evs.join('; '));
  // near misses: the act itself done; a second clause after "and" is not scheduled
  assert.equal(status('Brazil and Argentina held their annual joint naval manoeuvres off the coast.', 'joint'), 'occurred');
  assert.equal(status('Chile was expected to host the summit and Peru signed an accord with Bolivia.', 'signed'), 'occurred');
});

test('an effect predicted is no act scheduled', () => {
  assert.equal(status('The new rail link is expected to further strengthen the strategic partnership between Ghana and Togo.', 'strategic'), 'occurred');
});

test('a hostile measure held out after its name ("the tariffs would take effect ... unless") is a threat', () => {
  const tariffs = articleEvents('Ottawa had announced on Friday that its tariffs would only take effect in March unless Washington dropped its steel quotas.');
  assert.ok(tariffs.some((e) => e.startsWith('THREATEN CAN>USA')), tariffs.join('; '));
  assert.ok(!tariffs.some((e) => e.startsWith('SANCTION')), tariffs.join('; '));
  const follow = articleEvents('Brussels said sanctions will follow if Minsk does not free the detained journalists.');
  assert.ok(follow.some((e) => e.startsWith('THREATEN IGO>BLR')), follow.join('; '));
  const imposed = articleEvents('Canberra said new duties on Chinese aluminium would be imposed from July unless Beijing stopped subsidising its smelters.');
  assert.ok(imposed.some((e) => e.startsWith('THREATEN AUS>CHN')), imposed.join('; '));
  // near misses: a measure taken, or one announced for a date with no condition, stays a sanction
  assert.ok(articleEvents('Japan imposed tariffs on steel from South Korea in May.').includes('SANCTION JPN>KOR occurred'));
  const dated = articleEvents('Japan said the tariffs on steel from South Korea will take effect on Monday.');
  assert.ok(dated.some((e) => e.startsWith('SANCTION JPN>KOR')) && !dated.some((e) => e.startsWith('THREATEN')), dated.join('; '));
});

test('an act a party will not allow or let happen is not done', () => {
  // (a pledge not to let one's territory be used: an assurance, and the act it rules out is its content)
  assert.deepEqual(articleEvents('Chisinau said Moldova would never allow its territory to be used to attack Ukraine.'), ['AGREE MDA>UKR future']);
  assert.deepEqual(articleEvents('Baku will not let its airspace be used for strikes on Iran.'), ['AGREE AZE>IRN future']);
  assert.equal(status('Astana does not permit its soil to serve as a base for attacks against Russia.', 'attacks'), 'negated');
  assert.equal(status('Ankara has never sent troops to Syria, the minister said.', 'sent'), 'negated');
  const evs = articleEvents('Yerevan insisted that Armenia would never let foreign forces use its roads to invade Azerbaijan.');
  assert.ok(!evs.some((e) => e.startsWith('ASSAULT') && !e.endsWith('negated')), evs.join('; '));
  // near miss: a clause closed before the act does not reach it
  assert.equal(status('Armenia, which does not allow Turkish lorries in, attacked Azerbaijan.', 'attacked'), 'occurred');
});

test('a "no" inside the trigger negates it ("sent no aid"), but "no fewer than" does not', () => {
  const statuses = (t: string) => articleEvents(t).map((e) => e.split(' ').pop());
  assert.deepEqual(statuses('Jamaica said it had sent no aid to Cuba.'), ['negated']);
  assert.deepEqual(statuses('Laos received no weapons from China last year.'), ['negated']);
  assert.deepEqual(statuses('Fiji sent aid to Tonga.'), ['occurred']);
  assert.ok(statuses('Nepal sent no fewer than 300 peacekeepers to Lebanon.').every((x) => x === 'occurred'));
});

test('an act hoped for, aimed at or sought is future, not done', () => {
  assert.equal(status('Dakar hoped to sign a fisheries accord with Nouakchott before the rains.', 'sign'), 'future');
  assert.equal(status('Lima aims to conclude the trade pact with Quito by December.', 'conclude'), 'future');
  assert.equal(status('Hanoi is seeking to sign a new defence agreement with Manila.', 'sign'), 'future');
  const evs = articleEvents('Officials said Senegal hopes to sign a fisheries accord with Mauritania this year.');
  assert.ok(evs.some((e) => e.startsWith('AGREE SEN>MRT')) && !evs.some((e) => e.startsWith('SUPPORT')), evs.join('; '));
  // near miss: the signing itself
  assert.equal(status('Dakar signed a fisheries accord with Nouakchott before the rains.', 'signed'), 'occurred');
});

test('an acceptance refused is a rejection; a meeting noun in a clause negated as fact is no meeting', async () => {
  const { refusedAcceptance, negatedMeetingFrame } = await import('./status.ts');
  assert.equal(refusedAcceptance('AGREE', 'accept', 'negated', 'Bolivia will not '), true);
  assert.equal(refusedAcceptance('AGREE', 'accept', 'negated', 'Bolivia did not '), false);
  assert.equal(negatedMeetingFrame('CONSULT', 'NOUN', 'occurred', 'Peru did not meet Chile during the '), true);
  assert.equal(negatedMeetingFrame('CONSULT', 'NOUN', 'occurred', "Peru won't attend the "), false);
});

test('threatStatus: a conditional hostile act made a threat is announced; other statuses stay', () => {
  assert.equal(threatStatus('ASSAULT', 'THREATEN', 'hypothetical'), 'future');
  assert.equal(threatStatus('ASSAULT', 'ASSAULT', 'hypothetical'), 'hypothetical');
  assert.equal(threatStatus('THREATEN', 'THREATEN', 'hypothetical'), 'hypothetical');
});

test('a base-form verb after "and" shares the modal or plan of the verb before it', () => {
  assert.equal(status('Chile and Peru said they would sign a fisheries accord next month and set up a joint border commission.', 'set up'), 'future');
  assert.equal(status('Chile is to open a consulate in Lima and send humanitarian aid to Peru.', 'send'), 'future');
  // a past form after "and" is a report of its own, and so is a verb outside the modal's clause
  assert.equal(status('Chile said it would sign the accord and signed a memorandum with Peru.', 'signed a memorandum'), 'occurred');
  assert.equal(status('Chile will host the summit, and Peru sent aid to Bolivia.', 'sent'), 'occurred');
  assert.equal(status('The summit will be held in Lima, officials said, and Chile sent aid to Peru.', 'sent'), 'occurred');
});
