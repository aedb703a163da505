// Runs the registered extractors over one annotated document.
import type { Annotations, Document, Extraction, Extractor, Fact } from '../core/types.ts';
import { EXTRACTORS } from './registry.ts';
import { actingCountries } from './countries.ts';

export function extractFacts(doc: Document, ann: Annotations, list: readonly Extractor[] = EXTRACTORS): Extraction {
  const facts: Fact[] = [];
  for (const x of list) {
    let found: Fact[] = [];
    try {
      found = x.extract({ doc, ann, earlier: facts });
    } catch (err) {
      // Extractors must not throw on odd text; if one does, keep the others' results.
      process.emitWarning(`${doc.id}: extractor ${x.name} failed: ${(err as Error).message}`);
      continue;
    }
    for (const f of found) facts.push({ ...f, extractor: f.extractor ?? x.name });
  }
  return { countries: actingCountries(doc, ann, facts), facts };
}

/** Version string of the whole extractor list, recorded on stored facts. */
export function extractorVersion(list: readonly Extractor[] = EXTRACTORS): string {
  return list.map((x) => `${x.name}@${x.version}`).join(',') || 'none';
}
