import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Document, EventStatus } from '../../core/types.ts';
import { resolveDate } from '../../nlp/dates.ts';
import { eventDate, pickDated, storyDate } from './dating.ts';

const PUB = '2024-05-14'; // a Tuesday

function docOf(text: string, published: string | null): Document {
  return { id: 't', source: 't', url: null, raw: text, text, offsetMap: [], title: null, outlet: null, byline: null, dateline: null, published };
}

/** Lines of the text as sentences (the tests put one sentence on a line unless they test paragraphs). */
function lead(doc: Document) {
  const out: { start: number; end: number }[] = [];
  let at = 0;
  for (const line of doc.text.split('\n')) {
    if (line.trim()) out.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  return out.slice(0, 3);
}

/**
 * The date of the event reported in `sentence` (a substring of `text`) by `trigger` (a substring of
 * the sentence).
 */
function dateOf(text: string, published: string | null, sentence: string, trigger: string, status: EventStatus = 'occurred', sentenceMode = false) {
  const doc = docOf(text, published);
  const start = text.indexOf(sentence);
  assert.ok(start >= 0, `sentence not in text: ${sentence}`);
  const t = start + sentence.indexOf(trigger);
  assert.ok(t >= start, `trigger not in sentence: ${trigger}`);
  const h = eventDate({
    doc, text: sentence, start, trigger: { start: t, end: t + trigger.length }, status, sentenceMode,
    sentenceDate: resolveDate(sentence, published, start), leadDate: storyDate(doc, lead(doc)),
  });
  return h ? `${h.date}/${h.precision}` : null;
}

type Case = [name: string, text: string, published: string | null, sentence: string, trigger: string, status: EventStatus, expected: string | null];

const CASES: Case[] = [
  ['a weekday opening a dateline is part of it; a promise made "on Thursday" (past tense) was made on the past Thursday',
    'A headline without a full stop\n\nNAIROBI, Friday May 17, 2024 (Agency) - Kenya and Uganda pledged on Thursday not to close the border.', '2024-05-17',
    'NAIROBI, Friday May 17, 2024 (Agency) - Kenya and Uganda pledged on Thursday not to close the border.', 'pledged', 'future', '2024-05-16/day'],
  ['a weekday in the sentence is the last such day',
    'Officials said the ministers met on Friday in the port city.', PUB,
    'Officials said the ministers met on Friday in the port city.', 'met', 'occurred', '2024-05-10/day'],
  ['a weekday of a future act is the coming one',
    'The ministers will meet on Friday to sign the accord.', PUB,
    'The ministers will meet on Friday to sign the accord.', 'meet', 'future', '2024-05-17/day'],
  ['a date in a relative clause after the trigger dates that clause: the story date',
    'Intro line.\nThe customs office imposed duties on the imports, following a probe which began in 2021.', PUB,
    'The customs office imposed duties on the imports, following a probe which began in 2021.', 'imposed duties', 'occurred', '2024-05-14/day'],
  ['a later year in the sentence is no date of an act already done',
    'Intro line.\nThe president thanked Ghana for its support and invited its leader to a summit in 2026.', PUB,
    'The president thanked Ghana for its support and invited its leader to a summit in 2026.', 'thanked', 'occurred', '2024-05-14/day'],
  ['"since" opens a period: the act is not dated',
    'Since 2015, the fund has lent $2 billion to the republic.', PUB,
    'Since 2015, the fund has lent $2 billion to the republic.', 'lent', 'occurred', null],
  ['"by" sets a deadline: a plan has no date',
    'The two states will double their trade by 2030.', PUB,
    'The two states will double their trade by 2030.', 'double their trade', 'future', null],
  ['a future act is not dated by a past period after it',
    'The two states will honour a treaty signed in 2001.', PUB,
    'The two states will honour a treaty signed in 2001.', 'honour', 'future', null],
  ['a date in the announcing clause dates an announced plan',
    'The premier announced in March that the republic would open a consulate.', PUB,
    'The premier announced in March that the republic would open a consulate.', 'open a consulate', 'future', '2024-03/month'],
  ['a dateline is when the story was filed; a later sentence gives the visit its date',
    'Valletta. May 13. The president will pay a state visit to the kingdom.\nThe visit is scheduled for May 20-22.', PUB,
    'Valletta. May 13. The president will pay a state visit to the kingdom.', 'visit', 'future', '2024-05-20/day'],
  ['no anaphoric sentence: a future visit has no date',
    'The president will pay a state visit to the kingdom.\nThe cabinet met on May 20.', PUB,
    'The president will pay a state visit to the kingdom.', 'visit', 'future', null],
  ['an undated act takes the date of the sentence before it in the same paragraph',
    'Intro line about the border.\nTroops crossed the border on March 3. The government then expelled the ambassador.', PUB,
    'The government then expelled the ambassador.', 'expelled', 'occurred', '2024-03-03/day'],
  ['a sentence in another paragraph does not lend its date: the story date',
    'CAIRO, May 12 (Wire) - Talks began.\nNo date here.\nNor here.\nTroops crossed the border on March 3.\nThe government expelled the ambassador.', PUB,
    'The government expelled the ambassador.', 'expelled', 'occurred', '2024-05-12/day'],
  ['a paragraph wrapped at a fixed width is still one paragraph',
    'Intro line.\nThe envoys arrived in the capital on\nMarch 3. The premier then received the\ndelegation at his residence.', PUB,
    'The premier then received the\ndelegation at his residence.', 'received', 'occurred', '2024-03-03/day'],
  ['a year alone in the sentence before is background: the story date',
    'Intro line.\nThe two states set up ties in 1995. The premier received the envoy.', PUB,
    'The premier received the envoy.', 'received', 'occurred', '2024-05-14/day'],
  ['"two weeks later" counts from the last date before it',
    'Intro line.\nThe embassy opened on September 3, 2023. Barely two weeks later, the ambassador was recalled.', PUB,
    'Barely two weeks later, the ambassador was recalled.', 'recalled', 'occurred', '2023-09/month'],
  ['a continuing condition stated in the present has no date',
    'Norway is the largest buyer of salmon from the islands.', PUB,
    'Norway is the largest buyer of salmon from the islands.', 'buyer', 'occurred', null],
  ['"now" makes a present condition news of the day',
    'The cabinet is now weighing sanctions against the neighbour.', PUB,
    'The cabinet is now weighing sanctions against the neighbour.', 'sanctions', 'occurred', '2024-05-14/day'],
  ['an attitude stated in the present is news of the day',
    'We are grateful to the king for supporting our bid.', PUB,
    'We are grateful to the king for supporting our bid.', 'supporting', 'occurred', '2024-05-14/day'],
  ['an action in progress is news of the day',
    'The navy is sending two frigates to the strait.', PUB,
    'The navy is sending two frigates to the strait.', 'sending', 'occurred', '2024-05-14/day'],
  ['a visit takes only the month of a day it inherits',
    'Intro line.\nThe delegation arrived on May 9. During the ongoing visit, it toured the port.', PUB,
    'During the ongoing visit, it toured the port.', 'visit', 'occurred', '2024-05/month'],
  ['a visit spans days: without a stated day only its month',
    'During the ongoing visit to the capital, the delegation toured the port.', PUB,
    'During the ongoing visit to the capital, the delegation toured the port.', 'visit', 'occurred', '2024-05/month'],
  ['"visiting" as a modifier is not the visit itself',
    'The visiting premier witnessed the signing of the accords.', PUB,
    'The visiting premier witnessed the signing of the accords.', 'witnessed', 'occurred', '2024-05-14/day'],
  ['an unstated past ("during the colonial era") has no date',
    'The island says foreign troops razed villages during the colonial era.', PUB,
    'The island says foreign troops razed villages during the colonial era.', 'razed', 'occurred', null],
  ['"historic" praises, it does not place in the past',
    'The two leaders signed a historic accord.', PUB,
    'The two leaders signed a historic accord.', 'signed', 'occurred', '2024-05-14/day'],
  ['a past cue inside a quotation does not reach a trigger outside it',
    '"Since the floods we have sent 300 tons of grain," he told reporters, thanking the donor states.', PUB,
    '"Since the floods we have sent 300 tons of grain," he told reporters, thanking the donor states.', 'thanking', 'occurred', '2024-05-14/day'],
  ['... but does reach a trigger inside it',
    '"Since the floods we have sent 300 tons of grain," he told reporters, thanking the donor states.', PUB,
    '"Since the floods we have sent 300 tons of grain," he told reporters, thanking the donor states.', 'sent', 'occurred', null],
  ['a date in a quotation before the reporting clause does not date the occasion of the speech',
    'Intro line.\nIn 2012 we chose the western road, the premier said at a banquet held for the visiting king.', PUB,
    'In 2012 we chose the western road, the premier said at a banquet held for the visiting king.', 'banquet', 'occurred', '2024-05-14/day'],
  ['"as well as" joins objects, it does not open a clause',
    'The ministers signed trade accords as well as a visa pact on Friday.', PUB,
    'The ministers signed trade accords as well as a visa pact on Friday.', 'signed', 'occurred', '2024-05-10/day'],
  ['a relative clause closed before the trigger is an aside',
    'On Monday the republic, which had warned of reprisals, expelled two diplomats.', PUB,
    'On Monday the republic, which had warned of reprisals, expelled two diplomats.', 'expelled', 'occurred', '2024-05-13/day'],
  ['a trigger inside a relative clause is not dated by the main clause',
    'Intro line.\nSecond line.\nThird line.\nIn March the envoy praised a treaty that ended the border war.', PUB,
    'In March the envoy praised a treaty that ended the border war.', 'ended', 'occurred', '2024-05-14/day'],
  ['a date in a coordinated clause dates that clause only',
    'Intro line.\nSecond line.\nThird line.\nThe two nations restored their air links, and the republic reopened its embassy on Monday.', PUB,
    'The two nations restored their air links, and the republic reopened its embassy on Monday.', 'restored', 'occurred', '2024-05-14/day'],
  ['no publication date: the full date of the lead anchors a weekday',
    'OSLO, 12 June 2019 (Wire) - Talks resumed.\nThe envoys signed the protocol on Monday.', null,
    'The envoys signed the protocol on Monday.', 'signed', 'occurred', '2019-06-10/day'],
  ['no publication date and no full date in the lead: a weekday does not resolve',
    'Talks resumed.\nThe envoys signed the protocol on Monday.', null,
    'The envoys signed the protocol on Monday.', 'signed', 'occurred', null],
  ['no publication date: a date stated in full still resolves',
    'Talks resumed.\nThe envoys signed the protocol on 3 March 2011.', null,
    'The envoys signed the protocol on 3 March 2011.', 'signed', 'occurred', '2011-03-03/day'],
];

test('eventDate: table', () => {
  const wrong: string[] = [];
  for (const [name, text, pub, sentence, trigger, status, expected] of CASES) {
    const got = dateOf(text, pub, sentence, trigger, status);
    if (got !== expected) wrong.push(`${name}: got ${got}, expected ${expected}`);
  }
  assert.deepEqual(wrong, []);
});

test('eventDate: sentence mode takes only the date the sentence states', () => {
  assert.equal(dateOf('Rebels attacked the town.', PUB, 'Rebels attacked the town.', 'attacked', 'occurred', true), null);
  assert.equal(dateOf('Rebels attacked the town on Sunday.', PUB, 'Rebels attacked the town on Sunday.', 'attacked', 'occurred', true), '2024-05-12/day');
});

test('storyDate: the first day of the lead, else publication; an undated document anchors on its lead', () => {
  const a = docOf('CAIRO, May 12 (Wire) - The talks began.\nMore text.', PUB);
  assert.equal(storyDate(a, lead(a))?.date, '2024-05-12');
  const b = docOf('The talks began.\nMore text.', PUB);
  assert.equal(storyDate(b, lead(b))?.rule, 'published');
  const c = docOf('Weekly digest (30.09-06.10.2018)\nThe talks began.', null);
  assert.equal(storyDate(c, lead(c))?.date, '2018-09-30');
  const d = docOf('The talks began on Monday.', null);
  assert.equal(storyDate(d, lead(d)), null);
  // a photo caption's date is the photo's: an undated story stays undated
  const e = docOf('Lima recalled its envoy on Monday.\nPolice stand guard outside the embassy in Lima, June 2, 2021. REUTERS/Ana Ruiz\nMore text.', null);
  assert.equal(storyDate(e, lead(e)), null);
  const f = docOf('Lima recalled its envoy on Monday.\nPolice stand guard outside the embassy, June 2, 2021. (AP Photo/Ana Ruiz)\nMore text.', null);
  assert.equal(storyDate(f, lead(f)), null);
});

test('pickDated: the first report that has a date', () => {
  const reports = [{ date: null, n: 1 }, { date: '2024-05', n: 2 }, { date: '2023', n: 3 }];
  assert.equal(pickDated(reports)?.n, 2);
  assert.equal(pickDated([{ date: null }]), undefined);
});

test('the date stated in a report\'s own sentence wins over one inherited by an earlier report', () => {
  const a = { date: '2024-10-25', dateStated: false };
  const b = { date: '2024-10-23', dateStated: true };
  assert.equal(pickDated([a, b]), b);
  assert.equal(pickDated([a, { date: null }]), a);
});

test('a month named without a year, for an act that happened, is the last such month, not the next', () => {
  const text = 'Chile imposed sanctions on Peru in February.';
  const doc = { id: 't', source: 't', url: null, raw: text, text, offsetMap: [], title: null, outlet: null, byline: null, dateline: null, published: '2024-11-14' } as Document;
  const start = text.indexOf('sanctions');
  const h = eventDate({ doc, text, start: 0, trigger: { start, end: start + 9 }, status: 'occurred', sentenceMode: false, leadDate: storyDate(doc, [{ start: 0, end: text.length }]) });
  assert.equal(h?.date, '2024-02');
});

test('the month of an act agreed to is the coming one, not the last', () => {
  const text = 'Senegal accepted an invitation from Mauritania to visit Nouakchott in September. Peru signed a deal with Chile in September.';
  const h = (sentence: string, trigger: string, type: string) => {
    const doc = docOf(text, '2025-07-08');
    const start = text.indexOf(sentence);
    const t = start + sentence.indexOf(trigger);
    const d = eventDate({ doc, text: sentence, start, trigger: { start: t, end: t + trigger.length, rule: { type } }, status: 'occurred', sentenceMode: false, leadDate: null });
    return d ? d.date : null;
  };
  assert.equal(h('Senegal accepted an invitation from Mauritania to visit Nouakchott in September.', 'accepted an invitation', 'AGREE'), '2025-09');
  // near miss: an act done, with its month named after it, is the last such month
  assert.equal(h('Peru signed a deal with Chile in September.', 'signed', 'SUPPORT'), '2024-09');
});
