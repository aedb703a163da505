// A state named by a description instead of its name: "Israel supplies the kingdom with water",
// "China will build a port on the island", "Lima will send more aid to the country". A description
// in the object of a verb or a preposition stands for the state most recently named before its
// sentence that it can describe (data/gazetteers/state-descriptions.tsv: any state for "the
// country", a monarchy for "the kingdom", an island state for "the island nation").
import { join } from 'node:path';
import type { Token } from '../../core/types.ts';
import { GAZETTEER_DIR, readRows } from '../../nlp/gazetteers/load.ts';
import type { Part } from './actors.ts';

interface Kind { readonly heads: readonly string[]; readonly states: ReadonlySet<string> | null }

let kinds: Kind[] | null = null;
let pattern: RegExp | null = null;

function load(): { kinds: Kind[]; pattern: RegExp } {
  if (!kinds || !pattern) {
    kinds = readRows(join(GAZETTEER_DIR, 'state-descriptions.tsv')).map(([heads, codes]) => ({
      heads: heads!.split('|').map((h) => h.trim().toLowerCase()),
      states: codes === '*' ? null : new Set(codes!.split(/\s+/)),
    }));
    const heads = kinds.flatMap((k) => k.heads).sort((a, b) => b.length - a.length).map((h) => h.replace(/\s+/g, '\\s+'));
    // "the kingdom", "the war-torn country", "the small Gulf emirate", "this island nation", "cut the country's share" (not "the nation of", but "accused the junta of hiding")
    pattern = new RegExp(String.raw`\b(?:the|this)\s+((?:[\p{L}-]+\s+){0,3}?)(${heads.join('|')})\b(?!\s+of\b(?!\s+\p{L}+ing\b)|-)`, 'giu');
  }
  return { kinds, pattern };
}

/** Where the description names a place of motion or a domestic scope, not a participant: "leave the country", "across the nation". */
const NOT_PARTICIPANT = /\b(?:leave|leaves|left|leaving|quit|flee|fled|fleeing|enter|enters|entered|entering|return|returns|returned|returning|across|throughout|around|in|inside|within|outside|address|addressed|addresses|addressing|all over|rest of)\s+$/i;
/** A word before the head that makes it no description of a state: "the other country", "the host nation". */
const NOT_STATE = /\b(?:other|host|home|neighbouring|neighboring|member|partner|third|first|second|each|every|whole|entire|same|donor|transit|rest)\b/i;

/** Parts of speech before a subject: punctuation, conjunctions, pronouns ("that"). */
const SUBJECT_BEFORE = new Set(['PUNCT', 'CCONJ', 'SCONJ', 'PRON', 'SYM']);

function tokenBefore(tokens: readonly Token[], offset: number): Token | null {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (tokens[mid]!.end <= offset) lo = mid + 1; else hi = mid; }
  return lo > 0 ? tokens[lo - 1]! : null;
}

/** A thing of a state after its demonym: "(the Saudi) decision", "(a Chinese) proposal". */
const THING_AFTER = /^\s+(?:decision|decisions|move|moves|step|statement|announcement|proposal|plan|offer|measure|measures|ban|embargo|position|stance|response|reaction|demand|request|ruling|order|policy|initiative|bid|invitation)\b/i;

/** A state named after an article for a thing of its, not for its people or government: "the Saudi decision", "a Saudi statement". */
function attributive(text: string, p: Part): boolean {
  return /\b(?:the|a|an)\s+$/i.test(text.slice(Math.max(0, p.start - 5), p.start)) && THING_AFTER.test(text.slice(p.end, p.end + 30));
}

/** The nouns an organisation is described by only when its name has them: a fund, a bank. */
const NAMED_KIND = /^(?:fund|bank)$/;

/** Whether an organisation, named as written, can be "the <head>": its name has the noun, or it is named by its initials ("the IMF"). */
function namedAs(written: string, head: string): boolean {
  return !NAMED_KIND.test(head) || new RegExp(String.raw`\b${head}\b`, 'i').test(written) || /^(?:\p{Lu}\.?){3,}$/u.test(written);
}

/**
 * Synthetic participants for the descriptions in [start, end) of `text` that are the object of a
 * verb or a preposition. `parts` are the document's participants (in order): a description stands
 * for the latest state named before it that it can describe, other than the states its sentence
 * names before it (those act on it).
 */
export function describedStates(text: string, start: number, end: number, parts: readonly Part[], tokens: readonly Token[]): Part[] {
  const { kinds: ks, pattern: re } = load();
  const out: Part[] = [];
  re.lastIndex = 0;
  for (const m of text.slice(start, end).matchAll(re)) {
    const at = start + m.index!;
    const to = at + m[0].length;
    // (the states its sentence names before it act on it: "Lima will send more aid to the country")
    // (not a state named only attributively, for a thing of its: "regretted the Saudi decision and called on the kingdom to reconsider")
    const inSentence = new Set(parts.filter((p) => p.start >= start && p.end <= at && !attributive(text, p)).flatMap((p) => p.codes));
    if (parts.some((p) => p.start < to && at < p.end)) continue; // "the Jordanian kingdom" names its state
    if (NOT_STATE.test(m[1]!) || /\p{Lu}{2,}|\d/u.test(m[1]!)) continue;
    const left = text.slice(Math.max(start, at - 30), at);
    if (NOT_PARTICIPANT.test(left)) continue;
    const before = tokenBefore(tokens, at);
    // (a subject is left to the pronoun reading: "..., and the kingdom will", "said the country would")
    if (!before || before.start < start || SUBJECT_BEFORE.has(before.pos) || /\b(?:said|says|say|that|and|but|while|as|because|if|when)\s+$/i.test(left)) continue;
    const head = m[2]!.toLowerCase().replace(/\s+/g, ' ');
    const kind = ks.find((k) => k.heads.includes(head));
    if (!kind) continue;
    let code: string | null = null;
    for (let i = parts.length - 1; i >= 0 && code === null; i--) {
      const p = parts[i]!;
      if (p.end > start || p.venue) continue; // (a city named as a place is no antecedent: "signed in New York")
      // (an organisation only for the nouns that name one: "the union", "the alliance", "the bank")
      // (a fund or a bank only for one so named: "the League backed the plan ... contribute to the fund for rebuilding Gaza")
      for (const c of p.codes) if ((c === 'IGO' ? kind.states?.has('IGO') === true && namedAs(text.slice(p.start, p.end), head) : !inSentence.has(c) && (!kind.states || kind.states.has(c)))) { code = c; break; }
    }
    // ("Saudi Arabia expelled Lebanon's envoy ... Bahrain followed ... Mikati called on the kingdom to reconsider": a description
    // only a few states fit stands for the one the story names most so far, the latest of those on a tie)
    if (code && code !== 'IGO' && kind.states) {
      const count = new Map<string, number>();
      for (const p of parts) if (p.end <= start) for (const c of p.codes) if (kind.states.has(c) && !inSentence.has(c)) count.set(c, (count.get(c) ?? 0) + 1);
      for (const [c, n] of count) if (n > count.get(code)!) code = c;
    }
    if (code) out.push({ start: at, end: to, codes: [code], venue: false, person: false, kind: 'pronoun', via: 'description' });
  }
  return out;
}
