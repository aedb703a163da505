// Scores the event extractor on a probe file: lines `TYPE<TAB>ACTORS<TAB>RECIPIENTS<TAB>text`, where the
// expected event is the one of the text's last sentence (TYPE NONE: no event at all). Prints how many
// expected events come out with the right type, and with the right type and participant set (the
// key the reference scorer matches on), per type, and how many NONE lines stay clean. Only the events
// the extract record lists as `events` count (negated and hypothetical acts go to unrealized_events).
// usage: node --import tsx scripts/probe.ts bench/probe/probe-1.tsv [--misses]
import { readFileSync } from 'node:fs';
import { processArticle } from '../src/pipeline.ts';
import type { EventFact } from '../src/core/types.ts';

const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith('--'));
const misses = args.includes('--misses');
if (!files.length) {
  console.error('usage: node --import tsx scripts/probe.ts FILE.tsv [--misses]');
  process.exit(2);
}
for (const file of files) {
  let n = 0, typeOk = 0, keyOk = 0, nNone = 0, noneOk = 0;
  const byType = new Map<string, [number, number, number]>();
  for (const [i, line] of readFileSync(file, 'utf8').split('\n').entries()) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [want, actors, recipients, text] = line.split('\t');
    if (!want || text === undefined) { console.error(`${file}:${i + 1}: expected 4 tab-separated fields`); process.exit(2); }
    const result = processArticle({ id: `probe-${i + 1}`, source: file, url: null, format: 'text', content: text, title: null, published: null, outlet: null });
    // (as the extract record lists them: negated and hypothetical acts are kept apart, in unrealized_events)
    const events = result.extraction.facts.filter((f): f is EventFact => f.kind === 'event' && f.status !== 'negated' && f.status !== 'hypothetical');
    const shown = events.map((e) => `${e.type} ${e.actor.join(',')}>${e.recipient.join(',')}`).join('; ') || '-';
    if (want === 'NONE') {
      nNone++;
      if (events.length === 0) noneOk++;
      else if (misses) console.log(`${file}:${i + 1}\tNONE\t${shown}\t${text}`);
      continue;
    }
    n++;
    const parts = [...new Set([...actors!.split(','), ...recipients!.split(',')].filter(Boolean))].sort().join(',');
    const typed = events.filter((e) => e.type === want);
    const keyed = typed.some((e) => [...new Set([...e.actor, ...e.recipient])].sort().join(',') === parts);
    const row = byType.get(want) ?? [0, 0, 0];
    row[0]++;
    if (typed.length) { typeOk++; row[1]++; }
    if (keyed) { keyOk++; row[2]++; }
    byType.set(want, row);
    if (!keyed && misses) console.log(`${file}:${i + 1}\t${want} ${actors}>${recipients}\t${shown}\t${text}`);
  }
  const r = (x: number, d: number) => (d ? x / d : 1).toFixed(3);
  console.log(`${file}: events ${n}, type right ${typeOk} (${r(typeOk, n)}), type and participants right ${keyOk} (${r(keyOk, n)}); NONE clean ${noneOk} of ${nNone}`);
  for (const [t, [c, ty, k]] of [...byType.entries()].sort()) console.log(`  ${t.padEnd(10)} n ${String(c).padStart(3)}  type ${r(ty, c)}  key ${r(k, c)}`);
}
