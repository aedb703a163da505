// Mentions of states, organisations and people. (First cut: country names from world-countries.)
import { createRequire } from 'node:module';
import type { Document, Mention, Sentence, Token } from '../core/types.ts';

const require = createRequire(import.meta.url);
const countries: { cca3: string; name: { common: string; official: string } }[] = require('world-countries');

const NAMES = new Map<string, string>();
for (const c of countries) {
  NAMES.set(c.name.common, c.cca3);
  NAMES.set(c.name.official, c.cca3);
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const RE = new RegExp(`\\b(?:${[...NAMES.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})\\b`, 'g');

export function findMentions(doc: Document, sentences: readonly Sentence[], _tokens: readonly Token[]): Mention[] {
  const out: Mention[] = [];
  for (const m of doc.text.matchAll(RE)) {
    const start = m.index!;
    const end = start + m[0].length;
    const sentence = sentences.findIndex((s) => s.start <= start && end <= s.end);
    out.push({ type: 'country', start, end, text: m[0], ref: NAMES.get(m[0])!, via: 'name', sentence });
  }
  return out;
}
