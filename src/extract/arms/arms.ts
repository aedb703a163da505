// arms/transfers: weapons systems delivered, ordered, produced under licence or offered between
// states. Systems come from the catalogue (data/arms/catalogue.tsv), from designation shapes with a
// category noun ("the new Xx-123 howitzer") and from category noun phrases in a transfer clause
// ("selling drones, antiaircraft missiles ... to Azerbaijan"). Supplier and recipient come from the
// clause ("from Russia", "to Azerbaijan", the subject of "received"/"sells"), else from the
// document's arms-export figures or its main states.
import { readFileSync } from 'node:fs';
import type { Annotations, ArmsFact, Document, ExtractContext, Fact, FigureFact, Sentence } from '../../core/types.ts';
import { defineExtractor, evidenceOf } from '../../core/types.ts';
import { mainStates, statesIn, type StateRef } from '../states.ts';
import { isHeading, readingUnits } from '../figures/units.ts';

export interface CatalogueEntry {
  readonly designation: string;
  readonly aliases: readonly string[];
  readonly category: string;
  readonly origin: string;
}

const dataUrl = (p: string) => new URL(`../../../data/arms/${p}`, import.meta.url);

export function parseCatalogue(tsv: string): CatalogueEntry[] {
  const out: CatalogueEntry[] = [];
  for (const line of tsv.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [designation, aliases = '', category = '', origin = ''] = line.split('\t').map((c) => c.trim());
    if (designation === 'designation') continue;
    out.push({ designation, aliases: aliases ? aliases.split('|').map((a) => a.trim()).filter(Boolean) : [], category, origin });
  }
  return out;
}

export const CATALOGUE: readonly CatalogueEntry[] = parseCatalogue(readFileSync(dataUrl('catalogue.tsv'), 'utf8'));

interface Categories {
  heads: Record<string, string>;
  weakHeads: Record<string, string>;
  weaponWords: string[];
  exclude: string[];
  standaloneNames: string[];
}
const CAT: Categories = JSON.parse(readFileSync(dataUrl('categories.json'), 'utf8'));

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const flexible = (s: string) => esc(s).replace(/[\s-]+/g, '[\\s-]?');

// catalogue: every designation and alias, longest first; hyphens/spaces optional ("T 90" = "T-90")
const CAT_FORMS: { form: string; entry: CatalogueEntry }[] = [];
for (const e of CATALOGUE) for (const f of [e.designation, ...e.aliases]) CAT_FORMS.push({ form: f, entry: e });
CAT_FORMS.sort((a, b) => b.form.length - a.form.length);
const normForm = (s: string) => s.toLowerCase().replace(/[\s-]+/g, '');
const CAT_BY_FORM = new Map(CAT_FORMS.map((f) => [normForm(f.form), f.entry]));
const CAT_RE = new RegExp(`(?<![\\w-])(?:${CAT_FORMS.map((f) => flexible(f.form)).join('|')})(?![\\w-]*\\d)(?![a-z])`, 'g');
// variant suffixes after a designation: "JF-17 C Block-III", "F-16 Block 70"
const VARIANT_RE = /^(?:\s(?:[A-Z]{1,2}(?![\w-])|Block[-\s]?(?:[IVX]+|\d+)|[IVX]{1,4}(?![\w-])|Mk\.?\s?\d+))+/;

const HEADS = new Map(Object.entries(CAT.heads));
const STANDALONE = new Set(CAT.standaloneNames);
const WEAK = new Map(Object.entries(CAT.weakHeads));
const HEAD_ALT = [...HEADS.keys(), ...WEAK.keys()].sort((a, b) => b.length - a.length).map(flexible).join('|');
// a category phrase right after a designation: "attack helicopters", "towed howitzers"
const CATEGORY_AFTER_RE = new RegExp(`^\\s+(?:(?!(?:and|or|as|with|to|from|of|in|for)\\s)[\\w-]+\\s+){0,3}?(?:${HEAD_ALT})(?![\\w-])(?:\\s*\\((?:[A-Z]{2,6}s?)\\))?`, 'i');
const HEAD_RE = new RegExp(`(?<![\\w-])(?:${HEAD_ALT})(?![\\w-])`, 'g');
const WEAPON_WORD_RE = new RegExp(`(?:^|[\\s-])(?:${CAT.weaponWords.map(esc).join('|')})(?:$|[\\s-])`, 'i');
// designation shape not in the catalogue: letters-digits, needs a category noun after it
const SHAPE_RE = /(?<![\w-])(?:[A-Z][A-Za-z]{0,4}-?\d{1,4}[A-Z]{0,3}\d?|\d[A-Z]\d{1,3}[A-Z]?)(?![\w-])/g;

const RECEIVE_RE = /\b(?:received?|receives|receiving|acquired?|acquires|acquiring|purchased?|purchases|purchasing|purchasers?\s+of|buyers?\s+of|bought|buys?|buying|procured?|procuring|ordered|orders|imported|imports|obtained)\b/i;
const SUPPLY_RE = /\b(?:sold|sells?|selling|supplied|supplies|supply|supplying|supplier\s+of|delivered|delivers?|delivering|exported|exports?|exporting|exporter|transferred|transfers?|provided|provides|providing|handed\s+over|offer(?:s|ed|ing)?(?:\s+to\s+sell)?|to\s+sell)\b/i;
const DEAL_RE = /\b(?:deal|contract|package)\b[^.]{0,60}\b(?:includes?|included|including|comprises?|covers?)\b|\b(?:deal|contract|agreement)\b[^.]{0,40}\bfor\s+(?:the\s+)?(?:supply|delivery|purchase|acquisition|\d+|[A-Z])/i;
const LICENCE_RE = /\blicen[cs]ed?\s+production\b|\bunder\s+(?:a\s+)?licen[cs]e\b|\blicen[cs]e\s+to\s+produce\b/i;
const OFFER_RE = /\b(?:offer(?:s|ed|ing)?|proposed|progress\s+(?:made\s+)?in\s+selling|negotiations?\s+(?:on|over)\s+the\s+sale)\b/i;
const PLAN_RE = /\b(?:interested\s+in\s+(?:buying|acquiring|purchasing|procuring)|plans?\s+to\s+(?:buy|acquire|purchase|procure)|intends?\s+to\s+(?:buy|acquire|purchase)|will\s+(?:buy|acquire|purchase|procure|receive)|is\s+going\s+to\s+(?:buy|acquire)|considering\s+(?:buying|purchasing))\b/i;
const ORDER_RE = /\b(?:ordered|orders?|is\s+selling|are\s+selling|selling|deal|contract|inked|signed|purchase\s+agreement|will\s+(?:supply|deliver))\b/i;

interface Item {
  start: number;
  end: number;
  system: string;
  category: string | null;
  /** a class of weapons ("drones") rather than a designation */
  generic?: boolean;
  /** the catalogue designation it was recognised as */
  entry?: string;
}

const CATEGORY_ENDINGS = [...HEADS, ...WEAK]
  .sort((a, b) => b[0].length - a[0].length)
  .map(([k, v]) => ({ re: new RegExp(`(?:^|[\\s-])${flexible(k.toLowerCase())}$`, 'i'), category: v }));

/** Category of a phrase from its head noun: "attack helicopters" -> "helicopter". */
function categoryOfPhrase(phrase: string): string | null {
  const lower = phrase.toLowerCase();
  for (const c of CATEGORY_ENDINGS) if (c.re.test(lower)) return c.category;
  return null;
}

/** Weapons named in text[s.start, s.end). */
export function findSystems(text: string, s: { start: number; end: number }): Item[] {
  const sent = text.slice(s.start, s.end);
  const items: Item[] = [];
  const taken = (a: number, b: number) => items.some((x) => x.start < b && a < x.end);
  CAT_RE.lastIndex = 0;
  for (const m of sent.matchAll(CAT_RE)) {
    const start = s.start + m.index!;
    let end = start + m[0].length;
    const entry = CAT_BY_FORM.get(normForm(m[0]));
    if (!entry) continue;
    // plain words that are also names ("Grad", "Patriot") must be capitalised and followed by a category or be all caps
    const variant = VARIANT_RE.exec(text.slice(end, s.end));
    const system = text.slice(start, end + (variant ? variant[0].length : 0));
    end += variant ? variant[0].length : 0;
    const cat = CATEGORY_AFTER_RE.exec(text.slice(end, s.end));
    if (!/\d/.test(m[0]) && !/^[A-Z]{2,}/.test(m[0]) && !cat && !/[A-Z].*[A-Z]/.test(m[0])) {
      // a single capitalised word (e.g. "Grad") counts only with a category noun after it
      if (!STANDALONE.has(m[0])) continue;
    }
    if (cat) end += cat[0].length;
    if (taken(start, end)) continue;
    items.push({ start, end, system, category: entry.category || (cat ? categoryOfPhrase(cat[0].trim()) : null), entry: entry.designation });
  }
  SHAPE_RE.lastIndex = 0;
  for (const m of sent.matchAll(SHAPE_RE)) {
    const start = s.start + m.index!;
    let end = start + m[0].length;
    if (taken(start, end) || /^(?:19|20)\d\d$/.test(m[0])) continue;
    const variant = VARIANT_RE.exec(text.slice(end, s.end));
    const system = text.slice(start, end + (variant ? variant[0].length : 0));
    end += variant ? variant[0].length : 0;
    const cat = CATEGORY_AFTER_RE.exec(text.slice(end, s.end));
    if (!cat) continue;
    const category = categoryOfPhrase(cat[0].replace(/\s*\([^)]*\)$/, '').trim());
    if (!category || (WEAK.has(cat[0].trim().split(/\s+/).pop()!.toLowerCase()) && !WEAPON_WORD_RE.test(cat[0]))) continue;
    end += cat[0].length;
    items.push({ start, end, system, category });
  }
  // category noun phrases: "anti-ship missiles", "rocket launcher systems", "drones"
  HEAD_RE.lastIndex = 0;
  for (const m of sent.matchAll(HEAD_RE)) {
    const hStart = s.start + m.index!;
    const hEnd = hStart + m[0].length;
    if (taken(hStart, hEnd)) continue;
    const left = text.slice(s.start, hStart);
    const words = [...left.matchAll(/[A-Za-z][\w-]*|[^\w\s]/g)];
    const mods: string[] = [];
    let mStart = hStart;
    for (let k = words.length - 1; k >= 0 && mods.length < 3; k--) {
      const w = words[k][0];
      if (!/^[a-z][a-z-]+$/.test(w) || STOP_MOD.has(w) || CAT.exclude.includes(w)) break;
      mods.unshift(w);
      mStart = s.start + words[k].index!;
    }
    const phrase = text.slice(mStart, hEnd);
    const head = m[0].toLowerCase();
    const weak = WEAK.has(head);
    if (weak && !WEAPON_WORD_RE.test(mods.join(' '))) continue;
    // words like "aircraft", "planes", "jets", "launchers" are only weapons with a qualifying word
    if (!weak && /^(?:aircraft|planes|jets|launchers|rockets|radars?|missile|helicopter|tank|drone|rifle|vehicle|system)$/.test(head) && mods.length === 0) continue;
    // "tank engines": a following lowercase noun means the head only modifies it
    const next = /^\s+([a-z][a-z-]*)/.exec(text.slice(hEnd, hEnd + 30));
    if (next && !FOLLOWERS.has(next[1])) continue;
    // "missile production", "tank factory": the noun modifies another noun
    if (/^\s+(?:production|industry|exports?|sales?|deals?|market|programs?|programmes?|projects?|factory|plants?|technology|cooperation|exercises?|units?|crews?|pilots?|maintenance)\b/i.test(text.slice(hEnd, hEnd + 30))) continue;
    items.push({ start: mStart, end: hEnd, system: phrase, category: categoryOfPhrase(phrase), generic: true });
  }
  return items.sort((a, b) => a.start - b.start);
}

const FOLLOWERS = new Set([
  'and', 'or', 'from', 'to', 'of', 'for', 'with', 'in', 'on', 'at', 'by', 'as', 'were', 'was', 'are', 'is', 'have', 'has', 'had',
  'that', 'which', 'worth', 'will', 'would', 'been', 'being', 'such', 'including', 'into', 'under', 'among', 'made', 'built',
  'produced', 'delivered', 'supplied', 'purchased', 'bought', 'ordered', 'received', 'sold', 'valued', 'costing', 'also', 'last',
  'this', 'each', 'per', 'equipped', 'armed', 'should', 'could', 'can', 'may', 'might', 'must', 'through', 'via', 'over', 'since',
  'but', 'while', 'after', 'before', 'during', 'until', 'arrived', 'manufactured', 'developed', 'capable', 'able', 'worth',
]);

const STOP_MOD = new Set([
  'the', 'a', 'an', 'and', 'or', 'of', 'to', 'from', 'with', 'by', 'for', 'in', 'on', 'at', 'as', 'its', 'their', 'his', 'her', 'our',
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'be', 'been', 'selling', 'sells', 'sold', 'sell', 'buy', 'buying', 'bought',
  'received', 'receive', 'delivered', 'deliver', 'supplied', 'supply', 'purchased', 'purchase', 'ordered', 'order', 'such', 'including',
  'includes', 'like', 'other', 'some', 'several', 'many', 'more', 'these', 'those', 'this', 'that', 'which', 'new', 'recently', 'also',
  'particularly', 'especially', 'namely', 'acquired', 'acquire', 'providing', 'provide', 'provided', 'exported', 'export', 'exports',
  'against', 'into', 'via', 'than', 'both', 'all', 'any', 'own', 'into', 'no', 'not', 'shot', 'down', 'used', 'using', 'use', 'attack',
]);

interface Parties {
  supplier: string | null;
  recipient: string | null;
}

function partiesFor(
  text: string, s: Sentence, refs: readonly StateRef[], items: readonly Item[], fallback: Parties,
): Parties {
  const sent = text.slice(s.start, s.end);
  const prep = (r: StateRef, re: RegExp) => re.test(text.slice(Math.max(s.start, r.start - 12), r.start));
  const lastItemEnd = items.length ? items[items.length - 1].end : s.start;
  const firstItem = items.length ? items[0].start : s.end;
  let supplier = refs.find((r) => r.start >= firstItem && prep(r, /\bfrom\s+(?:the\s+)?$/i))?.ref ?? null;
  let recipient = refs.find((r) => r.start >= lastItemEnd && prep(r, /\bto\s+(?:the\s+)?$/i))?.ref ?? null;
  // "K-9 patrol boats of Korea": origin
  if (!supplier) supplier = refs.find((r) => items.some((it) => r.start >= it.end && r.start - it.end <= 5) && prep(r, /\bof\s+$/i))?.ref ?? null;
  // "the main arms supplier of Peru", "exporter to Ecuador"
  if (!recipient) {
    recipient = refs.find((r) => /\b(?:supplier|exporter|provider|seller)\s+(?:of\s+(?:arms|weapons|military\s+equipment)\s+)?(?:to|of|for)\s+(?:the\s+)?$/i.test(text.slice(Math.max(s.start, r.start - 45), r.start)))?.ref ?? null;
  }
  // passive: "drones supplied by Turkey"
  if (!supplier) {
    supplier = refs.find((r) => /\b(?:supplied|delivered|sold|provided|exported|transferred|made|manufactured|produced|built)\s+by\s+(?:the\s+)?$/i.test(text.slice(Math.max(s.start, r.start - 30), r.start)))?.ref ?? null;
  }
  // "Israeli Barak-8", "Turkish-made drones": the maker's adjective
  if (!supplier) {
    supplier = refs.find((r) => r.adjective && items.some((it) => it.start >= r.end && /^(?:-made|-built|-produced)?\s{1,2}$/.test(text.slice(r.end, it.start))))?.ref ?? null;
  }
  // "supply Armenia with ...": the verb's object receives
  if (!recipient) {
    recipient = refs.find((r) => !r.adjective && /\b(?:supply|supplied|supplies|supplying|provide|provided|provides|equip|equipped|arm|armed)\s+$/i.test(text.slice(Math.max(s.start, r.start - 12), r.start)) && /^\s+with\b/i.test(text.slice(r.end, r.end + 6)))?.ref ?? null;
  }
  // the subject of the transfer verb
  const recv = RECEIVE_RE.exec(sent);
  const supp = SUPPLY_RE.exec(sent);
  const verbAt = (m: RegExpExecArray | null) => (m ? s.start + m.index : Infinity);
  const useRecv = verbAt(recv) < verbAt(supp);
  const verb = Math.min(verbAt(recv), verbAt(supp));
  const passive = /^(?:supplied|delivered|sold|provided|exported|transferred)\s+by\b/i.test(sent.slice(Math.min(verb, s.end) - s.start));
  const subject = passive ? undefined : refs.find((r) => r.end <= verb && r.ref !== supplier && r.ref !== recipient && !prep(r, /\b(?:from|to|of|in|with|by)\s+(?:the\s+)?$/i));
  if (subject && verb < Infinity) {
    if (useRecv && !recipient) recipient = subject.ref;
    else if (!useRecv && !supplier) supplier = subject.ref;
  }
  // "signed contracts with India for the purchase of ...": the partner is the other side
  const partner = refs.find((r) => prep(r, /\bwith\s+(?:the\s+)?$/i) && r.ref !== supplier && r.ref !== recipient)?.ref ?? null;
  if (partner && (supplier || recipient) && !(supplier && recipient) && /\b(?:deals?|contracts?|agreements?)\b/i.test(sent)) {
    if (supplier) recipient = partner;
    else supplier = partner;
  }
  if (!supplier) supplier = fallback.supplier && fallback.supplier !== recipient ? fallback.supplier : null;
  if (!recipient) recipient = fallback.recipient && fallback.recipient !== supplier ? fallback.recipient : null;
  return { supplier, recipient };
}

function statusFor(text: string, s: Sentence, next: Sentence | null): ArmsFact['status'] {
  const sent = text.slice(s.start, s.end);
  if (LICENCE_RE.test(sent)) return 'licensed_production';
  if (OFFER_RE.test(sent) || (next && /\boffer(?:s|ed|ing)?\s+to\s+sell\b/i.test(text.slice(next.start, next.end)))) return 'offered';
  if (PLAN_RE.test(sent)) return 'planned';
  if (/\b(?:received|delivered|supplied|handed\s+over|has\s+sold|have\s+sold|exporter|exported|transferred|acquired|bought|purchasers\s+of)\b/i.test(sent)) return 'delivered';
  if (ORDER_RE.test(sent) || DEAL_RE.test(sent)) return 'ordered';
  return 'delivered';
}

export function extractArms(doc: Document, ann: Annotations, earlier: readonly Fact[] = []): ArmsFact[] {
  const text = doc.text;
  const main = mainStates(doc, ann);
  const figure = earlier.find((f): f is FigureFact => f.kind === 'figure' && f.metric === 'defense_exports' && !!f.from && !!f.to);
  const out: ArmsFact[] = [];
  const entries: (string | null)[] = [];
  const units = readingUnits(text, ann.sentences);
  let lastParties: Parties | null = null;
  for (let i = 0; i < units.length; i++) {
    const s = units[i];
    if (isHeading(text, s)) continue;
    const sent = text.slice(s.start, s.end);
    const transfer = RECEIVE_RE.test(sent) || SUPPLY_RE.test(sent) || DEAL_RE.test(sent) || LICENCE_RE.test(sent);
    if (!transfer) continue;
    let items = findSystems(text, s);
    // "ready to export its patrol boats to other states": no recipient state for a class of weapons
    if (/\bto\s+(?:a|an|any|other|foreign|third)\s+(?:\w+\s+)?(?:country|countries|nations?|states?|buyers?|customers?)\b/i.test(sent)) {
      items = items.filter((it) => !it.generic);
    }
    if (!items.length) continue;
    const refs = statesIn(doc, ann, s.start, s.end);
    const fallback: Parties = lastParties ??
      (figure ? { supplier: figure.from, recipient: figure.to } : { supplier: main[1] ?? null, recipient: main[0] ?? null });
    const p = partiesFor(text, s, refs, items, DEAL_RE.test(sent) || !refs.length ? fallback : { supplier: null, recipient: null });
    let { supplier, recipient } = p;
    const explicit = !!supplier && !!recipient;
    if (!supplier && !recipient) ({ supplier, recipient } = fallback);
    if (!supplier || !recipient) {
      // one side named: the other is the article's other main state
      if (supplier && !recipient) recipient = fallback.recipient !== supplier ? fallback.recipient : main.find((m) => m !== supplier) ?? null;
      if (recipient && !supplier) supplier = fallback.supplier !== recipient ? fallback.supplier : main.find((m) => m !== recipient) ?? null;
    }
    if (!supplier || !recipient || supplier === recipient) continue;
    lastParties = { supplier, recipient };
    const status = statusFor(text, s, units[i + 1] ?? null);
    for (const it of items) {
      // a class of weapons ("tanks") counts only when the clause itself names both sides, or a deal lists it
      if (it.generic && !explicit && !DEAL_RE.test(sent)) continue;
      // "Israeli drones and Turkish Bayraktar TB2": each system's own maker adjective
      const maker = refs.find((r) => r.adjective && /^(?:-made|-built|-produced)?\s{1,2}$/.test(text.slice(r.end, it.start)))?.ref;
      const itemSupplier = maker && maker !== recipient ? maker : supplier;
      entries.push(it.entry ? `@${it.entry}` : null);
      out.push({
        kind: 'arms',
        system: it.system.replace(/\s+/g, ' ').trim(),
        category: it.category,
        supplier: itemSupplier,
        recipient,
        status,
        evidence: evidenceOf(doc, it.start, it.end),
      });
    }
  }
  // the same system between the same states, named again ("JF-17 C Block-III" ... "JF-17 Thunder jets")
  // (same catalogue entry, or one name containing the other)
  const key = (i: number) => entries[i] ?? out[i].system.toLowerCase().replace(/[^a-z0-9]/g, '');
  const kept: number[] = [];
  for (let i = 0; i < out.length; i++) {
    const k = key(i);
    const dup = kept.some((j) => out[j].supplier === out[i].supplier && out[j].recipient === out[i].recipient && (key(j).includes(k) || k.includes(key(j))));
    if (!dup) kept.push(i);
  }
  return kept.map((i) => out[i]);
}

export const armsExtractor = defineExtractor('arms/transfers', '1', (ctx: ExtractContext): Fact[] =>
  extractArms(ctx.doc, ctx.ann, ctx.earlier),
);
