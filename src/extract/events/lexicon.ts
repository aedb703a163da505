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
}

export interface LexiconFile {
  readonly classes: Record<string, string[]>;
  readonly types: Record<string, { about?: string; rules: (string | RuleSpec)[] }>;
  readonly vetoes?: { about?: string; rules: string[] };
  readonly contexts: Record<string, string[]>;
  readonly status: { negation: string[]; future: string[]; hypothetical: string[] };
  readonly collectives: string[];
  readonly pronouns: string[];
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
  /** matches somewhere in the sentence when the rule applies ("needs" in the file), or absent */
  readonly needs?: RegExp;
  /**
   * Lower-case strings one of which every match contains (the literal starts of one required
   * slot's alternatives), or null: a sentence with none of them is not searched.
   */
  readonly needles?: readonly string[] | null;
}

export interface Lexicon {
  readonly rules: readonly Rule[];
  readonly contexts: readonly { name: string; re: RegExp }[];
  readonly negation: RegExp;
  readonly future: RegExp;
  readonly hypothetical: RegExp;
  readonly collectives: RegExp;
  readonly pronouns: RegExp;
}

const WORD_CHARS = "[\\p{L}\\p{N}'’-]";
const esc = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** One alternative ("sign*", "road map") as a regex fragment. */
function alt(a: string): string {
  return a.trim().split(/\s+/).map((w) => esc(w).replace(/\*/g, `${WORD_CHARS}*`)).join('\\s+');
}

function slot(s: string, classes: Record<string, string[]>): string {
  const alts: string[] = [];
  for (const a of s.split('|')) {
    if (a.startsWith('@')) {
      const cls = classes[a.slice(1)];
      if (!cls) throw new Error(`lexicon: unknown class ${a}`);
      alts.push(...cls.map(alt));
    } else if (a) alts.push(alt(a));
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

/**
 * Compile a pattern to a regex source matching whole words (case-insensitive, unicode). A slot
 * marked "^" starts the match: the words before it must precede it but are not part of the match
 * ("@TROOPS ...2 ^left": "French troops left Niger" matches "left", and the troops stay the actor).
 */
export function compilePattern(pattern: string, classes: Record<string, string[]> = {}): string {
  const all = pattern.trim().split(/\s+/);
  // ">" after the first slot: the slots from there on must follow, but are not part of the match
  // ("took|dragged >...3 to the? court|tribunal": "took", in "Mexico took Ecuador to the court")
  const gt = all.findIndex((p, i) => i > 0 && p.startsWith('>') && p.length > 1);
  if (gt > 0) {
    const tail = [all[gt]!.slice(1), ...all.slice(gt + 1)];
    const gap = /^\.{2,3}(\d+)?$/.exec(tail[0]!);
    const lead = gap ? `(?:[\\s,]+[^\\s;!?]*[^\\s;!?.]){0,${gap[1] ? Number(gap[1]) : 4}}?` : '';
    const rest = gap ? tail.slice(1) : tail;
    return `${compilePattern(all.slice(0, gt).join(' '), classes)}(?=${lead}[\\s,]+["“‘]?${compileSlots(rest, classes)}(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}]))`;
  }
  const at = all.findIndex((p) => p.startsWith('^') && p.length > 1);
  if (at > 0) {
    const before = compileSlots(all.slice(0, at), classes);
    return `(?<=(?<![\\p{L}\\p{N}-])${before}[\\s,]+["“‘]?)${compilePattern([all[at]!.slice(1), ...all.slice(at + 1)].join(' '), classes)}`;
  }
  // the last word must end the word: not a prefix of a longer word, nor the first part of a
  // hyphenated compound ("military" is not the noun in "a military-run firm")
  return `(?<![\\p{L}\\p{N}-])${compileSlots(all, classes)}(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])`;
}

function compileSlots(parts: readonly string[], classes: Record<string, string[]>): string {
  let src = '';
  let first = true;
  for (const p of parts) {
    const gap = /^\.{2,3}(\d+)?$/.exec(p);
    if (gap) {
      const n = gap[1] ? Number(gap[1]) : 4;
      src += `(?:,?\\s+[^\\s;!?]*[^\\s;!?.]){0,${n}}?`;
      continue;
    }
    const optional = p.endsWith('?') && p.length > 1;
    const body = slot(optional ? p.slice(0, -1) : p, classes);
    // (a word may sit in quotation marks: 'called the accusation "absurd"')
    const sep = first ? '' : '[\\s,]+["“‘]?';
    src += optional ? `(?:${sep}${body})?` : `${sep}${body}`;
    first = false;
  }
  return src;
}

const words = (xs: readonly string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${xs.map(alt).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}])`, 'giu');

function known(t: string): PloverType {
  if (!PLOVER_TYPES.includes(t as PloverType)) throw new Error(`lexicon: unknown PLOVER type ${t}`);
  return t as PloverType;
}

/** The sentence test of a rule: its "needs" must match somewhere and its "unless" nowhere (tested from the start). */
function sentenceTest(o: RuleSpec, classes: Record<string, string[]>): RegExp {
  if (!o.unless) return new RegExp(compilePattern(o.needs!, classes), 'iu');
  const not = `^(?![\\s\\S]*?${compilePattern(o.unless, classes)})`;
  return new RegExp(o.needs ? `${not}(?=[\\s\\S]*?${compilePattern(o.needs, classes)})` : not, 'iu');
}

export function compileLexicon(file: LexiconFile): Lexicon {
  const rules: Rule[] = [];
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
        ...(o.needs || o.unless ? { needs: sentenceTest(o, file.classes) } : {}),
        needles: needlesOf(o.p, file.classes),
      });
    }
  }
  for (const p of file.vetoes?.rules ?? []) {
    rules.push({ type: null, pattern: p, re: new RegExp(compilePattern(p, file.classes), 'giu'), mode: null, roles: 'subject', w: 1, status: null, pos: null, needsPerson: false, needles: needlesOf(p, file.classes) });
  }
  return {
    rules,
    contexts: Object.entries(file.contexts).map(([name, ws]) => ({ name, re: words(ws) })),
    negation: words(file.status.negation),
    future: words(file.status.future),
    hypothetical: words(file.status.hypothetical),
    collectives: words(file.collectives),
    pronouns: words(file.pronouns),
  };
}

export const LEXICON_PATH = fileURLToPath(new URL('../../../data/plover/lexicon.json', import.meta.url));

let cached: Lexicon | null = null;
/** The lexicon from data/plover/lexicon.json, compiled on first use. */
export function lexicon(): Lexicon {
  if (!cached) cached = compileLexicon(JSON.parse(readFileSync(LEXICON_PATH, 'utf8')) as LexiconFile);
  return cached;
}
