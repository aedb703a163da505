// Page furniture: whole lines of site chrome that are not part of the article (share buttons,
// "Loading...", "Subscribe to us", comment policies, view counters, "Last modified" stamps...).
// Works on normalized text and returns [start, end) ranges to drop (each covers a whole line and
// its newline). Article sentences are never cut: only lines matching a furniture shape go.

export type Range = readonly [number, number];

export interface Line {
  readonly start: number;
  readonly end: number; // exclusive, before the newline
  readonly text: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let s = 0;
  while (s <= text.length) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    lines.push({ start: s, end: e, text: text.slice(s, e) });
    s = e + 1;
  }
  return lines;
}

/** The line and its newline. */
export const lineRange = (text: string, l: Line): Range => [l.start, Math.min(text.length, l.end + 1)];

const SOCIAL = '(?:facebook|twitter|x|whatsapp|telegram|linkedin|vk|vkontakte|odnoklassniki|reddit|pinterest|e-?mail|instagram|youtube|messenger|viber|google\\+?)';

/** Whole-line shapes of site chrome (matched case-insensitively against the trimmed line). */
const FURNITURE: readonly RegExp[] = [
  /^loading\s*(?:\.{1,3}|…)?$/,
  /^(?:latest|latest news|breaking news|see more|latest see more|read more|more news|all news|top news|news feed|most (?:viewed|read|popular)|relevant news|related(?: news| articles| posts| stories| content)?|similar (?:ads|news|articles)|you may also like|recommended(?: for you)?|trending(?: now)?)\s*:?$/,
  /^(?:be the first to comment|leave a (?:comment|reply)|add (?:a )?comment|\d+ comments?|comments?|no comments(?: yet)?\.?)$/,
  /^(?:advertisement|advertising|sponsored(?: content)?|ad)$/,
  /^subscribe(?: to (?:us|our [\w ]{1,30}))?(?: (?:on|in) [\w ]{1,20})?\s*[.!]?$/,
  /^(?:sign up|sign in|log ?in|log ?out|register)(?: (?:for|to) [\w ]{1,30})?[.!]?$/,
  /^recent news from [\p{L} .-]{1,40}$/u,
  /^follow us(?: on [\w @.,&-]{1,60})?$/,
  new RegExp(`^(?:share|share this(?: article| story| post)?|share on ${SOCIAL}|share via ${SOCIAL}|tweet|print|e-?mail|send|copy link|${SOCIAL})(?:\\s*[|/,·•]?\\s*(?:share on |share via )?${SOCIAL})*$`),
  /^found an error in the text\??$/,
  /^select the error and press ctrl\s*\+\s*enter.*$/,
  /^(?:this (?:information|material|article) may not be (?:reproduced|copied|republished)|all rights reserved|©|copyright ©?\s*\d{4}).*$/,
  /^read \d[\d,.]* times?(?: last modified on .*)?$/,
  /^(?:last modified on|last updated?:?|updated:?) .{0,60}\d{4}.{0,20}$/,
  /^[\w .&-]{0,30}\blogo$/,
  /^(?:-{2,}|_{2,}|\*{3,}|={3,})$/,
  /^none$/,
  /^posted by:? \S+@\S+$/,
  /^posted by:? [\p{L} .'-]{1,40}$/u,
  /^\|\s*[\p{L} ,|&-]{1,80}$/u,
  /^adjust font size:?$/,
  /^(?:see more|read more|read also|also read|don't miss|must read|more|watch|related|recommended|see also|(?:also )?in (?:this|today's) (?:issue|edition))\s*:.{0,200}$/,
  /^\|?\s*(?:published|updated|posted|last updated|first published)(?: on)?\s*:?\s*(?=.{0,70}$)(?=.*\d).*$/,
  /^(?:don't miss|tags)$/,
  // captions and credits
  /^(?:photo|image|picture|credit|photo credit|source|video)s?\s*:\s*.{1,80}$/,
  /\((?:image|photo|picture|pictured|credit)s?:\s*[^)]{1,40}\)$/,
  /^(?:image|photo|slide) \d+ of \/?\s*\d*$/,
  /^(?:caption|close|open|expand|enlarge|hide caption|toggle caption|view gallery)$/,
  // teaser links, contact handles
  /\[(?:insight|video|reaction|pictures?|photos?|news|warning|latest|analysis|poll|revealed|live|gallery|map|data|explained)\]\s*\|?$/,
  /^\S+@\S+\.[a-z]{2,}$/,
  /^(?:https?:\/\/)?(?:www\.)?(?:twitter|x|facebook|instagram|t\.me|linkedin)\.com\/\S+$/,
  /^more [\p{L} ]{1,30} news$/u,
  /^(?:reading time:?\s*\d+\s*min(?:ute)?s?|\d+\s*min(?:ute)?s? read|tempo de leitura:?\s*\d+\s*minutos?)\.?$/,
  /^(?:photo|image|video|file photo)$/,
  /^(?:tags?|keywords|categories|filed under):.{0,200}$/,
  /^(?:previous|next)(?: article| post| story)?$/,
  /^(?:back to top|scroll to top|go to top|home|menu|search)$/,
  /^(?:font size|a\+? ?a-?|text size)$/,
];

/** A heading over a list of links to other stories. */
const LINKS_HEADING = /^(?:read more|see more|read also|also read|more news|related(?: news| articles| posts| stories| content)?|see also|you may also like|recommended(?: for you)?|more on this(?: story| topic)?|more stories)\s*:?$/;
/** A headline: a short line that does not end a sentence. */
const HEADLINE = /^(?=.{8,160}$)[^\n]*[^.!?:;"”'’\s]$/u;

/** Headings after which the rest of the page is a comment policy or comment form. */
const TAIL_HEADINGS: readonly RegExp[] = [
  /^(?:discussion|comments?|commenting) (?:policy|rules|guidelines)$/,
  /^comments are (?:welcome|moderated|closed)/,
];

export function isFurnitureLine(line: string): boolean {
  const t = line.trim().toLowerCase();
  if (!t || t.length > 200) return false;
  return FURNITURE.some((re) => re.test(t));
}

/** Ranges of furniture lines in `text`, including a comment-policy tail at the end of the page. */
export function furnitureRanges(text: string, lines: readonly Line[] = splitLines(text)): Range[] {
  const out: Range[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const t = l.text.trim().toLowerCase();
    if (!t) continue;
    // a comment policy in the last part of the page: drop it and everything after it
    if (l.start > text.length * 0.5 && t.length < 300 && TAIL_HEADINGS.some((re) => re.test(t))) {
      out.push([l.start, text.length]);
      break;
    }
    if (isFurnitureLine(l.text)) out.push(lineRange(text, l));
    // "Related:" / "Read more:" in the second half of the page: the headline lines right after it
    // (short, no sentence-final stop) are links to other stories, not this one
    if (l.start > text.length * 0.5 && LINKS_HEADING.test(t)) {
      while (i + 1 < lines.length && HEADLINE.test(lines[i + 1]!.text.trim())) out.push(lineRange(text, lines[++i]!));
    }
  }
  out.push(...repeatedLines(text, lines));
  return out;
}

/**
 * Repeated lines: a copy of an earlier line (a headline shown twice, a paragraph scraped twice)
 * goes; a line seen three times or more is a caption or a teaser and goes everywhere.
 */
export function repeatedLines(text: string, lines: readonly Line[]): Range[] {
  const seen = new Map<string, number[]>();
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text.trim();
    if (t.length < 20) continue;
    const at = seen.get(t);
    if (at) at.push(i);
    else seen.set(t, [i]);
  }
  const out: Range[] = [];
  for (const [t, at] of seen) {
    if (at.length < 2) continue;
    const all = at.length >= 3 && t.length <= 300;
    for (let k = all ? 0 : 1; k < at.length; k++) out.push(lineRange(text, lines[at[k]!]!));
  }
  return out;
}
