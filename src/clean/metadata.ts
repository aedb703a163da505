// Document metadata read from the text of a page: title, outlet, byline, dateline and the
// publication date (told apart from crawl dates in site headers and "last modified" stamps).
//
// Works on normalized text. Besides the values it returns the ranges of header lines that are
// metadata rather than article (date stamps, the byline line, a site-name line, a store's
// "date YYYY-MM-DD" prefix) so that clean can drop them from the article text.
import { findDates, iso, withYear } from './dates.ts';
import { isFurnitureLine, lineRange, splitLines, type Line, type Range } from './furniture.ts';
import { isKnownCity, isKnownPlace } from './places.ts';

export interface TextMetadata {
  readonly title: string | null;
  readonly outlet: string | null;
  readonly byline: string | null;
  readonly dateline: string | null;
  readonly published: string | null;
  /** header lines (or parts) holding metadata only */
  readonly drops: Range[];
}

/** How many non-empty lines at the top can be page header (site name, dates, headline, byline). */
const HEADER_LINES = 15;
/** A line this long is article body, which ends the header. */
const BODY_LINE = 150;

const DOMAIN = /^(?:https?:\/\/)?(?:www\.)?([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,10})\/?$/;
const NAME_WORD = "(?:[\\p{Lu}][\\p{L}'’.-]*|de|da|van|von|al|el|bin|ibn|ul|la|le|di|du)";
const BYLINE = new RegExp(`^(?:By|BY|by):?\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){0,4})(?:\\s*(?:[,|/]|\\s[-–—]\\s?)\\s*([\\p{Lu}][\\p{L}.&' -]{1,40}?))?:?\\s*$`, 'u');
const ONE_NAME = `${NAME_WORD}(?:\\s+${NAME_WORD}){0,4}`;
const BYLINE_MANY = new RegExp(`^(?:By|BY|by):?\\s+(${ONE_NAME}(?:(?:,\\s*|,?\\s+and\\s+|\\s*&\\s*)${ONE_NAME}){1,5})\\s*$`, 'u');
const DATE_PREFIX = /^date (\d{4}-\d{2}-\d{2})(?:\s+|$)/;

// words that may stand beside a date in a stamp line without making it a sentence
const STAMP_NOISE = /^(?:published|posted|date|dated|on|at|updated|update|last|modified|created|time|am|pm|a\.m\.|p\.m\.|[+-]?\d+|\d{1,2}[:.]\d{2}(?::\d{2})?(?:am|pm|h)?|\(?(?:utc|gmt)(?:[+-]\d{1,2}(?::?\d{2})?)?\)?|[ECMP][SD]?T|BST|CET|CEST|EET|EEST|MSK|AZT|IST|JST|KST|adjust|font|size|print|email|views?|comments?|flag|by|and|\||-|–|—|\[|\]|,|:|\.|•|·)$/i;

// a time zone in capitals after a time ("6:05am AEDT", "21:10 EAT", "10:15 (GET)"): read case-sensitively, as "at" or "Rest" is no zone
const ZONE = /^[A-Z]{1,4}T$/;

/** "Published", "First posted on:", "Dated": the label a stamp of the page's own date opens with. */
const PUBLISHED_LABEL = /^(?:first\s+)?(?:published|posted|dated?)(?:\s+on)?\s*:?\s*/i;

/** "Release Date:", "Date of issue:", "Published on:": a label before the page's own date. */
const LABELLED_DATE = /\b(?:(?:release|issue|publication)\s+date|date\s+of\s+(?:release|issue|publication)|(?:published|issued|released)(?:\s+on)?)\s*:\s*/i;

interface Cand { readonly date: string; readonly line: number; readonly modified: boolean }

/** A place name in capitals at the start of a line: "BAGHDAD", "PORT SUDAN", "ALGIERS / BAMAKO". */
const PLACE_LEAD = /^\p{Lu}{3,}(?:[ -]\p{Lu}{2,})*(?:\s*[/,]\s*\p{Lu}{3,}(?:[ -]\p{Lu}{2,})*)?\b(?!\p{Ll})/u;

/** Datelines: "RIGA, 3 March (LETA) –", "LIMA (Andes Wire)–", "QUITO (Reuters) -", "NEW DELHI -". */
/** A photo caption: a credit ("Photo: Agency/Name", "Photo by", "(Reuters photo)") or who stands where ("(R)", "(L)", "left"). */
const PHOTO_CAPTION = /\b(?:Photo|Photograph|Picture|Image|File photo)\s*(?::|by\b|credit\b)|\((?:[\w .'-]+\s)?(?:photo|file)\)|\((?:R|L|C|left|right|centre|center)\)/i;

const DATELINES: readonly RegExp[] = [
  // CITY[, Country][, 16 May] (Agency) –
  /^(?!(?:The|A|An|In|On|At|For|But|And|As|By|To)\s)([\p{Lu}][\p{L}.'-]+(?:\s[\p{Lu}][\p{L}.'-]+){0,2}(?:,\s*[\p{Lu}][\p{L}.' -]{1,30}?)?(?:,\s*(?:\d{1,2}\s+\p{L}+|\p{L}+\.?\s+\d{1,2})(?:,?\s+(?:19|20)\d\d)?)?)\s*\(([^()]{2,40})\)\s*\.?[-–—:]+/u,
  // CITY. AGENCY – / Baku. 15 November. REPORT.AZ/
  /^([\p{Lu}][\p{Lu}\p{L} .-]{1,30}\.\s+(?:\d{1,2}\s+\p{L}+\.\s+|\p{L}+\.?\s+\d{1,2}\.\s+)?)([\p{Lu}][\p{Lu}.]{2,25})\s*(?:[-–—/]|\s-\s)/u,
  // BAKU, Azerbaijan, January 30. / Baku, Azerbaijan, Oct. 10 / Baku, Azerbaijan, 30 January 2024
  /^([\p{Lu}][\p{L} -]{1,30},\s*[\p{Lu}][\p{L} -]{1,30},\s*(?:\p{L}+\.?\s+\d{1,2}|\d{1,2}\s+\p{L}+)(?:,?\s+(?:19|20)\d\d)?)\.?(?=\s|$)/u,
  // BOGOTA, 12 March 2024 – / NAIROBI, March 12, 2024 -
  // (also "Rabat, 15/05/2025 (Agency) -": a numeric date, day first)
  // ("Dushanbe, 16.04.2025 /Agency/. Today ...", "Cairo, 3 June 2024 /Agency/ - ...", "Belgrade, 14.11.2025 | Agency / Other": an
  // agency in slashes or after a bar; a dateline alone on its line)
  /^((?!(?:The|A|An|In|On|At|For|But|And|As|By|To)\s)[\p{Lu}][\p{L}.'-]+(?:\s[\p{Lu}][\p{L}.'-]+){0,2},\s*(?:(?:\d{1,2}\s+\p{L}+|\p{L}+\.?\s+\d{1,2}),?\s+(?:19|20)\d\d|\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d))(?:\s*(?:\(([^()]{2,40})\))?\s*\.?[-–—:]+|,?\s*\/([^/()]{2,40})\/\s*(?:[-–—:.]+|$)|\s+\|\s*([^|]{2,40}?)\s*$|\.?\s*$)/u,
  // MOSCOW, June 20. /Agency/. / YEREVAN, 22 October /Agency/. (an agency in slashes after a day and month)
  // (the agency is the third group, as in the pattern below, so that the dateline is the place and date alone)
  /^([\p{Lu}][\p{Lu} .'-]{1,30},\s*(?:\d{1,2}\s+\p{L}+|\p{L}+\.?\s+\d{1,2}))\.?\s*(?:(\b\B))?\/([^/()]{2,40})\/\.?/u,
  // Astana. April 21. Kazakhstan Today -
  /^([\p{Lu}][\p{L} -]{1,30}\.\s+(?:\p{L}+\.?\s+\d{1,2}|\d{1,2}\s+\p{L}+)\.)(?:\s+([\p{Lu}][\p{L} ]{2,30}?)\s+[-–—])?/u,
  // NEW DELHI - / BAKU -- / BENGHAZI, Libya:
  /^(\p{Lu}{2,}(?:[ -]\p{Lu}{2,})*(?:,\s*[\p{Lu}][\p{L}]+)?)\s*(?:--|[-–—:])\s/u,
];

function residualWords(line: string, spans: readonly { start: number; end: number }[]): string[] {
  let rest = '';
  let pos = 0;
  for (const s of spans) { rest += line.slice(pos, s.start) + ' '; pos = s.end; }
  rest += line.slice(pos);
  return rest
    .replace(/\(UTC[^)]*\)/gi, ' ')
    .split(/[\s,|[\]()/•·]+/)
    .filter((w) => w && !STAMP_NOISE.test(w) && !ZONE.test(w) && !DOMAIN.test(w));
}

/** A line that is only a date stamp (with at most a couple of other words); null otherwise. */
function readStampLine(line: string): { dates: string[]; modified: boolean; residual: string[] } | null {
  const t = line.trim();
  if (!t || t.length > 90) return null;
  const hits = findDates(t).filter((h) => h.year != null);
  if (!hits.length) return null;
  const residual = residualWords(t, hits);
  if (residual.length > 2) return null;
  const modified = /\b(?:last\s+(?:update|updated|modified)|updated|modified)\b/i.test(t);
  // ("Posted : 2024-06-05 09:14 Updated : 2024-06-05 11:02": the stamp the line opens with is the page's own)
  if (modified && hits.length > 1 && PUBLISHED_LABEL.test(t)) return { dates: [iso(hits[0]!.year!, hits[0]!.month, hits[0]!.day)], modified: false, residual };
  return { dates: hits.map((h) => iso(h.year!, h.month, h.day)), modified, residual };
}

/** The parts of a header line: "3 May 2025 | Amman", "Harbour Monitor - 16/05/2024", "Doha / Information Office / April 15, 2025",
 * "16 December 2023 · 14:32 GMT · By ...". */
const SEGMENT_SEP = /\s*\|\s*|\s+[-–—/·•]\s+/;

/**
 * "3 November 2025 | Amman | Staff report", "Published: 14 Feb 2024 | By J. Mbuyi, Goma", "April 8, 2025 11:32 AM GMT |
 * Updated 2 hours ago": a short line of bar-separated parts, one of them a date stamp; the rest are places,
 * bylines or a relative update time (which does not make the stamp itself a modification).
 */
function segmentedStamp(line: string): { dates: string[]; modified: boolean; residual: string[] } | null {
  const t = line.trim();
  // ("Central American Business Monitor - 16/05/2024": an outlet and a stamp parted by a spaced dash, too)
  if (t.length > 90 || !/\||\s[-–—/·•]\s/.test(t)) return null;
  const segments = t.split(SEGMENT_SEP).filter(Boolean);
  if (segments.length < 2 || segments.some((x) => x.split(/\s+/).length > 8)) return null;
  const stamps = segments.map((x) => readStampLine(x.replace(PUBLISHED_LABEL, ''))).filter((x) => x !== null && x.residual.length === 0);
  return stamps.find((x) => !x!.modified) ?? stamps[0] ?? null;
}

const looksLikeTitle = (t: string): boolean => {
  const words = t.split(/\s+/).length;
  if (words < 3 || t.length > 200) return false;
  if (/[.]$/.test(t) && !/\.\.\.$/.test(t) && words > 12) return false;
  if (/\bphoto\s*\/|\[photo|\(photo\b/i.test(t)) return false;
  return true;
};

export function readMetadata(text: string, lines: readonly Line[] = splitLines(text)): TextMetadata {
  const drops: Range[] = [];
  const cands: Cand[] = [];
  let title: string | null = null;
  let outlet: string | null = null;
  let byline: string | null = null;
  let dateline: string | null = null;
  let headerDateline: string | null = null;
  let datelineDate: { month: number; day: number } | null = null;
  let titleLine = -1;
  const dropped = new Set<number>();
  let seen = 0;
  const first = firstNonEmpty(lines);

  for (let i = 0; i < lines.length && seen < HEADER_LINES; i++) {
    const l = lines[i]!;
    let t = l.text.trim();
    if (!t) continue;
    seen++;
    let offset = l.start + (l.text.length - l.text.trimStart().length);
    // a store's "date 2021-06-11 " prefix before the first line
    const pm = DATE_PREFIX.exec(t);
    if (pm && i === first) {
      cands.push({ date: pm[1]!, line: i, modified: false });
      drops.push([offset, offset + pm[0].length]);
      offset += pm[0].length;
      t = t.slice(pm[0].length).trim();
      if (!t) continue;
    }
    const bm = bylineExec(t) ?? bylineWithDate(t);
    if (bm) {
      byline ??= bm.name;
      if (bm.agency && !outlet) outlet = bm.agency;
      if (bm.date) cands.push({ date: bm.date, line: i, modified: false });
      drops.push(offset === l.start ? lineRange(text, l) : [offset, Math.min(text.length, l.end + 1)]);
      continue;
    }
    // a photo caption over the title ("... at a signing ceremony in Vientiane, January 9, 2024. Photo: Agency/Name") is neither body nor title
    const caption = seen <= 2 && PHOTO_CAPTION.test(t);
    if (t.length >= BODY_LINE) {
      if (caption) continue;
      break; // article body: the header is over
    }
    // "Dar es Salaam, 3 May 2025", "Helsinki | Tuesday 17 June 2025": a known place and a date stamp are the dateline
    const hd = headerDatelineOf(t);
    if (hd) {
      for (const d of hd.dates) cands.push({ date: d, line: i, modified: false });
      headerDateline ??= hd.text;
      drops.push(lineRange(text, l));
      continue;
    }
    // (a bar-separated line whose stamp reads as "updated" may hold the article's own date in another part)
    const whole = readStampLine(t);
    const stamp = (whole && !whole.modified ? whole : null) ?? segmentedStamp(t) ?? whole;
    if (stamp) {
      for (const d of stamp.dates) cands.push({ date: d, line: i, modified: stamp.modified });
      // ("BAGHDAD / Sunday, 3 September 2023 / Tigris Times": a known place in the first part, the date in the next, is the dateline)
      const parts = t.split(SEGMENT_SEP);
      if (stamp !== whole && parts.length > 2 && isKnownPlace(parts[0]!) && findDates(parts[1]!).length) headerDateline ??= t.slice(0, t.indexOf(parts[1]!, parts[0]!.length) + parts[1]!.length);
      const dm = /(?:^|\|)\s*((?:www\.)?[A-Za-z0-9-]+\.[A-Za-z]{2,6})\s*(?:\||$)/.exec(t);
      if (!outlet && dm) outlet = dm[1]!;
      const site = parts.find(siteNameLike);
      if (!outlet && site) outlet = site;
      // "Kyodo, March 12, 2019": a single name before the date is the agency (a known place is a dateline, above)
      const om = /^([\p{Lu}][\p{L}.]+(?:\s[\p{Lu}][\p{L}.]+)?),\s/u.exec(t);
      if (!outlet && om && stamp.residual.includes(om[1]!.split(' ')[0]!) && !/day$/i.test(om[1]!)) outlet = om[1]!;
      drops.push(lineRange(text, l));
      // "AzerNews, Azerbaijan" right above a date stamp names the outlet
      const prev = prevNonEmpty(lines, i);
      if (prev >= 0 && !outlet) {
        const pt = lines[prev]!.text.trim();
        const pm2 = /^([\p{Lu}][\p{L}.' -]{1,40}),\s*[\p{Lu}][\p{L}]+$/u.exec(pt);
        if (pm2 && pt.split(/\s+/).length <= 5) {
          outlet = pm2[1]!.trim();
          drops.push(lineRange(text, lines[prev]!));
          if (title === pt) title = null;
        }
      }
      continue;
    }
    // "Reference Number: PR240419, Release Date: 07 March 2024": a labelled date among other particulars
    const lab = LABELLED_DATE.exec(t);
    const ld = lab ? findDates(t.slice(lab.index + lab[0].length)).find((x) => x.start === 0 && x.year != null) : undefined;
    if (ld) {
      cands.push({ date: iso(ld.year!, ld.month, ld.day), line: i, modified: false });
      drops.push(lineRange(text, l));
      continue;
    }
    const dom = DOMAIN.exec(t);
    if (dom && !/^\d/.test(t)) {
      if (!outlet) outlet = t.replace(/^https?:\/\//, '').replace(/\/$/, '');
      drops.push(lineRange(text, l));
      continue;
    }
    if (isFurnitureLine(t)) {
      if (offset !== l.start) drops.push([offset, Math.min(text.length, l.end + 1)]);
      continue;
    }
    if (title && t === title) { drops.push(lineRange(text, l)); dropped.add(i); continue; }
    // a site name above the headline: "Harbour Gazette" followed by a headline-like line
    if (!title && siteNameLike(t) && (nextTitleLike(lines, i) || nextIsStampOrByline(lines, i))) {
      outlet ??= t;
      drops.push(lineRange(text, l));
      dropped.add(i);
      continue;
    }
    if (!title && looksLikeTitle(t) && !datelineOf(t) && !caption) { title = t; titleLine = i; continue; }
    // a one- or two-word line above the headline is a site or section name ("Top News")
    if (!title && t.split(/\s+/).length <= 2 && !/[.!?"]$/.test(t) && nextIsHeader(lines, i)) {
      drops.push(lineRange(text, l));
      dropped.add(i);
      continue;
    }
    // a full sentence below the headline opens the article: the header ends here (a headline may end on a quoted phrase
    // without a full stop: 'open new page in "eternal partnership"')
    if (title && t.split(/\s+/).length > 12 && /[.!?]["'”’]?$/.test(t)) break;
  }

  // dateline: at the start of one of the first lines below the headline (below a press release's letterhead, the
  // ministry, "PRESS RELEASE" and the headline, it opens the first paragraph: up to six lines, to the first long one)
  for (let i = titleLine >= 0 ? titleLine + 1 : first, k = 0, body = false; i < lines.length && (k < 3 || (!body && k < 6)); i++) {
    const t0 = lines[i]!.text.trim();
    const li = lines[i]!;
    if (!t0 || dropped.has(i) || drops.some((r) => r[0] <= li.start && r[1] >= li.end)) continue;
    k++;
    body ||= t0.length >= BODY_LINE;
    const t = t0.replace(DATE_PREFIX, '');
    const dl = datelineOf(t);
    if (!dl) {
      // "Port Moresby - Papua New Guinea will ...": a known city written as a name, a dash, and the lead
      const city = CITY_DASH.exec(t);
      if (city && isKnownCity(city[1]!)) { dateline = city[1]!; break; }
      // "BAGHDAD / Sunday, 3 September 2023 / Tigris Times", "MANILA (Agency) — June 18, 2024":
      // a place in capitals opening the line, and a full date close behind it
      if (!PLACE_LEAD.test(t)) continue;
      const d = findDates(t.slice(0, 90)).find((x) => x.year != null);
      if (!d) continue;
      dateline = t.slice(0, d.end).replace(/[\s/(–—-]+$/, '');
      cands.push({ date: iso(d.year!, d.month, d.day), line: i, modified: false });
      break;
    }
    dateline = dl.text;
    if (dl.agency && !outlet && !/^(?:file|photo|ap photo)$/i.test(dl.agency)) outlet = dl.agency;
    // "MANILA (Agency) — June 18, 2024", "JEDDAH — Thursday 10 October 2024 (Gulf Ledger)": the date right after
    // ("YEREVAN, August 1 /Agency/. 01.08.2024 | 13:20": the same day with its year)
    const own = findDates(dl.text)[0];
    const after = findDates(t.slice(0, dl.text.length + 45)).find((x) => x.year != null && x.start >= dl.text.length);
    const d = own?.year == null && after && (!own || (own.month === after.month && own.day === after.day)) ? after : own ?? after;
    if (d) {
      if (d.year != null) cands.push({ date: iso(d.year, d.month, d.day), line: i, modified: false });
      else datelineDate = { month: d.month, day: d.day };
    }
    break;
  }

  // ("BELGRADE, June 20 (Agency) - ..." and, below the lead, "20.06.2024. 17:05": a stamp line with the dateline's day gives its year)
  if (datelineDate && !cands.length) {
    const md = `-${String(datelineDate.month).padStart(2, '0')}-${String(datelineDate.day).padStart(2, '0')}`;
    for (let i = 0, k = 0; i < lines.length && k < 8; i++) {
      const t = lines[i]!.text.trim();
      if (!t) continue;
      k++;
      const stamp = readStampLine(t);
      // ("June 20, 2024, 13:47 (Moscow time)": a time zone named in words is no other matter)
      const zoneOnly = !!stamp && stamp.residual.length === 1 && /\(\s*\p{L}+\s+time\s*\)\s*$/iu.test(t);
      const d = stamp && (!stamp.residual.length || zoneOnly) ? stamp.dates.find((x) => x.endsWith(md)) : undefined;
      if (d) { cands.push({ date: d, line: i, modified: false }); drops.push(lineRange(text, lines[i]!)); break; }
    }
  }
  // No date above the lead: under a dateline without a date, a line of the first few that is a bare date stamp
  // ("ANKARA (Agency) - ..." and below it "16.05.2024 - 19:05 | Update: 16.05.2024 - 19:40"), or else the date under a press release's signature, one of the
  // last three lines ("Special Adviser to the President / September 11, 2023").
  if (!cands.length && !datelineDate) {
    // (the first of the lines given that is a bare stamp of the page's own date, and that date)
    const bareStamp = (at: readonly number[]): { line: number; date: string } | null => {
      for (const i of at) {
        const t = lines[i]!.text.trim();
        const whole = readStampLine(t);
        const stamp = (whole && !whole.residual.length && !whole.modified ? whole : null) ?? segmentedStamp(t);
        if (stamp && !stamp.modified) return { line: i, date: stamp.dates[0]! };
      }
      return null;
    };
    const nonEmpty = lines.map((l, i) => (l.text.trim() ? i : -1)).filter((i) => i >= 0);
    const top = dateline ? bareStamp(nonEmpty.slice(0, 8)) : null;
    const foot = !top && nonEmpty.length > 8 ? bareStamp(nonEmpty.slice(-3).reverse()) : null;
    if (top) drops.push(lineRange(text, lines[top.line]!));
    const found = top ?? foot;
    if (found) cands.push({ date: found.date, line: found.line, modified: false });
  }
  return { title, outlet, byline, dateline: dateline ?? headerDateline, published: choosePublished(cands, datelineDate), drops };
}

// A place before a date stamp: up to four words ("Bandar Seri Begawan", "Dar es Salaam"), optionally
// followed by its state ("NAIROBI, Kenya"), then a comma, a bar or a dash.
const HEAD_PLACE = /^([\p{Lu}][\p{L}'.-]*(?:\s+(?:[\p{Lu}][\p{L}'.-]*|es|de|del|al|el|la|of)){0,3})(?:,\s*([\p{Lu}][\p{L}'.-]*(?:\s+[\p{Lu}][\p{L}'.-]*){0,3}))?\s*(?:,|\||[–—-])\s*/u;

/** "Helsinki, Tuesday 17 June 2025", "KUALA LUMPUR | 3 May 2025": a line holding only a known place and a dated stamp. */
function headerDatelineOf(t: string): { text: string; dates: string[] } | null {
  const m = HEAD_PLACE.exec(t);
  if (!m || !(isKnownPlace(m[1]!) || (m[2] && isKnownPlace(m[2])))) return null;
  // ("Chisinau, 6 March 2025 /Nistru Press/": an agency in slashes or brackets after the date)
  // ("Aktau, 15 June 2023. Trans-Caspian Agency.", "Dushanbe, 3 December 2024, 16:20 — Sharq Press": an agency named after
  // the date, its last word a media word)
  const rest = t.slice(m[0].length).replace(/\s*(?:\/[^/()]{2,40}\/|\([^/()]{2,40}\))\s*$/, '')
    .replace(/(?:[.,]|\s[–—-])\s+(?:[\p{Lu}][\p{L}'’-]*\s+){0,3}([\p{Lu}][\p{L}]*)\.?\s*$/u, (all, last: string) => (MEDIA_WORD.test(last) ? '' : all));
  const stamp = readStampLine(rest);
  if (!stamp || stamp.residual.length || findDates(rest)[0]?.start !== 0) return null;
  return { text: t.replace(/[\s,.:;|–—-]+$/, ''), dates: stamp.dates };
}

/** True when a later line in the first few is a date stamp or a headline, i.e. line i sits in a page header. */
function nextIsHeader(lines: readonly Line[], i: number): boolean {
  for (let j = i + 1, k = 0; j < lines.length && k < 4; j++) {
    const t = lines[j]!.text.trim();
    if (!t) continue;
    k++;
    if (t.length >= BODY_LINE) return k > 1;
    if (readStampLine(t) || looksLikeTitle(t)) return true;
  }
  return false;
}

const SECTION_WORD = /^(?:top|latest|all|breaking|main|home|world|politics|business|economy|news|headlines|international|region|regions|society|opinion|analysis|sports?|culture|government|bodies|official|chronicle|the|and|of|&)$/i;

const MEDIA_WORD = /^(?:news|daily|times|post|herald|gazette|review|ledger|monitor|journal|observer|courier|wire|press|agency|today|tribune|chronicle|dispatch|brief|report|reporter|online|tv|radio|media|magazine|weekly|express|mail|telegraph|insider|analyst|network|info|digest|bulletin|standard|star|sun|independent|guardian|times|record|sentinel|inquirer|examiner|leader|voice|world|affairs|watch|focus|outlook|mirror|globe|edition|pravda|vedomosti|izvestia|novosti)$/i;

/** "Harbour Gazette", "The Continental Observer": 1-4 capitalised words, no digits, not a section name. */
function siteNameLike(t: string): boolean {
  const words = t.split(/\s+/);
  if (words.length > 4 || /\d/.test(t)) return false;
  if (!words.every((w, k) => /^[\p{Lu}][\p{L}&.'-]*$/u.test(w) || (k > 0 && /^(?:of|the|and|&)$/.test(w)))) return false;
  if (words.every((w) => SECTION_WORD.test(w))) return false;
  // a headline can also be a few capitalised words: ask for a word that names a news outlet
  return words.some((w) => MEDIA_WORD.test(w));
}

function nextTitleLike(lines: readonly Line[], i: number): boolean {
  for (let j = i + 1; j < lines.length; j++) {
    const t = lines[j]!.text.trim();
    if (!t) continue;
    return t.length < BODY_LINE && looksLikeTitle(t) && !readStampLine(t);
  }
  return false;
}

/** The next non-empty line is a date stamp or a byline: "Harbour Gazette / By Ana Reyes / Lima, 3 May 2024". */
function nextIsStampOrByline(lines: readonly Line[], i: number): boolean {
  for (let j = i + 1; j < lines.length; j++) {
    const t = lines[j]!.text.trim();
    if (!t) continue;
    return t.length < BODY_LINE && !!(readStampLine(t) ?? bylineExec(t) ?? bylineWithDate(t));
  }
  return false;
}

function firstNonEmpty(lines: readonly Line[]): number {
  for (let i = 0; i < lines.length; i++) if (lines[i]!.text.trim()) return i;
  return lines.length;
}

function prevNonEmpty(lines: readonly Line[], i: number): number {
  for (let j = i - 1; j >= 0; j--) if (lines[j]!.text.trim()) return j;
  return -1;
}

/** "By Lena Varga March 3, 2021" -> name + date. */
function bylineWithDate(t: string): { name: string; agency: string | null; date: string | null } | null {
  if (!/^(?:By|BY|by):?\s/.test(t) || t.length > 100) return null;
  const hits = findDates(t).filter((h) => h.year != null);
  const h = hits[hits.length - 1];
  if (!h || t.slice(h.end).replace(/\d{1,2}:\d{2}\s*(?:am|pm)?|[\s,|]/gi, '')) return null;
  const m = bylineExec(t.slice(0, h.start).replace(/[\s,|–—-]+$/, ''));
  return m ? { ...m, date: iso(h.year!, h.month, h.day) } : null;
}

/** "By Ilona Berg", "By Piotr Nowak – PAP:" -> name (+ agency). */
function bylineExec(t: string): { name: string; agency: string | null; date: string | null } | null {
  if (t.length > 100) return null;
  const several = /\sand\s|&|,.*,/.test(t);
  const many = several ? BYLINE_MANY.exec(t) : null;
  if (many) return { name: many[1]!, agency: null, date: null };
  const m = BYLINE.exec(t) ?? BYLINE_MANY.exec(t);
  return m ? { name: m[1]!, agency: m[2]?.trim() || null, date: null } : null;
}

/** A place in title case, a dash and a capital: "Doha - In a statement", "Port Moresby – The". */
const CITY_DASH = /^(\p{Lu}[\p{L}.'-]+(?:\s\p{Lu}[\p{L}.'-]+){0,2})\s+[-–—]\s+(?=["“]?\p{Lu})/u;

function datelineOf(t: string): { text: string; agency: string | null } | null {
  for (const re of DATELINES) {
    const m = re.exec(t);
    if (!m) continue;
    const head = (m[3] || m[4] ? m[1]! : m[0]).replace(/\s*(?:--|[-–—:/.])+\s*$/, '').trim();
    if (head.length < 3) continue;
    return { text: head, agency: (m[2] ?? m[3] ?? m[4])?.trim() || null };
  }
  return null;
}

/**
 * Publication date from the stamps found in the header. Crawl dates shown by a site header and
 * "last modified" stamps are later than the article's own date, so the earliest stamp that is not
 * a modification wins; a year-less dateline ("BAKU, 16 May") picks the stamp with its day and
 * month, or takes its year from the nearest stamp.
 */
export function choosePublished(cands: readonly Cand[], dateline: { month: number; day: number } | null): string | null {
  const own = cands.filter((c) => !c.modified).map((c) => c.date).sort();
  if (dateline) {
    const md = `-${String(dateline.month).padStart(2, '0')}-${String(dateline.day).padStart(2, '0')}`;
    const exact = own.find((d) => d.endsWith(md));
    if (exact) return exact;
    const ref = own[0] ?? cands.map((c) => c.date).sort()[0];
    if (ref) return withYear(dateline.month, dateline.day, ref);
  }
  return own[0] ?? null;
}
