// When an event happened. In order:
//  1. a date its own sentence states for it (dates that belong to another clause, open a period
//     or set a deadline do not count; "two weeks later" counts from the last date before it);
//  2. for a visit or meeting announced without a date, the date a following sentence gives it
//     ("The visit is planned for ...");
//  3. for an event reported as having happened: none when the text places it in an unstated past
//     or states it as a continuing condition; else the date of the sentence before it in the same
//     paragraph; else the day the story reports on (a visit, which spans days, only its month).
// Dates resolve against the publication date (src/nlp/dates.ts); a document with no publication
// date resolves them against the date its lead states in full (a dateline, a caption), if any.
import type { Document, EventStatus } from '../../core/types.ts';
import { findDates, narrativeOffset, shiftDate, type DateHit } from '../../nlp/dates.ts';

/** Words that place an event in an unstated past: such events are not dated to the story. */
export const PAST_CUE = /\b(?:since|ago|former(?:ly)?|previous(?:ly)?|earlier|recent(?:ly)?|history|historical(?:ly)?|colonial|era|back in|in the past|used to|had been|have been|has been|was founded|for years|decades?)\b/i;

/** The first date stated in full (day, month and year) in the lead: the anchor of an undated document. */
/** A photo caption's credit ("... March 3, 2008. REUTERS/Jane Doe", "(AP Photo/John Roe)"): its date is the photo's, not the story's. */
const PHOTO_CREDIT = /\b(?:REUTERS|Reuters|AP Photo|AFP(?: Photo)?|EPA|Getty Images|Xinhua|ANADOLU|Anadolu)\s*\/\s*\p{Lu}|\(\s*(?:Photo|Photograph|Picture)\s*(?::|by)\b|\b(?:File photo|FILE PHOTO)\b/u;

/** The lead sentences that are not photo captions (the credit may follow the caption on its line). */
function leadText(doc: Document, lead: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  return lead.filter((s) => !PHOTO_CREDIT.test(doc.text.slice(s.start, s.end) + (/^[^\n]{0,80}/.exec(doc.text.slice(s.end))?.[0] ?? '')));
}

function fullDate(doc: Document, lead: readonly { start: number; end: number }[]): DateHit | null {
  for (const s of leadText(doc, lead)) {
    for (const h of findDates(doc.text.slice(s.start, s.end), null, s.start)) if (h.precision === 'day') return h;
  }
  return null;
}

/** The day the story reports on: the first day-precise date of its lead, else the publication day. */
export function storyDate(doc: Document, lead: readonly { start: number; end: number }[]): DateHit | null {
  const ref = doc.published ?? fullDate(doc, lead)?.date ?? null;
  if (!ref) return null;
  for (const s of leadText(doc, lead)) {
    for (const h of findDates(doc.text.slice(s.start, s.end), ref, s.start)) {
      if (h.precision === 'day' && h.date <= ref) return h;
    }
  }
  if (!doc.published) return null;
  return { start: 0, end: 0, text: '', date: doc.published, precision: 'day', rule: 'published' };
}

export interface DateContext {
  readonly doc: Document;
  /** the sentence text and its offset in the document */
  readonly text: string;
  readonly start: number;
  /** the trigger's span in the document */
  readonly trigger: { readonly start: number; readonly end: number; readonly rule?: { readonly type: string | null } };
  readonly status: EventStatus;
  readonly sentenceMode: boolean;
  /**
   * the sentence's finest date (resolveDate over the sentence). No longer read: eventDate chooses
   * among the sentence's dates by the trigger's clause, and resolves them against the lead's date
   * when the document has no publication date. Callers need not compute it.
   */
  readonly sentenceDate?: DateHit | null;
  /** the story's date (storyDate), computed once per document */
  readonly leadDate: DateHit | null;
}

const RANK = { day: 3, month: 2, year: 1 } as const;

/** The end of one clause and the start of another with its own subject: "..., and X ...". */
const BOUNDARY = /[;]|,\s*(?:and|but|while|whereas)\b|,\s*(?:[\p{L}-]+\s+){0,4}?(?:before|until)\s+(?:the|a|an|its|their|\p{Lu})/iu;
/**
 * Between a date and a later trigger: the trigger is in a relative clause of its own ("a deal
 * signed in 2000 to end a war that killed ...") or in the reporting clause after a quotation
 * ("In 2010 we chose X, the minister said at a dinner ...").
 */
const INNER_CLAUSE = /\b(?:which|who|whom|whose)\b|(?<!\b(?:said|says|announced|claimed|stated|added|noted|reported|warned|insisted|argued|believes?|believed|think|thinks|thought|agreed|decided|confirmed|denied|hoped|expects?|expected|knows?|knew|shows?|showed)\b[^,;]{0,20})\bthat\b/gu;
const SPEECH_AFTER = /[,”"]\s*(?:[\p{L}.'’-]+\s+){1,6}(?:said|says|told|stated|added|noted)\b/gu;
/** What introduces a clause of its own: a date after it, and after the trigger, dates that clause. */
const OTHER_CLAUSE = /[;]|,\s*(?:and|but)\b|\b(?:which|that|who|whom|whose|when|where|while|following|after|before|until|since|because|said|says|told|reported|announced|according)\b|(?<!\b(?:such|well|so)\s+)\bas\b(?!\s+(?:well|part|a|an)\b)|[;(—]/i;
/** Words before a date that make it the start of a period or a deadline, not the time of the event. */
const NOT_WHEN = /\b(?:since|by|until|till|through|throughout|from|over)\s+(?:the\s+)?(?:end\s+of\s+|early\s+|late\s+|mid-?\s*)?$/i;
/** A definite mention of a planned or held occasion: "The visit", "The talks", "His trip". */
const OCCASION = /\b(visit|trip|tour|meeting|talks|summit|negotiations|consultations|session|forum|ceremony|exercises?|drills?)\b/i;
const ANAPHOR = /^\W*(?:the|this|that|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,3}?(visit|trip|tour|meeting|talks|summit|negotiations|consultations|session|forum|ceremony|exercises?|drills?)\b/iu;
/**
 * A clause stated as a continuing condition: "X is a major supplier of Y". Not one that reports
 * the news of the day: a past or perfect form, a modal, "now", an action in progress ("is
 * sending"), an attitude ("is grateful", "is ready to").
 */
const PRESENT = /\b(?:is|are|remains?|continues?)\b/i;
const NOT_PRESENT = /\b(?:was|were|had|has|have|will|would|shall|did|could|should|might|today|now|yesterday|(?:is|are)\s+(?:[\p{L}]+ly\s+)?[\p{L}]+ing\b|(?:is|are)\s+(?:expected|due|set|scheduled|planned|going|to|about|ready|willing|interested|keen|determined|committed|prepared|grateful|thankful|pleased|glad|happy|satisfied|proud|confident|concerned)\b)/iu;

/** The reference date of a document: its publication date, else the full date its lead states. */
function referenceOf(c: DateContext): string | null {
  if (c.doc.published) return c.doc.published;
  return c.leadDate && c.leadDate.rule !== 'published' ? c.leadDate.date : null;
}

/** `text` with quoted passages that do not hold the trigger blanked out. */
function outsideQuotes(text: string, at: number): string {
  return text.replace(/[“"][^“”"]*[”"]/g, (q, i: number) => (at >= i && at < i + q.length ? q : ' '.repeat(q.length)));
}

/** Sentences of `text`: a simple split at end punctuation and line breaks; "Sept. 28" and "U.S. troops" do not end one. */
function sentencesOf(text: string, base: number): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  const re = /[^.!?\n]+(?:[.!?]+(?:["”’)]+)?|$)/g;
  let m: RegExpExecArray | null;
  let pending: { start: number; end: number } | null = null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    const s = m.index;
    const e = m.index + m[0].length;
    // "Sept. 28", "U.S.": an abbreviation does not end a sentence
    const abbrev = /\b(?:[A-Z][a-z]{0,3}|[A-Z])\.$/.test(m[0].trimEnd()) && /^\s*[\p{Ll}\d]/u.test(text.slice(e, e + 3));
    pending = pending ? { start: pending.start, end: e } : { start: s, end: e };
    if (abbrev && e < text.length) continue;
    const t = text.slice(pending.start, pending.end);
    if (t.trim()) out.push({ start: base + pending.start, end: base + pending.end, text: t });
    pending = null;
  }
  return out;
}

/**
 * The paragraph around `at`: it starts after a blank line or after a line that ends a sentence
 * (text wrapped at a fixed width breaks lines inside sentences), and ends likewise.
 */
function paragraphAt(text: string, at: number): { start: number; end: number } {
  let a = at;
  for (;;) {
    const nl = text.lastIndexOf('\n', a - 1);
    if (nl < 0) { a = 0; break; }
    if (/(?:[.!?:"”’)]|^\s*)$/.test(text.slice(Math.max(0, nl - 3), nl)) || text[nl - 1] === '\n') { a = nl + 1; break; }
    a = nl;
  }
  let b = at;
  for (;;) {
    const nl = text.indexOf('\n', b);
    if (nl < 0) { b = text.length; break; }
    if (/[.!?:"”’)]\s*$/.test(text.slice(Math.max(0, nl - 3), nl)) || text[nl + 1] === '\n') { b = nl; break; }
    b = nl + 1;
  }
  return { start: a, end: b };
}

/** A date heading the sentence after a place name ("Astana. April 21.", "PARIS, May 2 (AFP) -"): when the story was filed. */
function isDateline(sentence: string, h: DateHit, base: number): boolean {
  // (a headline line read with the lead is no part of the dateline's line)
  const before = sentence.slice(0, h.start - base).split('\n').pop()!;
  const after = sentence.slice(h.end - base);
  // ("ALGIERS / BAMAKO, 8 April 2025 (Agency) --", "JEDDAH — Thursday 10 October 2024 (Outlet)" on its own line)
  return /^\W*(?:\p{Lu}[\p{L}.'’-]*[\s,./—–-]*){0,4}$/u.test(before) && !/\b(?:On|In|At|By|Since|From|Until|During|Before|After)\W*$/.test(before)
    // ("KINGSTOWN, St Vincent, Friday December 15, 2023 (Outlet) -": a weekday before the dateline's date is part of it)
    && /^\s*,?\s*(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{Lu}\p{Ll}+\.?,?\s+\d{4})?\s*(?:\([^)]*\)\s*)?(?:[.|:–—-]|\n|$)/u.test(after);
}

const WEEKDAY = /^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

/** The hits of the sentence that can date the event its trigger reports. */
function ownDates(c: DateContext, ref: string | null): DateHit[] {
  const out: DateHit[] = [];
  // ("pledged on Thursday not to ...": a promise made, in the past tense, was made on the past Thursday)
  const madePromise = /^\p{L}+ed\b/iu.test(c.doc.text.slice(c.trigger.start, c.trigger.end));
  for (let h of findDates(c.text, ref, c.start)) {
    if (isDateline(c.text, h, c.start)) continue;
    const before = c.doc.text.slice(c.start, h.start);
    if (NOT_WHEN.test(before)) continue; // "since 1993", "by 2021": a period or a deadline
    if (h.start >= c.trigger.end) {
      // "imposed duties ..., after a probe that started in 2017": the date of another clause
      if (OTHER_CLAUSE.test(c.doc.text.slice(c.trigger.end, h.start))) continue;
    } else if (h.end <= c.trigger.start) {
      if (BOUNDARY.test(c.doc.text.slice(h.end, c.trigger.start))) continue;
      const left = c.doc.text.slice(c.start, c.trigger.start);
      // (a relative clause closed by a comma before the trigger is an aside: "Russia, which had warned of it, struck on Monday")
      if ([...left.matchAll(INNER_CLAUSE)].some((m) => c.start + m.index! >= h.end && !/[,;]/.test(left.slice(m.index!)))) continue;
      // the comma of a quotation put first, not the comma right after a fronted date ("On Monday, the ministry said ...")
      if ([...left.matchAll(SPEECH_AFTER)].some((m) => c.start + m.index! >= h.end + 12)) continue;
    }
    // "imposed sanctions in February" in a November story: the February before, not the next one
    // (not the time of the act agreed to: "accepted an invitation to visit Dakar in September", "agreed to meet in December")
    const agreedAct = c.trigger.rule?.type === 'AGREE' && h.start >= c.trigger.end && /\bto\s+\p{L}+/u.test(c.doc.text.slice(c.trigger.end - 3, h.start));
    if (ref && c.status === 'occurred' && !agreedAct && h.date.slice(0, 7) > ref.slice(0, 7) && !/\b(?:19|20)\d\d\b/.test(h.text) && h.precision !== 'year') {
      h = { ...h, date: String(Number(h.date.slice(0, 4)) - 1) + h.date.slice(4) };
    }
    if (ref && h.precision === 'day' && h.date > ref && c.status === 'occurred') continue;
    // ("thanked Jordan ... and invited the leaders to hold the next summit in 2026": a later year or month is another clause's)
    if (ref && h.precision !== 'day' && c.status === 'occurred' && !agreedAct && h.date.slice(0, h.precision === 'year' ? 4 : 7) > ref.slice(0, h.precision === 'year' ? 4 : 7)) continue;
    if (ref && h.precision === 'day' && h.date < ref && c.status === 'future' && WEEKDAY.test(h.text) && !madePromise) {
      // "will meet on Friday": the coming Friday
      const d = new Date(`${h.date}T12:00:00Z`);
      d.setUTCDate(d.getUTCDate() + 7);
      h = { ...h, date: d.toISOString().slice(0, 10) };
    }
    // a future act does not happen in a period already over ("would respect a treaty concluded in 1998")
    if (ref && c.status === 'future' && !(madePromise && WEEKDAY.test(h.text)) && h.start >= c.trigger.end && h.date < ref.slice(0, h.date.length)) continue;
    out.push(h);
  }
  return out;
}

/** The finest of the hits; ties go to the first. */
function finest(hits: readonly DateHit[]): DateHit | null {
  let best: DateHit | null = null;
  for (const h of hits) if (!best || RANK[h.precision] > RANK[best.precision]) best = h;
  return best;
}

/** The last date stated before `at` in the same paragraph, with the sentence it is in. */
function previousDate(c: DateContext, ref: string | null): DateHit | null {
  if (!ref) return null;
  const para = paragraphAt(c.doc.text, c.start);
  if (para.start >= c.start) return null;
  // line breaks inside a paragraph are wraps (same length, so offsets hold)
  const prev = sentencesOf(c.doc.text.slice(para.start, c.start).replace(/\n/g, ' '), para.start);
  for (let i = prev.length - 1; i >= 0; i--) {
    const s = prev[i]!;
    if (PAST_CUE.test(outsideQuotes(s.text, -1))) return null;
    const hits = findDates(s.text, ref, s.start).filter((h) => h.date <= ref && !NOT_WHEN.test(c.doc.text.slice(s.start, h.start)));
    const h = finest(hits);
    if (h) return h;
  }
  return null;
}

/** "The trip is scheduled for June 3-4": the date a following sentence gives the occasion. */
function announcedDate(c: DateContext, ref: string | null): DateHit | null {
  const own = OCCASION.exec(c.text);
  if (!own) return null;
  const noun = own[1]!.toLowerCase().replace(/s$/, '');
  const next = sentencesOf(c.doc.text.slice(c.start + c.text.length, c.start + c.text.length + 600), c.start + c.text.length).slice(0, 2);
  for (const s of next) {
    const m = ANAPHOR.exec(s.text);
    if (!m || m[1]!.toLowerCase().replace(/s$/, '') !== noun) continue;
    const h = finest(findDates(s.text, ref, s.start).filter((x) => !NOT_WHEN.test(c.doc.text.slice(s.start, x.start))));
    if (h) return h;
  }
  return null;
}

/** The clause of the trigger: from the last comma, semicolon or conjunction before it to the next one. */
function clauseOf(c: DateContext): string {
  const left = c.doc.text.slice(c.start, c.trigger.start);
  const right = c.doc.text.slice(c.trigger.start, c.start + c.text.length);
  const l = Math.max(left.lastIndexOf(','), left.lastIndexOf(';'), left.search(/\b(?:and|but|while|as)\s+[^,;]*$/i));
  const r = right.search(/[,;]|\b(?:and|but|while|which|that|who|where|when|if|because)\b/i);
  return left.slice(l < 0 ? 0 : l + 1) + (r < 0 ? right : right.slice(0, r));
}

/**
 * The date of one report of an event (see the rules at the top of this file).
 */
export function eventDate(c: DateContext): DateHit | null {
  const ref = referenceOf(c);
  const own = finest(ownDates(c, ref));
  if (own) return own;
  if (c.sentenceMode) return null;
  // "Barely two weeks later, X recalled its ambassador"
  const off = narrativeOffset(c.text, c.start);
  if (off && off.end <= c.trigger.start) {
    const from = previousDate(c, ref) ?? c.leadDate;
    const to = from && shiftDate(from.date, off);
    if (to) return { start: off.start, end: off.end, text: off.text, date: to.date, precision: to.precision, rule: 'offset' };
    return null;
  }
  const announced = announcedDate(c, ref);
  if (announced) return announced;
  if (c.status !== 'occurred') return null;
  if (PAST_CUE.test(outsideQuotes(c.text, c.trigger.start - c.start))) return null;
  const trig = c.doc.text.slice(c.trigger.start, c.trigger.end);
  const visit = /^visit\b/i.test(trig);
  const clause = clauseOf(c);
  if (!visit && PRESENT.test(clause) && !NOT_PRESENT.test(clause)) return null; // a continuing condition
  // a year alone in the sentence before is background more often than the time of this act
  const prev = previousDate(c, ref);
  const inherited = (prev && prev.precision !== 'year' ? prev : null) ?? c.leadDate;
  if (!inherited) return null;
  // a visit spans days: a day stated elsewhere is not its day
  if (visit && inherited.precision === 'day') return { ...inherited, date: inherited.date.slice(0, 7), precision: 'month', rule: `${inherited.rule}-month` };
  return inherited;
}

/**
 * Of several reports of one interaction, the one whose date the event takes: the first whose own
 * sentence states a date, else the first with any date (inherited from a neighbour or the story).
 */
export function pickDated<T extends { date: string | null; dateStated?: boolean }>(reports: readonly T[]): T | undefined {
  return reports.find((d) => d.date && d.dateStated) ?? reports.find((d) => d.date);
}
