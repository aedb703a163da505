// State bodies named through their state: "Slovak Economy Ministry", "the Chilean Air Force",
// "the Ministry of Foreign Affairs of Latvia", "Russia's Foreign Ministry" -> org mention with
// ref = ISO3 of the state and the body's sector (data/gazetteers/state-bodies.tsv).
import type { Mention } from '../../core/types.ts';
import { loadStateBodies } from './actors.ts';

const BODIES = loadStateBodies();
const BODY_ALT = BODIES.map((b) => b.phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
// After a state: optional "'s", up to two modifier words ("State Border Service", "Naval Forces").
const AFTER = new RegExp(`^(?:'s)?\\s+((?:\\p{Lu}[\\p{L}-]*\\s+){0,2}?)(${BODY_ALT})\\b`, 'u');
const BEFORE = new RegExp(`(?:\\b(${BODY_ALT}))\\s+of\\s+(?:the\\s+)?(?:Republic\\s+of\\s+)?$`, 'u');
const SECTOR = new Map(BODIES.map((b) => [b.phrase, b.sector]));

export function stateBodyMentions(text: string, states: readonly Mention[], at: (o: number) => number): Mention[] {
  const out: Mention[] = [];
  for (const s of states) {
    if (s.type !== 'country' || !s.ref || s.via === 'venue' || s.via === 'capital') continue;
    const after = AFTER.exec(text.slice(s.end, s.end + 80));
    if (after) {
      const end = s.end + after[0].length;
      out.push(org(text, s.start, end, s.ref, SECTOR.get(after[2]!) ?? 'GOV', at));
      continue;
    }
    const before = BEFORE.exec(text.slice(Math.max(0, s.start - 80), s.start));
    if (before) {
      const start = s.start - before[0].length + before[0].indexOf(before[1]!);
      out.push(org(text, start, s.end, s.ref, SECTOR.get(before[1]!) ?? 'GOV', at));
    }
  }
  return out;
}

function org(text: string, start: number, end: number, ref: string, sector: string, at: (o: number) => number): Mention {
  const t = text.slice(start, end);
  return { type: 'org', start, end, text: t, ref, sector, via: 'body', name: t, sentence: at(start) };
}
