// Prints the events dyad finds in one article file, with trigger and status (for reading a miss by hand).
// usage: PUB=2024-05-01 node --import tsx scripts/try-file.ts FILE   (PUB: the publication date, optional)
import { readFileSync } from 'node:fs';
import { processArticle } from '../src/pipeline.ts';
import type { EventFact } from '../src/core/types.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: try-file.ts FILE');
const result = processArticle({ id: 'try', source: file, url: null, format: 'text', content: readFileSync(file, 'utf8'), title: null, published: process.env.PUB ?? null, outlet: null });
for (const e of result.extraction.facts.filter((f): f is EventFact => f.kind === 'event')) {
  console.log(`${e.type} ${e.actor.join(',')}>${e.recipient.join(',')} ${e.status} ${e.date ?? ''} [${e.trigger ?? ''}] | ${e.evidence.text.slice(0, 150)}`);
}
