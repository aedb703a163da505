// When an event happened: the date stated in its sentence, else (for an event reported as having
// happened) the day the story reports on, else null. Dates resolve against the publication date
// (src/nlp/dates.ts); a document with no publication date gets only dates the text states in full.
import type { Document, EventStatus } from '../../core/types.ts';
import { resolveDate, type DateHit } from '../../nlp/dates.ts';

/** Words that place an event in an unstated past: such events are not dated to the story. */
export const PAST_CUE = /\b(?:since|ago|former(?:ly)?|previous(?:ly)?|earlier|history|historic(?:al(?:ly)?)?|back in|in the past|used to|had been|have been|has been|was founded|for years|decades?)\b/i;

/** The day the story reports on: the first day-precise date of its lead, else the publication day. */
export function storyDate(doc: Document, lead: readonly { start: number; end: number }[]): DateHit | null {
  for (const s of lead) {
    const h = resolveDate(doc.text.slice(s.start, s.end), doc.published, s.start);
    if (h && h.precision === 'day' && (!doc.published || h.date <= doc.published)) return h;
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
  readonly trigger: { readonly start: number; readonly end: number };
  readonly status: EventStatus;
  readonly sentenceMode: boolean;
  /** the sentence's own date (resolveDate over the sentence), computed once per sentence */
  readonly sentenceDate: DateHit | null;
  /** the story's date (storyDate), computed once per document */
  readonly leadDate: DateHit | null;
}

/**
 * The date of one report of an event: the sentence's own date; else, for an event reported as
 * having happened, the date of the story's lead (the dateline or first dated sentence), else the
 * publication day.
 */
export function eventDate(c: DateContext): DateHit | null {
  return c.sentenceDate
    ?? (c.status === 'occurred' && !c.sentenceMode && !PAST_CUE.test(c.text) ? c.leadDate : null);
}

/** Of several reports of one interaction, the one whose date the event takes: the first that states one. */
export function pickDated<T extends { date: string | null }>(reports: readonly T[]): T | undefined {
  return reports.find((d) => d.date);
}
