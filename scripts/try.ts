// Prints the events dyad finds in each line of stdin (one article per line), for trying a wording by hand.
// usage: echo 'Text ...' | PUB=2024-05-01 node --import tsx scripts/try.ts   (PUB: the publication date, optional)
//        FILE=article.txt node --import tsx scripts/try.ts                    (the whole file as one article, as `extract` reads it)
import { readFileSync } from 'node:fs';
import { processArticle } from '../src/pipeline.ts';
import type { EventFact } from '../src/core/types.ts';

const published = process.env.PUB ?? null;
const file = process.env.FILE;
const lines = file ? [readFileSync(file, 'utf8')] : readFileSync(0, 'utf8').split('\n');
for (const [i, line] of lines.entries()) {
  if (!line.trim()) continue;
  const result = processArticle({ id: `try-${i + 1}`, source: 'stdin', url: null, format: 'text', content: line, title: null, published, outlet: null });
  const events = result.extraction.facts.filter((f): f is EventFact => f.kind === 'event');
  console.log(`${i + 1}: ${events.length ? '' : '-'}`);
  for (const e of events) {
    console.log(`  ${e.type} ${e.actor.join(',')}>${e.recipient.join(',')} ${e.status} ${e.date ?? ''} [${e.trigger ?? ''}] | ${e.evidence.text}`);
  }
}
