import { test } from 'node:test';
import assert from 'node:assert/strict';
import { furnitureRanges, isFurnitureLine, splitLines } from './furniture.ts';

const FURNITURE = [
  'Loading...', 'Latest See more', 'Subscribe to us', 'Recent news from Georgia', 'Share on Facebook',
  'Tweet', 'Share on Facebook Share on Twitter', 'Read 318 times Last modified on Friday, 3 May 2019 10:11',
  'Follow us on Twitter @SomeDesk', 'Be the first to comment', 'Advertisement', 'ADVERTISEMENT', 'Most viewed',
  'relevant news', 'Found an error in the text?', 'Select the error and press Ctrl + Enter to report it.',
  'This information may not be reproduced without reference to the agency', '---', '--', 'Newsroom logo',
  '| World, Politics, Region', 'Last update: May 3, 2023 12:01', 'Published: 10:48, Tue, Nov 19, 2019',
  'SEE MORE: Another story about the summit', 'Posted by: desk@example.org', 'Tags',
  'Photo: ministry press service', 'The two leaders at the signing ceremony (Image: AGENCY)', 'Image 3 of 12', 'Caption',
  'Border talks stall again as winter nears [ANALYSIS]', 'Minister hints at new deal [VIDEO]|', 'reporter@example.com',
  'twitter.com/somereporter', 'More Business News', 'Also in this issue: Ports deal signed | Debt talks resume',
];
const ARTICLE = [
  'The latest round of talks ended without a joint statement.',
  'Subscribers to the treaty must report their stocks every year.',
  'Share prices in both capitals rose after the announcement.',
  'Read the full statement on the ministry website, the spokesman told reporters.',
  'Loading of the first cargo began on Monday.',
  'Comments by the deputy minister were not reported.',
  'Follow-up consultations are planned for June.',
  'Latest figures show trade grew by 12 percent.',
  'Image problems at home pushed the government to act, the report said.',
  'The photo exhibition opened in the capital on Friday.',
  'In this issue the two governments found common ground: water.',
];

for (const line of FURNITURE) test(`furniture: ${JSON.stringify(line)}`, () => assert.ok(isFurnitureLine(line)));
for (const line of ARTICLE) test(`article sentence kept: ${JSON.stringify(line)}`, () => assert.ok(!isFurnitureLine(line)));

test('furnitureRanges drops whole lines and leaves article lines byte-identical', () => {
  const text = ['Ministers meet in Baku', '', ARTICLE[0], '', 'Share on Facebook', ARTICLE[2], '', 'Loading...', 'Latest See more'].join('\n');
  const ranges = furnitureRanges(text);
  let kept = '';
  let pos = 0;
  for (const [s, e] of ranges) { kept += text.slice(pos, s); pos = e; }
  kept += text.slice(pos);
  assert.ok(kept.includes(ARTICLE[0]!));
  assert.ok(kept.includes(ARTICLE[2]!));
  assert.ok(!kept.includes('Share on Facebook'));
  assert.ok(!kept.includes('Loading...'));
  for (const [s, e] of ranges) assert.ok(s === 0 || text[s - 1] === '\n', `range ${s}-${e} starts mid-line`);
});

test('a comment policy at the end of the page is dropped with everything after it', () => {
  const body = Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1} of the article about the pipeline deal.`).join('\n\n');
  const text = `${body}\n\n\nDiscussion Policy\n\nComments are welcome, but abusive posts will be removed by moderators.`;
  const ranges = furnitureRanges(text);
  assert.equal(ranges.length, 1);
  assert.equal(ranges[0]![1], text.length);
  assert.ok(text.slice(0, ranges[0]![0]).includes('Paragraph 6'));
});

test('a "Discussion Policy" heading early in a page is not a tail', () => {
  const text = 'Discussion Policy\n\n' + 'A long article body sentence about the summit. '.repeat(20);
  assert.deepEqual(furnitureRanges(text), []);
});

test('splitLines covers the text', () => {
  const text = 'a\n\nbc\n';
  const lines = splitLines(text);
  assert.deepEqual(lines.map((l) => l.text), ['a', '', 'bc', '']);
  assert.equal(lines[2]!.start, 3);
});

test('a repeated line keeps its first copy; a line seen three times is a caption and goes everywhere', () => {
  const cap = 'Delegates pose for a photo before the plenary session in the capital.';
  const para = 'The summit closed with a joint communique on energy and transport links.';
  const text = [cap, cap, 'Intro paragraph of the report.', para, cap, 'Middle paragraph of the report.', para].join('\n');
  const ranges = furnitureRanges(text);
  let kept = '';
  let pos = 0;
  for (const [s, e] of [...ranges].sort((a, b) => a[0] - b[0])) { kept += text.slice(pos, Math.max(pos, s)); pos = Math.max(pos, e); }
  kept += text.slice(pos);
  assert.equal(kept.split(cap).length - 1, 0);
  assert.equal(kept.split(para).length - 1, 1);
  assert.ok(kept.includes('Middle paragraph of the report.'));
});

test('the headline lines under a "Related:" or "Read more:" heading near the end of a page are links to other stories', () => {
  const body = 'Chile and Peru signed a fisheries accord on Monday.\n\nThe deal covers the southern shelf and runs for ten years, the ministers said.\n\n';
  const text = body + 'Related:\nBolivia eyes new port deal with Argentina\nUruguay lifts beef export cap\n\nThe ministers will meet again in June.\n';
  const dropped = furnitureRanges(text).map(([a, b]) => text.slice(a, b));
  assert.deepEqual(dropped, ['Related:\n', 'Bolivia eyes new port deal with Argentina\n', 'Uruguay lifts beef export cap\n']);
  // (a sentence after the heading is kept: it ends with a stop)
  const prose = body + 'Read more:\nThe full text of the accord was published by the foreign ministry.\n';
  assert.deepEqual(furnitureRanges(prose).map(([a, b]) => prose.slice(a, b)), ['Read more:\n']);
});

