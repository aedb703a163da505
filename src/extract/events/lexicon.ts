// Loads data/plover/lexicon.json once and compiles its trigger patterns into regular expressions.
// Pattern syntax is documented in the JSON file itself ("syntax").
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PloverType } from '../../core/types.ts';
import { PLOVER_TYPES } from '../../core/types.ts';

export type Roles = 'subject' | 'mutual' | 'from' | 'visit' | 'with' | 'talk';

export interface RuleSpec {
  readonly p: string;
  readonly mode?: string;
  readonly roles?: Roles;
  readonly w?: number;
  readonly status?: string;
  readonly pos?: string;
  readonly needsPerson?: boolean;
  /** the type when no state is named as the actor (a crowd: "thousands protested in Belgrade") */
  readonly crowd?: string;
  /** a pattern that must also match somewhere in the sentence for the rule to apply */
  readonly needs?: string;
  /** a pattern that must NOT match anywhere in the sentence for the rule to apply */
  readonly unless?: string;
  /** the trigger is the act a state is charged with: reported by another state, the event is that state's accusation */
  readonly charge?: boolean;
  /** the trigger must follow a state's demonym right before it, its author ("Japanese aid", "Chinese loans") */
  readonly afterDemonym?: boolean;
  /** a figure the story may give in passing: not coded when every other event of the document is military (see `militaryStory` in events.ts) */
  readonly inPassing?: boolean;
}

export interface LexiconFile {
  readonly classes: Record<string, string[]>;
  readonly types: Record<string, { about?: string; rules: (string | RuleSpec)[] }>;
  readonly vetoes?: { about?: string; rules: string[] };
  readonly contexts: Record<string, string[]>;
  readonly status: { negation: string[]; future: string[]; hypothetical: string[] };
  readonly collectives: string[];
  readonly pronouns: string[];
  /** words of domains whose clashes and wins are no events between states (sport): a sentence with two or more codes none */
  readonly offtopic?: { about?: string; words: string[] };
  /** words that make a supply of a commodity trade, not aid (commodities, words of trade or transport, words of aid or need) */
  readonly trade?: { about?: string; commodities: string[]; trade: string[]; aid: string[] };
}

export interface Rule {
  /** null for a veto: a phrase that suppresses the triggers it covers */
  readonly type: PloverType | null;
  readonly pattern: string;
  readonly re: RegExp;
  readonly mode: string | null;
  readonly roles: Roles;
  readonly w: number;
  readonly status: string | null;
  readonly pos: string | null;
  readonly needsPerson: boolean;
  readonly crowd?: PloverType;
  /** the trigger is the act a state is charged with (RuleSpec.charge) */
  readonly charge?: true;
  /** the trigger must follow a state's demonym (RuleSpec.afterDemonym) */
  readonly afterDemonym?: true;
  /** a figure given in passing (RuleSpec.inPassing) */
  readonly inPassing?: true;
  /** matches somewhere in the sentence when the rule applies ("needs" in the file), or absent */
  readonly needs?: RegExp;
  /**
   * Lower-case strings one of which every match contains (the literal starts of one required
   * slot's alternatives), or null: a sentence with none of them is not searched.
   */
  readonly needles?: readonly string[] | null;
  /**
   * `re` for a sentence of common characters only (see commonText): the same pattern with the letter
   * and digit classes spelled out as ranges of those characters, which compiles many times faster
   * (V8 recompiles a rule's regex after a garbage collection drops its code).
   */
  readonly fast?: RegExp;
  /** `needs` for a sentence of common characters only, like `fast` */
  readonly needsFast?: RegExp;
}

export interface Lexicon {
  readonly rules: readonly Rule[];
  readonly contexts: readonly { name: string; re: RegExp }[];
  readonly negation: RegExp;
  readonly future: RegExp;
  readonly hypothetical: RegExp;
  readonly collectives: RegExp;
  readonly pronouns: RegExp;
  /** words of an unrelated domain (sport); null when the file lists none */
  readonly offtopic: RegExp | null;
  /** the file's "trade" lists, each one case-insensitive test for any of its words; null when the file has none */
  readonly trade: { readonly commodity: RegExp; readonly trade: RegExp; readonly aid: RegExp } | null;
}

/** How a compiled pattern writes letters and digits inside a character class. */
interface Classes { readonly L: string; readonly N: string }
const UNICODE: Classes = { L: '\\p{L}', N: '\\p{N}' };

/**
 * Common characters: Latin letters with their diacritics and combining marks, general punctuation,
 * currency signs (all but a handful of news sentences). In a sentence made of them only, \p{L} and
 * \p{N} match exactly the letters and digits among them, so a rule may use a regex whose classes list
 * those ranges (COMMON_CLASSES): the same matches, for a fraction of the compile time.
 */
const COMMON_BLOCKS: readonly (readonly [number, number])[] = [[0x0000, 0x024f], [0x0300, 0x036f], [0x1e00, 0x1eff], [0x2000, 0x206f], [0x20a0, 0x20cf]];
const hex4 = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
const COMMON_TEXT = new RegExp(`^[${COMMON_BLOCKS.map(([a, b]) => `${hex4(a)}-${hex4(b)}`).join('')}]*$`);
/** Whether a sentence is made of common characters only (so a rule's `fast` regex may run on it). */
export function commonText(text: string): boolean {
  return COMMON_TEXT.test(text);
}

/** The ranges of the common characters that a unicode property class matches (for inside [...]). */
function commonRanges(prop: RegExp): string {
  let out = '';
  for (const [a, b] of COMMON_BLOCKS) {
    let from = -1;
    for (let c = a; c <= b + 1; c++) {
      const inside = c <= b && prop.test(String.fromCharCode(c));
      if (inside && from < 0) from = c;
      if (!inside && from >= 0) { out += from === c - 1 ? hex4(from) : `${hex4(from)}-${hex4(c - 1)}`; from = -1; }
    }
  }
  return out;
}

let commonClasses: Classes | null | undefined;
/**
 * The letter and digit ranges of the common characters, checked once: every class shape the compiler
 * writes must match the same common characters (case-insensitively, as the rules run) with either
 * spelling; null (no fast regexes) if one did not.
 */
function commonClassesChecked(): Classes | null {
  if (commonClasses !== undefined) return commonClasses;
  const fast: Classes = { L: commonRanges(/^\p{L}$/iu), N: commonRanges(/^\p{N}$/iu) };
  const shapes = (k: Classes) => [`[${k.L}${k.N}'’-]`, `[${k.L}${k.N}-]`, `[${k.L}${k.N}]`, `[^${k.L}${k.N}]`].map((x) => new RegExp(`^${x}$`, 'iu'));
  const [slow, quick] = [shapes(UNICODE), shapes(fast)];
  let same = true;
  for (const [a, b] of COMMON_BLOCKS) {
    for (let c = a; c <= b && same; c++) {
      const ch = String.fromCharCode(c);
      for (let i = 0; i < slow.length; i++) if (slow[i]!.test(ch) !== quick[i]!.test(ch)) same = false;
    }
  }
  commonClasses = same ? fast : null;
  return commonClasses;
}

const wordChars = (k: Classes) => `[${k.L}${k.N}'’-]`;
const esc = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** One alternative ("sign*", "road map") as a regex fragment. */
function alt(a: string, k: Classes = UNICODE): string {
  return a.trim().split(/\s+/).map((w) => esc(w).replace(/\*/g, `${wordChars(k)}*`)).join('\\s+');
}

function slot(s: string, classes: Record<string, string[]>, k: Classes): string {
  const alts: string[] = [];
  for (const a of s.split('|')) {
    if (a.startsWith('@')) {
      const cls = classes[a.slice(1)];
      if (!cls) throw new Error(`lexicon: unknown class ${a}`);
      alts.push(...cls.map((x) => alt(x, k)));
    } else if (a) alts.push(alt(a, k));
  }
  return `(?:${alts.sort((x, y) => y.length - x.length).join('|')})`;
}

/** Literal starts of the alternatives of one required slot of a pattern (the most selective), or null. */
export function needlesOf(pattern: string, classes: Record<string, string[]> = {}): string[] | null {
  let best: string[] | null = null;
  let bestLen = 0;
  for (const q of pattern.trim().split(/\s+/)) {
    const p = q.replace(/^\^/, '');
    if (/^\.{2,3}(\d+)?$/.test(p) || (p.endsWith('?') && p.length > 1)) continue;
    const starts: string[] = [];
    for (const a of p.split('|')) {
      const alts = a.startsWith('@') ? classes[a.slice(1)] ?? [] : a ? [a] : [];
      for (const x of alts) starts.push(x.trim().split(/\s+/)[0]!.split('*')[0]!.toLowerCase());
    }
    if (starts.length === 0 || starts.some((x) => !/^[a-z][a-z'’.-]*$/.test(x))) continue;
    const min = Math.min(...starts.map((x) => x.length));
    if (min > bestLen) { best = [...new Set(starts)]; bestLen = min; }
  }
  return bestLen >= 2 ? best : null;
}

/** Lower-cases text for needle search, folding the characters that /iu matches to ASCII letters. */
export function foldText(text: string): string {
  return text.toLowerCase().replace(/\u212a/g, 'k').replace(/\u017f/g, 's').replace(/\u212b/g, '\u00e5');
}

interface NeedleIndex {
  /** the distinct needles of all rules */
  readonly needles: readonly string[];
  /**
   * needle ids by their first two characters, for needles that start with a-z followed by an ASCII
   * character or ’: slot (c0 - 97) * 129 + (c1 < 128 ? c1 : 128) holds 1 + an index into `lists`
   */
  readonly table: Int32Array;
  readonly lists: readonly (readonly number[])[];
  /** the other needles (shorter, or starting otherwise), looked up with includes */
  readonly other: readonly number[];
  /** the rules (indexes) each needle selects */
  readonly rulesOf: readonly (readonly number[])[];
  /** the rules without needles (always searched), in order */
  readonly always: readonly number[];
  /** per needle / per rule: the query (stamp) that last found / selected it */
  readonly seen: Uint32Array;
  readonly picked: Uint32Array;
  stamp: number;
}

const needleIndexes = new WeakMap<readonly Rule[], NeedleIndex>();
const RIGHT_QUOTE = 0x2019;
/** The table slot of two characters, or -1. */
function pairSlot(c0: number, c1: number): number {
  if (c0 < 97 || c0 > 122) return -1;
  if (c1 < 128) return (c0 - 97) * 129 + c1;
  return c1 === RIGHT_QUOTE ? (c0 - 97) * 129 + 128 : -1;
}

function needleIndex(rules: readonly Rule[]): NeedleIndex {
  const ids = new Map<string, number>();
  const rulesOf: number[][] = [];
  rules.forEach((r, i) => {
    for (const n of new Set(r.needles ?? [])) {
      let id = ids.get(n);
      if (id === undefined) { ids.set(n, id = ids.size); rulesOf.push([]); }
      rulesOf[id]!.push(i);
    }
  });
  const needles = [...ids.keys()];
  const table = new Int32Array(26 * 129);
  const lists: number[][] = [];
  const other: number[] = [];
  needles.forEach((n, id) => {
    const at = n.length >= 2 ? pairSlot(n.charCodeAt(0), n.charCodeAt(1)) : -1;
    if (at < 0) { other.push(id); return; }
    if (!table[at]) table[at] = lists.push([]);
    lists[table[at]! - 1]!.push(id);
  });
  return {
    needles, table, lists, other, rulesOf, always: rules.flatMap((r, i) => (r.needles ? [] : [i])),
    seen: new Uint32Array(needles.length), picked: new Uint32Array(rules.length), stamp: 0,
  };
}

/**
 * The rules worth running on a sentence, in lexicon order: those without needles and those one of
 * whose needles occurs in the folded sentence (the same rules as testing `folded.includes(n)` for
 * every needle of every rule, found in one pass over the sentence).
 */
export function candidateRules(rules: readonly Rule[], folded: string): Rule[] {
  let ix = needleIndexes.get(rules);
  if (!ix) needleIndexes.set(rules, ix = needleIndex(rules));
  const stamp = ++ix.stamp;
  const { needles, table, lists, rulesOf, seen, picked } = ix;
  const chosen: number[] = ix.always.slice();
  const found = (id: number) => {
    seen[id] = stamp;
    for (const r of rulesOf[id]!) if (picked[r] !== stamp) { picked[r] = stamp; chosen.push(r); }
  };
  for (const id of ix.other) if (folded.includes(needles[id]!)) found(id);
  for (let i = 0, n = folded.length - 1; i < n; i++) {
    const c0 = folded.charCodeAt(i);
    if (c0 < 97 || c0 > 122) continue;
    const at = pairSlot(c0, folded.charCodeAt(i + 1));
    if (at < 0 || !table[at]) continue;
    for (const id of lists[table[at]! - 1]!) if (seen[id] !== stamp && folded.startsWith(needles[id]!, i)) found(id);
  }
  chosen.sort((a, b) => a - b);
  return chosen.map((r) => rules[r]!);
}

/** A word a gap may pass: not one closing a sentence with a full stop, except a dotted initialism ("U.S.", "U.K."). */
const GAP_WORD = String.raw`(?:[^\s;!?]*[^\s;!?.]|(?:[a-zA-Z]\.){2,})`;

/**
 * Compile a pattern to a regex source matching whole words (case-insensitive, unicode). A slot
 * marked "^" starts the match: the words before it must precede it but are not part of the match
 * ("@TROOPS ...2 ^left": "French troops left Niger" matches "left", and the troops stay the actor).
 */
export function compilePattern(pattern: string, classes: Record<string, string[]> = {}, k: Classes = UNICODE): string {
  const all = pattern.trim().split(/\s+/);
  // ">" after the first slot: the slots from there on must follow, but are not part of the match
  // ("took|dragged >...3 to the? court|tribunal": "took", in "Mexico took Ecuador to the court")
  const gt = all.findIndex((p, i) => i > 0 && p.startsWith('>') && p.length > 1);
  if (gt > 0) {
    const tail = [all[gt]!.slice(1), ...all.slice(gt + 1)];
    const gap = /^\.{2,3}(\d+)?$/.exec(tail[0]!);
    const lead = gap ? `(?:[\\s,]+${GAP_WORD}){0,${gap[1] ? Number(gap[1]) : 4}}?` : '';
    const rest = gap ? tail.slice(1) : tail;
    return `${compilePattern(all.slice(0, gt).join(' '), classes, k)}(?=${lead}[\\s,]+["“‘]?${compileSlots(rest, classes, k)}(?![${k.L}${k.N}]|-[${k.L}${k.N}]))`;
  }
  const at = all.findIndex((p) => p.startsWith('^') && p.length > 1);
  if (at > 0) {
    const before = compileSlots(all.slice(0, at), classes, k);
    return `(?<=(?<![${k.L}${k.N}-])${before}[\\s,]+["“‘]?)${compilePattern([all[at]!.slice(1), ...all.slice(at + 1)].join(' '), classes, k)}`;
  }
  // the last word must end the word: not a prefix of a longer word, nor the first part of a
  // hyphenated compound ("military" is not the noun in "a military-run firm")
  return `(?<![${k.L}${k.N}-])${compileSlots(all, classes, k)}(?![${k.L}${k.N}]|-[${k.L}${k.N}])`;
}

function compileSlots(parts: readonly string[], classes: Record<string, string[]>, k: Classes): string {
  let src = '';
  let first = true;
  for (const p of parts) {
    const gap = /^\.{2,3}(\d+)?$/.exec(p);
    if (gap) {
      const n = gap[1] ? Number(gap[1]) : 4;
      src += `(?:,?\\s+${GAP_WORD}){0,${n}}?`;
      continue;
    }
    const optional = p.endsWith('?') && p.length > 1;
    const body = slot(optional ? p.slice(0, -1) : p, classes, k);
    // (a word after the first may sit in quotation marks: 'called the accusation "absurd"', 'promised a "proportionate" response')
    const sep = first ? '' : '[\\s,]+';
    const word = first ? body : `(?:["“‘]${body}["”’]?|${body})`;
    src += optional ? `(?:${sep}${word})?` : `${sep}${word}`;
    first = false;
  }
  return src;
}

/**
 * A case-insensitive test for any of the words or phrases of a plain word list (the "trade" lists):
 * "word*" is any word starting with "word" (\w*), the words of a phrase are separated by any spaces,
 * and a match stands between \b word boundaries; an empty list matches nothing. No "g" flag: test()
 * keeps no state.
 */
export function wordTest(xs: readonly string[]): RegExp {
  if (!xs.length) return /(?!)/;
  const one = (x: string) => x.trim().split(/\s+/).map((w) => esc(w.replace(/\*$/, '')).replace(/\*/g, '\\*') + (w.endsWith('*') ? '\\w*' : '')).join('\\s+');
  return new RegExp(`\\b(?:${xs.map(one).join('|')})\\b`, 'i');
}

const words = (xs: readonly string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${xs.map((x) => alt(x)).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}])`, 'giu');

function known(t: string): PloverType {
  if (!PLOVER_TYPES.includes(t as PloverType)) throw new Error(`lexicon: unknown PLOVER type ${t}`);
  return t as PloverType;
}

/** The sentence test of a rule: its "needs" must match somewhere and its "unless" nowhere (tested from the start). */
function sentenceTest(o: RuleSpec, classes: Record<string, string[]>, k: Classes = UNICODE): string {
  if (!o.unless) return compilePattern(o.needs!, classes, k);
  const not = `^(?![\\s\\S]*?${compilePattern(o.unless, classes, k)})`;
  return o.needs ? `${not}(?=[\\s\\S]*?${compilePattern(o.needs, classes, k)})` : not;
}

/** Determiners: one listed in a slot beside other words began a multi-word alternative ("consequences|a response"). */
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'such', 'some', 'any', 'every', 'each', "*'s", '*’s']);
/** Adverb particles: one listed beside a word other than these or a preposition ended a multi-word alternative ("give up|abandon"). */
const PARTICLES = new Set(['up', 'down', 'out', 'off', 'back', 'aside', 'away']);
const BESIDE_PARTICLES = new Set([...PARTICLES, 'over', 'on', 'in', 'into', 'onto', 'through', 'around', 'along', 'about', 'across', 'by', 'near', 'close', 'under', 'behind', 'forward', 'forwards', 'ahead', 'apart', 'together', 'again']);

/**
 * Authoring mistakes the compiler cannot see in a pattern: a slot holds single words, so a
 * multi-word alternative written inside a list ("without consequences|a response|an answer",
 * "to give up|abandon") silently becomes two slots, and the pattern then asks for both words
 * ("without a response answer", "to give abandon"). Two signs give it away: a slot that lists a
 * determiner (a, an, the, its...) beside other words, and a slot that lists an adverb particle (up,
 * down, out, off, back, aside, away) beside a word that is no particle or preposition. Two slots of
 * alternatives in a row are no mistake ("police|policemen|detectives officers|officials|agents?"),
 * nor is a particle after a list of verbs ("pull*|pulled out|back"). A slot that means to mix them
 * lists its words in a class (@NAME), which is not checked. Also reported: an empty alternative
 * ("a||b", "a|") and a "^" or ">" on the first slot. Returns the problems found (none: []).
 */
export function lintPattern(pattern: string): string[] {
  const out: string[] = [];
  const tokens = pattern.trim().split(/\s+/);
  // "^" and ">" mark a slot after the first: on the first they are read as a literal character
  if (/^[>^]./.test(tokens[0]!)) out.push(`the first slot "${tokens[0]}" carries "${tokens[0]![0]}", which only marks a later slot: here it is a literal character and the pattern never matches`);
  // (the rule index reads the first slot's words as what a sentence must contain: an optional first slot makes the rule miss every sentence without it)
  if (/\?$/.test(tokens[0]!)) out.push(`the first slot "${tokens[0]}" is optional: the rule is only tried on sentences holding one of its words (start the pattern with the next slot)`);
  for (const token of tokens) {
    if (/^[>^]?\|/.test(token) || /\|\??$/.test(token) || token.includes('||')) out.push(`the slot "${token}" has an empty alternative`);
    const p = token.replace(/^[>^]/, '').replace(/\?$/, '');
    if (/^\.{2,3}(\d+)?$/.test(p) || !p.includes('|')) continue;
    const alts = p.split('|').filter(Boolean).map((a) => a.toLowerCase());
    // ("that" is a determiner or a conjunction: it counts for neither side)
    const words = alts.filter((a) => a !== 'that');
    const dets = words.filter((a) => DETERMINERS.has(a));
    if (dets.length && dets.length < words.length) {
      out.push(`the slot "${token}" lists the determiner "${dets[0]}" beside other words: a slot holds single words, so "${dets[0]} ..." is split into two slots (give the determiner a slot of its own, "a|an? response", or the phrase a rule or class of its own)`);
    }
    const particle = alts.find((a) => PARTICLES.has(a));
    const other = alts.find((a) => !BESIDE_PARTICLES.has(a));
    if (particle && other) {
      out.push(`the slot "${token}" lists the particle "${particle}" beside "${other}": a slot holds single words, so "... ${particle}" is split into two slots (give the phrase a rule or class of its own)`);
    }
  }
  return out;
}

/** lintPattern over every pattern of a lexicon file (rules, their needs and unless, vetoes), with the rule's text. */
export function lintLexicon(file: LexiconFile): string[] {
  const out: string[] = [];
  const check = (where: string, p: string | undefined) => {
    if (p) for (const problem of lintPattern(p)) out.push(`lexicon: ${where} "${p}": ${problem}`);
  };
  for (const [type, spec] of Object.entries(file.types)) {
    for (const r of spec.rules) {
      const o: RuleSpec = typeof r === 'string' ? { p: r } : r;
      check(`${type} rule`, o.p);
      check(`${type} rule "${o.p}", needs`, o.needs);
      check(`${type} rule "${o.p}", unless`, o.unless);
    }
  }
  for (const p of file.vetoes?.rules ?? []) check('veto', p);
  return out;
}

export function compileLexicon(file: LexiconFile): Lexicon {
  const problems = lintLexicon(file);
  if (problems.length) throw new Error(problems.join('\n'));
  const rules: Rule[] = [];
  const common = commonClassesChecked();
  // rules that share a sentence test share its regex (it has no "g" flag, so no state)
  const tests = new Map<string, RegExp>();
  const test = (src: string) => { let re = tests.get(src); if (!re) tests.set(src, re = new RegExp(src, 'iu')); return re; };
  const fast = (p: string) => (common ? { fast: new RegExp(compilePattern(p, file.classes, common), 'giu') } : {});
  for (const [type, spec] of Object.entries(file.types)) {
    if (!PLOVER_TYPES.includes(type as PloverType)) throw new Error(`lexicon: unknown PLOVER type ${type}`);
    for (const r of spec.rules) {
      const o: RuleSpec = typeof r === 'string' ? { p: r } : r;
      rules.push({
        type: type as PloverType,
        pattern: o.p,
        re: new RegExp(compilePattern(o.p, file.classes), 'giu'),
        mode: o.mode ?? null,
        roles: o.roles ?? 'subject',
        w: o.w ?? 0.6,
        status: o.status ?? null,
        pos: o.pos ?? null,
        needsPerson: o.needsPerson ?? false,
        ...(o.crowd ? { crowd: known(o.crowd) } : {}),
        ...(o.charge ? { charge: true as const } : {}),
        ...(o.afterDemonym ? { afterDemonym: true as const } : {}),
        ...(o.inPassing ? { inPassing: true as const } : {}),
        ...(o.needs || o.unless ? { needs: test(sentenceTest(o, file.classes)), ...(common ? { needsFast: test(sentenceTest(o, file.classes, common)) } : {}) } : {}),
        needles: needlesOf(o.p, file.classes),
        ...fast(o.p),
      });
    }
  }
  for (const p of file.vetoes?.rules ?? []) {
    rules.push({ type: null, pattern: p, re: new RegExp(compilePattern(p, file.classes), 'giu'), mode: null, roles: 'subject', w: 1, status: null, pos: null, needsPerson: false, needles: needlesOf(p, file.classes), ...fast(p) });
  }
  return {
    rules,
    contexts: Object.entries(file.contexts).map(([name, ws]) => ({ name, re: words(ws) })),
    negation: words(file.status.negation),
    future: words(file.status.future),
    hypothetical: words(file.status.hypothetical),
    collectives: words(file.collectives),
    pronouns: words(file.pronouns),
    offtopic: file.offtopic?.words.length ? words(file.offtopic.words) : null,
    trade: file.trade ? { commodity: wordTest(file.trade.commodities), trade: wordTest(file.trade.trade), aid: wordTest(file.trade.aid) } : null,
  };
}

export const LEXICON_PATH = fileURLToPath(new URL('../../../data/plover/lexicon.json', import.meta.url));

let cached: Lexicon | null = null;
/** The lexicon from data/plover/lexicon.json, compiled on first use. */
export function lexicon(): Lexicon {
  if (!cached) cached = compileLexicon(JSON.parse(readFileSync(LEXICON_PATH, 'utf8')) as LexiconFile);
  return cached;
}
