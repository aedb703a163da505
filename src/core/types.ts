// Core contracts shared by every stage. No I/O here.
//
// Offsets: every span is [start, end) in UTF-16 code units into Document.text,
// the one normalized text of a document; text.slice(start, end) === evidence.text.

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Evidence extends Span {
  readonly text: string;
}

/** What ingest hands to clean: one article as read from a file, a JSONL record or a URL. */
export interface RawArticle {
  /** file base name without extension, or the JSONL record's id */
  readonly id: string;
  /** file path (with ":line" for JSONL records) or URL */
  readonly source: string;
  readonly url: string | null;
  /** 'text' for plain text, 'html' for a page */
  readonly format: 'text' | 'html';
  /** decoded content (text or HTML) */
  readonly content: string;
  /** metadata given by the container (JSONL fields); null when absent */
  readonly title: string | null;
  readonly published: string | null;
  readonly outlet: string | null;
  /** JSONL records holding single sentences are coded line by line (sentence mode) */
  readonly sentenceMode?: boolean;
}

/** One cleaned, normalized document. Every offset points into `text`. */
export interface Document {
  readonly id: string;
  readonly source: string;
  readonly url: string | null;
  /** the raw text after decoding (for HTML: the article body text before normalization) */
  readonly raw: string;
  /** normalized article text; all spans index into it */
  readonly text: string;
  /** offsetMap[i] = index in `raw` of text[i] (length text.length + 1) */
  readonly offsetMap: Int32Array | readonly number[];
  readonly title: string | null;
  readonly outlet: string | null;
  readonly byline: string | null;
  readonly dateline: string | null;
  /** publication date YYYY-MM-DD, or null when the text states none */
  readonly published: string | null;
  readonly sentenceMode?: boolean;
}

export interface Sentence extends Span {
  readonly index: number;
}

export interface Token extends Span {
  /** lower-cased form */
  readonly norm: string;
  /** Universal POS tag from wink (NOUN, PROPN, VERB, ...) */
  readonly pos: string;
  /** index of the sentence holding the token */
  readonly sentence: number;
}

export type MentionType = 'country' | 'igo' | 'org' | 'person' | 'date' | 'money' | 'percent' | 'weapon' | 'source';

export interface Mention extends Span {
  readonly type: MentionType;
  /** always equals document.text.slice(start, end) */
  readonly text: string;
  /** resolved code: ISO3 for countries, 'IGO' for organisations, person key, ISO date... */
  readonly ref?: string;
  /** PLOVER sector when known: GOV, MIL, BUS, ... */
  readonly sector?: string;
  /** how it was recognised: 'name', 'demonym', 'capital', 'metonym', 'org', 'title', ... */
  readonly via?: string;
  /** sentence index */
  readonly sentence: number;
  /** free-form name (IGO full name, person canonical name) */
  readonly name?: string;
  /** for country adjectives like "Russian" that only modify a noun */
  readonly adjective?: boolean;
}

export interface Annotations {
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
}

// ---------------------------------------------------------------- facts
// Field names mirror ../shared/eval/ANNOTATION.md so output needs no renaming.

export type PloverType =
  | 'AGREE' | 'CONSULT' | 'SUPPORT' | 'CONCEDE' | 'COOPERATE' | 'AID' | 'RETREAT' | 'REQUEST'
  | 'ACCUSE' | 'REJECT' | 'THREATEN' | 'PROTEST' | 'SANCTION' | 'MOBILIZE' | 'COERCE' | 'ASSAULT'
  // PLOVER 0.5 categories (used by the PLOVER gold-standard records), see README "Events"
  | 'DEMAND' | 'DISAPPROVE' | 'FIGHT' | 'INVESTIGATE';

/** The 16 core PLOVER types. */
export const PLOVER_CORE_TYPES: readonly PloverType[] = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
];

/** Core types plus the extended PLOVER 0.5 categories DEMAND, DISAPPROVE, FIGHT, INVESTIGATE. */
export const PLOVER_TYPES: readonly PloverType[] = [
  ...PLOVER_CORE_TYPES, 'DEMAND', 'DISAPPROVE', 'FIGHT', 'INVESTIGATE',
];

export type EventStatus = 'occurred' | 'future' | 'hypothetical' | 'negated';
export type DatePrecision = 'day' | 'month' | 'year' | null;

interface FactBase {
  readonly evidence: Evidence;
  /** extractor that produced the fact, e.g. 'events/lexicon' */
  readonly extractor?: string;
  readonly confidence?: number;
}

export interface PersonFact extends FactBase {
  readonly kind: 'person';
  readonly name: string;
  readonly country: string | null;
  readonly role: string | null;
  readonly sector?: string | null;
}

export interface EventFact extends FactBase {
  readonly kind: 'event';
  readonly type: PloverType;
  readonly actor: readonly string[];
  readonly recipient: readonly string[];
  readonly mode: string | null;
  readonly context: readonly string[];
  readonly date: string | null;
  readonly date_precision?: DatePrecision;
  readonly status: EventStatus;
  readonly historical?: boolean;
  /** all evidence spans when the same interaction is reported in several sentences */
  readonly spans?: readonly Evidence[];
  readonly trigger?: string;
}

export interface AgreementFact extends FactBase {
  readonly kind: 'agreement';
  readonly name: string;
  readonly parties: readonly string[];
  readonly date: string | null;
  readonly status: 'signed' | 'planned' | 'in_implementation' | 'ratified';
}

export type FigureMetric =
  | 'trade_turnover' | 'exports' | 'imports' | 'investment' | 'transit_volume' | 'production'
  | 'defense_production' | 'defense_exports' | 'aid' | 'other';

export interface FigureFact extends FactBase {
  readonly kind: 'figure';
  readonly metric: FigureMetric;
  readonly value: number | null;
  readonly unit: string | null;
  readonly period: string | null;
  readonly countries: readonly string[];
  readonly from: string | null;
  readonly to: string | null;
  readonly status: 'actual' | 'target' | 'forecast' | 'capacity';
  readonly change_pct: number | null;
  /** a conversion stated in the text: "22.8 billion tenge ($51 million)" */
  readonly equivalent?: { readonly value: number; readonly unit: string } | null;
  /** the original wording of the quantity */
  readonly text?: string;
}

export interface ArmsFact extends FactBase {
  readonly kind: 'arms';
  readonly system: string;
  readonly category: string | null;
  readonly supplier: string | null;
  readonly recipient: string | null;
  readonly status: 'delivered' | 'ordered' | 'licensed_production' | 'offered' | 'planned';
}

export type Fact = PersonFact | EventFact | AgreementFact | FigureFact | ArmsFact;
export type FactKind = Fact['kind'];

/** Everything extracted from one document; `countries` are the states acting in it. */
export interface Extraction {
  readonly countries: readonly string[];
  readonly facts: readonly Fact[];
}

/** Context passed to every extractor. `earlier` holds the facts of extractors that ran before. */
/** Choices the user makes about how facts are coded. */
export interface ExtractOptions {
  /** PLOVER version events are coded in (data/plover/versions.json): "core" (default) or "0.5" */
  readonly plover?: string;
}

export interface ExtractContext {
  readonly doc: Document;
  readonly ann: Annotations;
  readonly earlier: readonly Fact[];
  readonly options?: ExtractOptions;
}

export interface Extractor {
  /** '<kind>/<rule>' */
  readonly name: string;
  readonly version: string;
  extract(ctx: ExtractContext): Fact[];
}

export const defineExtractor = (
  name: string,
  version: string,
  extract: (ctx: ExtractContext) => Fact[],
): Extractor => ({ name, version, extract });

/** Slice an evidence span out of the document text. */
export function evidenceOf(doc: { readonly text: string }, start: number, end: number): Evidence {
  const s = Math.max(0, Math.min(start, doc.text.length));
  const e = Math.max(s, Math.min(end, doc.text.length));
  return { start: s, end: e, text: doc.text.slice(s, e) };
}

/** Provenance check: returns the list of problems (empty when every span slices to its text). */
export function provenanceErrors(doc: { readonly text: string }, fact: Fact): string[] {
  const errs: string[] = [];
  const spans = [fact.evidence, ...(fact.kind === 'event' ? fact.spans ?? [] : [])];
  for (const ev of spans) {
    if (!(ev.start >= 0 && ev.end >= ev.start && ev.end <= doc.text.length)) {
      errs.push(`${fact.kind}: span [${ev.start}, ${ev.end}) out of range`);
    } else if (doc.text.slice(ev.start, ev.end) !== ev.text) {
      errs.push(`${fact.kind}: span [${ev.start}, ${ev.end}) does not slice to ${JSON.stringify(ev.text)}`);
    }
  }
  return errs;
}
