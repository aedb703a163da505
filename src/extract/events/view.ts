// events/view: what the event extractor's steps see: the document, what one sentence carries to the
// next, one sentence, one trigger and the words before it (events.ts runs the steps, roles.ts holds
// the role steps).
import type { Annotations, Document, EventStatus, Evidence, ExtractOptions, PloverType, Token } from '../../core/types.ts';
import type { storyDate } from './dating.ts';
import type { Lexicon, Rule } from './lexicon.ts';
import type { Hit } from './hits.ts';
import type { ploverVersions } from './ontology.ts';
import type { Report } from './context.ts';
import type { Group, Part, Roleplay } from './actors.ts';

/** One report of an act, before the reports of one interaction are merged into an event. */
export interface Draft {
  type: PloverType;
  actor: string[];
  recipient: string[];
  mode: string | null;
  context: string[];
  date: string | null;
  precision: 'day' | 'month' | 'year' | null;
  status: EventStatus;
  evidence: Evidence;
  trigger: string;
  confidence: number;
  sentence: number;
  /** a future meeting or discussion (CONSULT trigger made AGREE) */
  agenda?: boolean;
  /** the date is stated in the report's own sentence (not inherited from the story or a neighbour) */
  dateStated?: boolean;
  /** from a rule for a figure given in passing (Rule.inPassing) */
  inPassing?: boolean;
  /** reported in the headline */
  headline?: boolean;
}

/** An interview: the state of the person answering, the state the answers are about, and where the answers begin. */
export interface Interview { readonly speaker: string[]; readonly partner: string[]; readonly from: number }

/** What every step may read of the document: its text and annotations, the lexicon, the story's main pair. */
export interface DocView {
  readonly doc: Document;
  readonly ann: Annotations;
  readonly options: ExtractOptions;
  readonly lex: Lexicon;
  readonly versions: ReturnType<typeof ploverVersions>;
  /** every participant mention of the document */
  readonly allParts: readonly Part[];
  /** the story's two main states (mainDyad) */
  readonly dyad: string[];
  /** PLOVER coding of single sentences, not an article */
  readonly sentenceMode: boolean;
  /** the date of the story's lead (storyDate) */
  readonly leadDate: ReturnType<typeof storyDate>;
  /** an interview: whose answers it gives and to whom they speak (interviewOf) */
  readonly interview: Interview | null;
  /** the sentences as the extractor reads them */
  readonly logical: readonly Logical[];
}

/** What the loop carries from one sentence to the next: the reports so far and what the sentences before named. */
export interface Carry {
  /** the reports of the document so far, in order */
  readonly drafts: Draft[];
  /** acts that named only their actor */
  readonly loneActs: Report[];
  /** the states of the last subject named */
  lastSubject: string[];
  /** the last subject was a person or an official of the state or organisation */
  officialSubject: boolean;
  /** the states the sentence before names (for "the two sides") */
  prevNamed: string[];
  /** those of them named as sides, not as a people ("the Palestinian people", "Syrian refugees"): what "the two sides" opening the next sentence may stand for */
  prevSides: string[];
  /** the sentence before names an international organisation */
  prevIgo: boolean;
  /** the states of the places (cities) the sentence before names */
  prevVenues: string[];
  /** the index of the sentence before (with participants) */
  prevSentence: number;
  /** where that sentence stands in the text */
  prevSpan: { start: number; end: number } | null;
  /** the last three states a sentence named together (for "the three leaders" further on) */
  trio: string[];
  /** the sets of four states or more that sentences named, as a whole or as one list (for "the five countries" further on) */
  counted: { sentence: number; codes: string[] }[];
}

/** A sentence as the extractor reads it: one or more of the tokenizer's sentences joined (logicalSentences). */
export interface Logical { index: number; start: number; end: number; members: number[] }

/** A visit or call reported in a sentence: what a verbal act that is its purpose takes its roles and status from. */
export interface Meeting { actor: string[]; recipient: string[]; status: EventStatus; end: number; each: boolean }

/** One sentence as its steps see it: its participants (the first steps complete them), their groups, and what its triggers share. */
export interface SentenceState {
  readonly s: Logical;
  readonly text: string;
  readonly parts: Part[];
  /** the participants grouped (set once the participants are complete) */
  groups: Group[];
  /** the first group that is no place and no prepositional object */
  firstSubject: Group | undefined;
  /** the sentence's opening quote and its speaker (in an interview's answers, also whom the speaker addresses) */
  quoted: { end: number; speaker: string[]; partner?: string[] } | null;
  /** the contexts of the sentence, the same for every trigger (computed when first needed) */
  contexts?: string[];
  /** where its finite verbs and its nouns begin (computed when first needed) */
  verbs?: number[];
  nouns?: number[];
  /** how many triggers of the sentence came before this one and were reported */
  rank: number;
  /** a visit or call of this sentence */
  meeting: Meeting | null;
  /** where the request and demand triggers read so far in this sentence end (what follows them may be what they ask for) */
  requests: number[];
  /** where the rejection and denial triggers read so far in this sentence end (a "saying ..." after them gives their reasons) */
  denials: number[];
}

/** A trigger match that is no veto: the match, its rule and the rule's type. */
export interface Act {
  readonly hit: Hit;
  readonly rule: Rule;
  readonly type: PloverType;
}

/** Where a trigger stands in its sentence: the words before it, its first token, and whether it is subordinate. */
export interface ClauseView {
  readonly left: string;
  readonly tok: Token | null;
  readonly subordinate: boolean;
}

export type SentenceStep = (d: DocView, c: Carry, st: SentenceState) => void;
export type RoleStep = (d: DocView, c: Carry, st: SentenceState, a: Act, r: Roleplay) => void;