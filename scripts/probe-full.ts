// Scores the event extractor on a full probe: lines `EVENTS<TAB>text`, where EVENTS is `NONE` or every
// event of the passage, `TYPE ACTORS>RECIPIENTS` joined by ` | ` (a leading `?` marks an optional event:
// neither required nor a false positive). Events are matched as the reference scorer matches them: by
// type and participant set, the system's events de-duplicated by that key. Prints precision, recall and
// F1 over all lines and how many NONE lines stay clean, so precision on short passages is measured.
// usage: node --import tsx scripts/probe-full.ts bench/probe-full/full-1.tsv [--misses]
import { readFileSync } from 'node:fs';
import { processArticle } from '../src/pipeline.ts';
import type { EventFact } from '../src/core/types.ts';

const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith('--'));
const misses = args.includes('--misses');
if (!files.length) {
  console.error('usage: node --import tsx scripts/probe-full.ts FILE.tsv [--misses]');
  process.exit(2);
}

const keyOf = (type: string, parties: string[]) => `${type.toUpperCase()} ${[...new Set(parties)].sort().join(',')}`;

/** `TYPE A,B>C` → its key; null when the item does not parse. */
function goldKey(item: string): string | null {
  const m = /^([A-Z]+) ([A-Z,]*)>([A-Z,]*)$/.exec(item.trim());
  if (!m) return null;
  return keyOf(m[1]!, [...m[2]!.split(','), ...m[3]!.split(',')].filter(Boolean));
}

for (const file of files) {
  let tp = 0, fp = 0, fn = 0, nNone = 0, noneOk = 0;
  for (const [i, line] of readFileSync(file, 'utf8').split('\n').entries()) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [want, text] = line.split('\t');
    if (!want || text === undefined) { console.error(`${file}:${i + 1}: expected 2 tab-separated fields`); process.exit(2); }
    const required: string[] = [], optional: string[] = [];
    if (want.trim() !== 'NONE') {
      for (const item of want.split('|')) {
        const opt = item.trim().startsWith('?');
        const key = goldKey(item.trim().replace(/^\?/, ''));
        if (!key) { console.error(`${file}:${i + 1}: cannot read the event '${item.trim()}'`); process.exit(2); }
        (opt ? optional : required).push(key);
      }
    }
    const result = processArticle({ id: `full-${i + 1}`, source: file, url: null, format: 'text', content: text, title: null, published: null, outlet: null });
    const events = result.extraction.facts.filter((f): f is EventFact => f.kind === 'event' && f.status !== 'negated' && f.status !== 'hypothetical');
    const got = [...new Set(events.map((e) => keyOf(e.type, [...e.actor, ...e.recipient])))];
    const left = [...got];
    let lineFn = 0;
    for (const g of required) {
      const at = left.indexOf(g);
      if (at >= 0) { left.splice(at, 1); tp++; } else { fn++; lineFn++; }
    }
    const spurious = left.filter((s) => !optional.includes(s));
    fp += spurious.length;
    if (!required.length && !optional.length) { nNone++; if (!got.length) noneOk++; }
    if (misses && (spurious.length || lineFn)) console.log(`${file}:${i + 1}\twant ${want}\tgot ${got.join(' | ') || '-'}\t${text}`);
  }
  const p = tp + fp ? tp / (tp + fp) : 1, r = tp + fn ? tp / (tp + fn) : 1, f = p + r ? (2 * p * r) / (p + r) : 0;
  console.log(`${file}: events P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn}); NONE clean ${noneOk} of ${nNone}`);
}
