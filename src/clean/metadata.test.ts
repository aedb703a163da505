import { test } from 'node:test';
import assert from 'node:assert/strict';
import { choosePublished, readMetadata } from './metadata.ts';
import { normalize } from './normalize.ts';

const BODY = 'The foreign ministers of the two countries held talks on transit routes and agreed to meet again before the end of the year, a spokesperson said after the meeting.';

interface Case {
  name: string;
  text: string;
  published: string | null;
  title?: string | null;
  outlet?: string | null;
  byline?: string | null;
  dateline?: string | null;
}

const CASES: Case[] = [
  {
    name: 'crawl date in the site header loses to the date stamp below the headline',
    text: `Caspiantimes.Example\n\nWednesday March 6 2024\n\nMinisters discuss transit routes\n\n12 June 2015 11:20 (UTC+04:00)\nMinisters discuss transit routes\n\nBy Leyla Hasanova\n\n${BODY}`,
    published: '2015-06-12', title: 'Ministers discuss transit routes', outlet: 'Caspiantimes.Example', byline: 'Leyla Hasanova',
  },
  {
    name: 'section name and a weekday crawl date above the real date and a year-less dateline',
    text: `Foreign Policy\nFlag Monday, 2 September 2024\nAll news\n3 July 2024, 09:15\n\nPresidents discuss new freight corridor\n\nTBILISI, 3 July (GeoPress) – ${BODY}`,
    published: '2024-07-03', title: 'Presidents discuss new freight corridor', outlet: 'GeoPress', dateline: 'TBILISI, 3 July (GeoPress)',
  },
  {
    name: 'a "last modified" footer is not the publication date',
    text: `Tuesday, 8 October 2019 10:02\n\nAmbassador sums up the year\n\n${BODY}\n\nRead 1204 times Last modified on Thursday, 10 October 2019 08:00`,
    published: '2019-10-08', title: 'Ambassador sums up the year',
  },
  {
    name: 'a "Last update" header is not the publication date; the byline date is',
    text: `Last update: March 2, 2024 16:40\n\nShipment of medical aid leaves the capital\n\nBy Kamran Aliyev June 9, 2022\n\n${BODY}`,
    published: '2022-06-09', byline: 'Kamran Aliyev',
  },
  {
    name: 'a reposted page: header date later than the article date below the byline',
    text: `Monday, 20 October 2008\n\n\nNeighbours sign border accord\n\nBy Omar Haddad\nFriday, September 26, 2008\n\nTRIPOLI, Libya: ${BODY}`,
    published: '2008-09-26', byline: 'Omar Haddad', dateline: 'TRIPOLI, Libya',
  },
  {
    name: 'outlet and country line above a bare date',
    text: `YEREVAN: Ministers reaffirm ties\n\nArmenpress Daily, Armenia\nApril 2 2005\n\nMinisters reaffirm ties\n\n${BODY}`,
    published: '2005-04-02', outlet: 'Armenpress Daily',
  },
  {
    name: "a store's date prefix and a byline on the first line",
    text: ` date 2020-11-30 By Rauf Mammadov\n\n${BODY}`,
    published: '2020-11-30', byline: 'Rauf Mammadov',
  },
  {
    name: 'a date inside the article body is not a publication date',
    text: `Thursday May 14, 2020, Ankara. In the shadow of a summit, the two delegations met quietly and discussed a long list of pending trade issues over dinner.\n${BODY}`,
    published: null,
  },
  {
    name: 'a photo caption with a date is not a publication date',
    text: `Officials shake hands after their talks in Hanoi, Oct 3, 2016. [Photo/Agencies]\nHANOI - ${BODY}`,
    published: null, dateline: 'HANOI',
  },
  {
    name: 'a known city in title case, a dash and the lead is the dateline',
    text: `Ports to reopen\n\nPort Moresby - ${BODY}`,
    published: null, title: 'Ports to reopen', dateline: 'Port Moresby',
  },
  {
    name: 'a word that is no city before a dash is no dateline',
    text: `Ports to reopen\n\nPolitics - ${BODY}`,
    published: null, title: 'Ports to reopen', dateline: null,
  },
  {
    name: 'no date at all',
    text: `Neighbours sign border accord\n\nMOSCOW (Combined Wires)–${BODY}`,
    published: null, outlet: 'Combined Wires', dateline: 'MOSCOW (Combined Wires)',
  },
  {
    name: 'a date range in a digest title is not a stamp',
    text: `Weekly digest (12.10- 18.10.2012)\n\nChronicle\n\n${BODY}`,
    published: null,
  },
  {
    name: 'agency before the date stamp',
    text: `Leaders pledge closer ties\nXinhua, March 3, 2017 Adjust font size:\n${BODY}`,
    published: '2017-03-03', outlet: 'Xinhua', title: 'Leaders pledge closer ties',
  },
  {
    name: 'numeric date stamp with a view counter',
    text: `14.05.2011, 10:40 3120\n\nPresident to visit the neighbouring capital\n\nAlmaty. May 14. Steppe Today - ${BODY}`,
    published: '2011-05-14', outlet: 'Steppe Today',
  },
  {
    name: 'date stamp with a site host between pipes',
    text: `Agency says it financed five projects\n\n2016-09-01 12:10 | www.agency.example | 2\n\nBaku, Azerbaijan, Sept. 1\n\nBy Farid Guliyev – Agency:\n\n${BODY}`,
    published: '2016-09-01', byline: 'Farid Guliyev', dateline: 'Baku, Azerbaijan, Sept. 1',
  },
  {
    name: 'site name line above a long headline, then the date stamp',
    text: `Danube Business Courier\n\nRiver states agree to share the cost of dredging the shipping lane through the gorge this year\n\n9 May 2018 07:45\n\nBy Petra Novak\n\nVIENNA – ${BODY}`,
    published: '2018-05-09', outlet: 'Danube Business Courier', byline: 'Petra Novak', dateline: 'VIENNA',
    title: 'River states agree to share the cost of dredging the shipping lane through the gorge this year',
  },
  {
    name: 'a section name is not the outlet',
    text: `Top News\n\nBorder crossing reopens after two weeks\n\nNARVA (Baltic Wire) - ${BODY}`,
    published: null, outlet: 'Baltic Wire', title: 'Border crossing reopens after two weeks',
  },
  {
    name: 'wire stamp with weekday, time and time zone',
    text: `Talks on gas prices collapse\n\nTue Mar 4, 2014 6:12pm EST\n\nby Ivan Petrenko, Wire Service\n\nKIEV (Wire Service) - ${BODY}`,
    published: '2014-03-04', byline: 'Ivan Petrenko', outlet: 'Wire Service',
  },
  {
    name: 'stamp with GMT offset',
    text: `Envoys meet in Doha\n\n15 Sep 2021, 10:05 GMT+4\n\n${BODY}`,
    published: '2021-09-15',
  },
  {
    name: 'several authors in the byline',
    text: `Allies pledge more air defence\n\nBy Anna Kowal, Piotr Nowak and Jan Lis\n\n${BODY}`,
    published: null, byline: 'Anna Kowal, Piotr Nowak and Jan Lis',
  },
  {
    name: 'stamp with slashes, a time and the outlet',
    text: `Envoy testifies before committee\n\nMarch 2, 2021 / 9:15 AM / City Desk\n\n${BODY}`,
    published: '2021-03-02',
  },
  {
    name: 'stamp with two time zones in parentheses',
    text: `Tuesday, May 4, 2021, 09:05 am PT (12:05 pm ET)\n\n${BODY}`,
    published: '2021-05-04',
  },
  {
    name: 'a short title-case headline above a deck is the title, not an outlet',
    text: `Ceasefire Talks Resume\n\nMediators return to the capital for a third round\n\n${BODY}`,
    published: null, outlet: null, title: 'Ceasefire Talks Resume',
  },
  {
    name: 'a place and a date on a line of their own are the dateline, not the outlet',
    text: `Lakeside Courier\nGaborone, Friday 9 August 2024\n\nFarmers cross the river as drought bites\n\n${BODY}`,
    published: '2024-08-09', outlet: 'Lakeside Courier', dateline: 'Gaborone, Friday 9 August 2024',
    title: 'Farmers cross the river as drought bites',
  },
  {
    name: 'a two-word place in capitals above the headline, after a byline',
    text: `Harbour Ledger Edition\nBy Tomas Riel\nKUALA LUMPUR, 21 January 2026\n\nPalm oil quota talks end early\n\n${BODY}`,
    published: '2026-01-21', outlet: 'Harbour Ledger Edition', byline: 'Tomas Riel', dateline: 'KUALA LUMPUR, 21 January 2026',
    title: 'Palm oil quota talks end early',
  },
  {
    name: 'a place of three words or with a lower-case particle, then a bar and the date',
    text: `Coastal Monitor\nDar es Salaam | Saturday 14 March 2026\n\nFerry operators raise fares\n\n${BODY}`,
    published: '2026-03-14', outlet: 'Coastal Monitor', dateline: 'Dar es Salaam | Saturday 14 March 2026', title: 'Ferry operators raise fares',
  },
  {
    name: 'a city and its state before the date',
    text: `Harbour Times\n\nRail link to the port opens\n\nCHITTAGONG, Bangladesh — 2 November 2023\n\n${BODY}`,
    published: '2023-11-02', dateline: 'CHITTAGONG, Bangladesh — 2 November 2023', title: 'Rail link to the port opens',
  },
  {
    name: 'a place and a date, then the agency after a full stop',
    text: `Salt lake talks resume\n\nAktau, 15 June 2023. Steppe News Agency.\n\n${BODY}`,
    published: '2023-06-15', dateline: 'Aktau, 15 June 2023. Steppe News Agency', title: 'Salt lake talks resume',
  },
  {
    name: 'a place and a date followed by words that name no agency is no dateline',
    text: `Salt lake talks resume\n\nAktau, 15 June 2023. Kazakhstan said.\n\n${BODY}`,
    published: null, dateline: null,
  },
  {
    name: 'a name before the date that is no known place stays the agency',
    text: `Grain corridor extended\nBorealpress, 2 May 2022\n${BODY}`,
    published: '2022-05-02', outlet: 'Borealpress', dateline: null,
  },
  {
    name: 'a time zone in capitals after the time ("9:40pm NZST", "21:10 EAT") in a bar-separated header',
    text: `Harbour Review | World | Friday 20 June 2025, 9:40pm NZST\nPorts deal signed in Wellington\n${BODY}`,
    published: '2025-06-20', title: 'Ports deal signed in Wellington', outlet: 'Harbour Review',
  },
  {
    name: 'a byline with a time zone in capitals',
    text: `Coastal Defence Weekly\nFrigate order confirmed\nBy Ana Ruiz | Friday, 8 December 2023, 4:15pm AEDT\n${BODY}`,
    published: '2023-12-08', title: 'Frigate order confirmed',
  },
  {
    name: 'parts of a stamp line parted by middle dots, one of them the byline',
    text: `Lakeside News | Africa\nEnvoy recalled over rebel coalition\n14 March 2024 · 10:05 GMT · By Ana Ruiz, Lakeside Kampala\n${BODY}`,
    published: '2024-03-14',
  },
  {
    name: 'a "Published ... · Updated ..." line gives the published date',
    text: `Fjord Radio · English\nPublished 08.08.2024, 16:52 · Updated 09.08.2024, 21:10\nDiplomats lose accreditation\n${BODY}`,
    published: '2024-08-08',
  },
  {
    name: 'a "Posted" and an "Updated" stamp on one line, set apart by spaces',
    text: `Harbour World | News\n\nSummit opens in the capital\n\nPosted : 2024-06-05 09:14   Updated : 2024-06-06 11:02\n\n${BODY}`,
    published: '2024-06-05',
  },
  {
    name: 'a place, an office and a date parted by slashes',
    text: `Ministry of Foreign Affairs\nHome / Media Center / News\nMinister holds talks with visiting counterpart\nLima / Information Office / April 15, 2025\n${BODY}`,
    published: '2025-04-15',
  },
  {
    name: 'a place, a date, a time, then the agency after a dash',
    text: `Quito, 3 December 2024, 16:20 — Andes Press\n\nEcuador demands guarantees after border attack\n\n${BODY}`,
    published: '2024-12-03', title: 'Ecuador demands guarantees after border attack', dateline: 'Quito, 3 December 2024, 16:20 — Andes Press',
  },
  {
    name: 'a long headline ending on a quoted phrase without a full stop does not open the body',
    text: `Lakeside Inform Monday, 14 October 2024 Kampala +24 C\nPolitics\nPresidents sign joint statement and open a new page in their "eternal comprehensive strategic partnership"\n03.07.2024, 19:05\n${BODY}`,
    published: '2024-07-03',
  },
  {
    name: 'a labelled release date among other particulars',
    text: `MINISTRY OF FOREIGN AFFAIRS AND TRADE\nPRESS RELEASE\nReference Number: PR240419, Release Date: 07 March 2024\nMinister holds talks in Tripoli\n${BODY}`,
    published: '2024-03-07',
  },
  {
    name: "a press release's letterhead, then the dateline opening the first paragraph",
    text: `REPUBLIC OF NORTHLAND\nMinistry of Foreign Affairs and International Cooperation\nPRESS RELEASE\nNorthland signs the charter of the coastal states council\nRiyadh, 6 January 2020 – ${BODY}`,
    published: '2020-01-06', dateline: 'Riyadh, 6 January 2020',
  },
  {
    name: "the date under a press release's signature",
    text: `STATE HOUSE\nPRESS RELEASE\nPRESIDENTS AGREE TO RESUME FLIGHTS\n${BODY}\n\n${BODY}\n\n${BODY}\n\n${BODY}\n\n${BODY}\n\nJane Doe\nSpecial Adviser to the President\nSeptember 11, 2023`,
    published: '2023-09-11',
  },
  {
    name: 'a dateline without a date, and a bare stamp line below the lead',
    text: `ANKARA (ATW) - ${BODY}\n16.05.2024 - 19:05 | Update: 16.05.2024 - 19:40\n${BODY}`,
    published: '2024-05-16', dateline: 'ANKARA (ATW)',
  },
  {
    name: 'a dateline without a year and, on its line, the stamp with the year',
    text: `YEREVAN, August 1 /Sevan Info/. 01.08.2024 | 13:20\n${BODY}`,
    published: '2024-08-01', dateline: 'YEREVAN, August 1',
  },
  {
    name: 'a known place, the date and the outlet parted by slashes are the dateline',
    text: `Drone strike prompts protest\nBAGHDAD / Sunday, 3 September 2023 / Tigris Times\n${BODY}`,
    published: '2023-09-03', dateline: 'BAGHDAD / Sunday, 3 September 2023', outlet: 'Tigris Times',
  },
];

for (const c of CASES) {
  test(`metadata: ${c.name}`, () => {
    const m = readMetadata(normalize(c.text).text);
    assert.equal(m.published, c.published);
    if (c.title !== undefined) assert.equal(m.title, c.title);
    if (c.outlet !== undefined) assert.equal(m.outlet, c.outlet);
    if (c.byline !== undefined) assert.equal(m.byline, c.byline);
    if (c.dateline !== undefined) assert.equal(m.dateline, c.dateline);
  });
}

test('the byline line and header stamps are dropped; the body is not', () => {
  const text = normalize(CASES[0]!.text).text;
  const m = readMetadata(text);
  const dropped = m.drops.map(([s, e]) => text.slice(s, e).trim());
  assert.ok(dropped.includes('By Leyla Hasanova'));
  assert.ok(dropped.includes('Wednesday March 6 2024'));
  assert.ok(dropped.includes('12 June 2015 11:20 (UTC+04:00)'));
  assert.ok(dropped.includes('Caspiantimes.Example'));
  assert.ok(!dropped.some((d) => d.includes('foreign ministers')));
});

test('choosePublished: a year-less dateline takes the year of a stamp', () => {
  assert.equal(choosePublished([{ date: '2024-09-02', line: 1, modified: false }], { month: 7, day: 3 }), '2024-07-03');
  // a dateline in December read against a January stamp belongs to the year before
  assert.equal(choosePublished([{ date: '2025-01-05', line: 1, modified: true }], { month: 12, day: 30 }), '2024-12-30');
  assert.equal(choosePublished([], { month: 7, day: 3 }), null);
});

test('datelines that carry a full date give the publication date', () => {
  const cases: [string, string][] = [
    ['QUITO, 12 March 2024 (Andes Post) – Ecuador said on Monday it would reopen the border.', '2024-03-12'],
    ['LIMA, March 12, 2024 (Andes Post)\n\nPeru said on Monday it would reopen the border.', '2024-03-12'],
    ['LIMA / Sunday, 3 September 2023 / Andes Post\n\nPeru said on Sunday it would reopen the border.', '2023-09-03'],
    ['LIMA (Andes Post) — June 18, 2024\n\nPeru said on Tuesday it would reopen the border.', '2024-06-18'],
    ['LIMA — Thursday 10 October 2024 (Andes Post)\n\nPeru said on Wednesday it would reopen the border.', '2024-10-10'],
  ];
  for (const [body, date] of cases) {
    const m = readMetadata(normalize('Peru reopens border with Ecuador\n\n' + body).text);
    assert.equal(m.published, date, body);
  }
});

test('bar-separated header lines, agencies after a dated dateline and numeric datelines give the publication date', () => {
  const cases: [string, string][] = [
    // a date among places and bylines; a page header with a later (crawl) date above it
    [`Coastal Business Weekly\nFriday 21 March 2025\n\nPort deal revived at regional summit\n\n2 March 2025 | Mombasa | Staff writer\n\n${BODY}\n`, '2025-03-02'],
    [`Harbour Courier\n\nTalks on fishing rights resume\n\nPublished: 9 Jan 2023 | By Ana Ruiz, Valparaiso\n\n${BODY}\n`, '2023-01-09'],
    // a relative "updated" time does not make the stamp a modification
    [`October 3, 2024 08:15 AM GMT | Updated 5 hours ago\n\nEnvoys recalled after border incident\n\n${BODY}\n`, '2024-10-03'],
    [`Ministers agree on rail link\n\nTbilisi, 4 June 2022 /Caucasus Press/\n\n${BODY}\n`, '2022-06-04'],
    [`Ministers agree on rail link\n\nLima, 07/11/2021 (Andes Wire) - ${BODY}\n`, '2021-11-07'],
  ];
  for (const [text, want] of cases) assert.equal(readMetadata(normalize(text).text).published, want, text.split('\n').slice(0, 5).join(' / '));
});

test('agency datelines in slashes or after a bar, an outlet and a stamp parted by a dash, and a stamp line below the lead give the publication date', () => {
  const cases: [string, string, string | null][] = [
    ['Ministers agree on rail link\n\nQuito, 12 May 2025, /EPN/. The fourth round of consultations between Ecuador and Peru was held on Monday.\n', '2025-05-12', 'EPN'],
    ['Ministers agree on rail link\n\nLima, 03.09.2024 | Andes Info / Sur\n\nThe first group of Peruvian officers began training in Chile.\n', '2024-09-03', 'Andes Info / Sur'],
    // ("Asuncion, August 19, 2024 (Agency).- The works ...": a full stop before the dash, as Spanish-language agencies write)
    ['Ministers agree on rail link\n\nLima, August 19, 2024 (Andes Agency).- The works of the bridge reached an advance of 60 percent.\n', '2024-08-19', 'Andes Agency'],
    ['Ministers agree on rail link\n\nAsuncion, 16.04.2025 /Chaco Press/. Today the president received the minister of Bolivia.\n', '2025-04-16', 'Chaco Press'],
    ['Ministers agree on rail link\n\nSantiago, 2 June 2024 /Andes Wire/ - The presidents of Chile and Peru held talks on Sunday.\n', '2024-06-02', 'Andes Wire'],
    ['Peru threatens to block Bolivian goods\n\nAndean Business Monitor - 16/05/2024\n\nLIMA - Peru warned on Wednesday that it would suspend trade preferences.\n', '2024-05-16', 'Andean Business Monitor'],
    [`LIMA, June 20 (Andes Wire) - The governments of Peru and Chile held a joint session in Lima today, the third such session in the history of their relations, after which eleven agreements were signed, the government said.\n\n20.06.2024. 17:05\n\n${BODY}\n`, '2024-06-20', 'Andes Wire'],
  ];
  for (const [text, want, outlet] of cases) {
    const m = readMetadata(normalize(text).text);
    assert.equal(m.published, want, text.slice(0, 80));
    assert.equal(m.outlet, outlet, text.slice(0, 80));
  }
  // (a town and a date inside a body sentence are no dateline)
  assert.equal(readMetadata(normalize(`Ministers agree on rail link\n\nThe talks were held in Quito. Lima, 12 May 2025, was chosen for the next round.\n`).text).published, null);
});

test('a long photo caption over the title does not end the header: the title, outlet and date below it are read', () => {
  const text = 'The Chilean and Peruvian foreign ministers (L) shake hands after signing a fisheries accord in Arica on March 3, 2025. Photo: Andes Daily/Ana Ruiz\n\nChile, Peru sign fisheries accord\n\nAndes Daily | March 4, 2025\n\nARICA - Chile and Peru signed an accord on Monday.';
  const m = readMetadata(text);
  assert.equal(m.published, '2025-03-04');
  assert.equal(m.title, 'Chile, Peru sign fisheries accord');
  assert.equal(m.outlet, 'Andes Daily');
  // a long first line that is no caption is the body
  assert.equal(readMetadata('Chile and Peru signed an accord on fisheries in Arica on Monday after three years of talks between the two foreign ministries, officials said on Tuesday in Lima.\n\nMarch 4, 2025').published, null);
});

test('a dateline with the agency in slashes ("LIMA, June 20. /Andes Press/.") takes its year from a stamp line below the lead', () => {
  const lead = 'The presidents of Peru and Chile held talks in Lima today and signed eleven agreements on trade, energy and transport, the press service of the Peruvian president said in a statement.';
  const cases: [string, string, string][] = [
    [`LIMA, June 20. /Andes Press/. ${lead}\n\n20 JUN 2024, 18:20 MSK\n\nMore text.\n`, '2024-06-20', 'LIMA, June 20'],
    [`Peru and Chile sign eleven agreements\n\nLIMA, 20 June /Andes Press/. ${lead}\n\n20.06.2024 | 12:48\n\nMore text.\n`, '2024-06-20', 'LIMA, 20 June'],
    [`Peru and Chile sign eleven agreements\n\nLIMA, June 20. /Andes Press/. ${lead}\n\nJune 20, 2024, 13:47 (Lima time)\n\nMore text.\n`, '2024-06-20', 'LIMA, June 20'],
  ];
  for (const [text, want, dateline] of cases) {
    const m = readMetadata(normalize(text).text);
    assert.equal(m.published, want, text.slice(0, 60));
    assert.equal(m.dateline, dateline);
    assert.equal(m.outlet, 'Andes Press');
  }
  // a stamp of another day is no publication date of a year-less dateline
  assert.equal(readMetadata(normalize(`LIMA, June 20. /Andes Press/. ${lead}\n\nMarch 3, 2024, 13:47 (Lima time) and more words here\n`).text).published, null);
});

test('a stamp part of up to eight words beside an "updated" part is the publication date', () => {
  const m = readMetadata(normalize('Peru to resume imports of Chilean fruit\n\nPublished Sep 20, 2024 10:15 AM GMT-5 | Updated 3 hours ago\n\nLIMA, Sept 20 (Andes Wire) - Peru will resume imports.\n').text);
  assert.equal(m.published, '2024-09-20');
});
