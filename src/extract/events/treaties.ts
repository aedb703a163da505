// events/treaties: a treaty between two states named with the year it was signed, years before the
// article ("the 1973 Itaipu Treaty", "the 2018 peace accord between Eritrea and Ethiopia", "the Joint
// Statement announced in March 2006"), is a background act of the two: SUPPORT by both, dated that
// year, unless the events already have a SUPPORT of those two states. Runs after the events and
// agreements extractors, from their facts.
import type { AgreementFact, Document, EventFact, Fact } from '../../core/types.ts';
import { defineExtractor, evidenceOf } from '../../core/types.ts';
import { MONTH_NAME, isoDate, monthNumber } from '../../core/calendar.ts';
import { ploverVersions } from './ontology.ts';

/** The year right before the name: "the 1973 Itaipu Treaty", "a 2018 peace accord". */
const YEAR_BEFORE = /\b(?:the|a|an|its|their)\s+((?:1[89]|20)\d\d)\s+$/i;
/** The year of its signing right after the name: "signed in 1976", "announced in March 2006", "of 1994". */
const YEAR_AFTER = new RegExp(String.raw`^\s*,?\s+(?:(?:(?:was|were|that\s+was|which\s+was)\s+)?(?:signed|announced|concluded|adopted|reached|agreed|inked)\s+(?:in|on)\s+|of\s+)(?:(${MONTH_NAME})\.?\s+)?(?:\d{1,2},?\s+)?((?:1[89]|20)\d\d)\b`);

/** Where the treaty's year is written next to its name, that year's position; null when it is not. */
export function namedYear(text: string, a: Pick<AgreementFact, 'evidence' | 'date'>): { year: string; month: number | null; start: number; end: number } | null {
  if (!a.date) return null;
  const year = a.date.slice(0, 4);
  const before = YEAR_BEFORE.exec(text.slice(Math.max(0, a.evidence.start - 16), a.evidence.start));
  if (before && before[1] === year) return { year, month: null, start: a.evidence.start - before[0].length + before[0].indexOf(year), end: a.evidence.end };
  const after = YEAR_AFTER.exec(text.slice(a.evidence.end, a.evidence.end + 50));
  if (after && after[2] === year) {
    const month = after[1] ? monthNumber(after[1]) : null;
    return { year, month, start: a.evidence.start, end: a.evidence.end + after.index + after[0].length };
  }
  return null;
}

export function treatyEvents(doc: Document, earlier: readonly Fact[], plover?: string): EventFact[] {
  const pubYear = doc.published ? Number(doc.published.slice(0, 4)) : null;
  const support = ploverVersions().code('SUPPORT', plover);
  if (pubYear === null || !support) return [];
  const events = earlier.filter((f): f is EventFact => f.kind === 'event');
  const out: EventFact[] = [];
  const covered = (pair: readonly string[]) => [...events, ...out].some((e) => e.type === support
    && new Set([...e.actor, ...e.recipient]).size === 2 && pair.every((x) => e.actor.includes(x) || e.recipient.includes(x)));
  for (const f of earlier) {
    if (f.kind !== 'agreement' || f.status !== 'signed' || f.parties.length !== 2 || f.parties.includes('IGO')) continue;
    // ("the 2015 Algiers peace agreement with northern rebels": a party that is no state)
    if (/\bwith\s+(?:the\s+)?\p{Ll}/u.test(f.name)) continue;
    // ("the 1961 Vienna Convention on Diplomatic Relations": a convention, charter or covenant is many states' instrument, not the two's)
    if (/\b(?:conventions?|charters?|covenants?|statutes?)\b/i.test(f.name)) continue;
    const named = namedYear(doc.text, f);
    if (!named || Number(named.year) >= pubYear) continue;
    const pair = f.parties.map((c) => ploverVersions().actor(c, plover));
    if (covered(pair)) continue;
    const evidence = evidenceOf(doc, named.start, named.end);
    out.push({
      kind: 'event', type: support, actor: pair, recipient: [], mode: null, context: ['diplomatic'],
      date: isoDate(Number(named.year), named.month), date_precision: named.month ? 'month' : 'year', status: 'occurred', ...(Number(named.year) < pubYear - 1 ? { historical: true } : {}),
      evidence, spans: [evidence], trigger: f.name, confidence: 0.6,
    });
  }
  return out;
}

export const treatySupport = defineExtractor('events/treaties', '1', (ctx): Fact[] => treatyEvents(ctx.doc, ctx.earlier, ctx.options?.plover));
