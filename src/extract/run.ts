// Runs the registered extractors over one annotated document.
import type { Annotations, Document, Extraction, ExtractOptions, Extractor, Fact } from '../core/types.ts';
import { EXTRACTORS } from './registry.ts';
import { actingCountries } from './countries.ts';
import { ploverVersions } from './events/ontology.ts';

export function extractFacts(doc: Document, ann: Annotations, options: ExtractOptions = {}, list: readonly Extractor[] = EXTRACTORS): Extraction {
  const facts: Fact[] = [];
  for (const x of list) {
    let found: Fact[] = [];
    try {
      found = x.extract({ doc, ann, earlier: facts, options });
    } catch (err) {
      // Extractors must not throw on odd text; if one does, keep the others' results.
      process.emitWarning(`${doc.id}: extractor ${x.name} failed: ${(err as Error).message}`);
      continue;
    }
    for (const f of found) facts.push({ ...f, extractor: f.extractor ?? x.name });
  }
  return { countries: actingCountries(doc, ann, facts), facts };
}

/** Version string of the whole extractor list (and a PLOVER version other than the default), recorded on stored facts. */
export function extractorVersion(list: readonly Extractor[] = EXTRACTORS, options: ExtractOptions = {}): string {
  const v = list.map((x) => `${x.name}@${x.version}`).join(',') || 'none';
  return options.plover && options.plover !== ploverVersions().default ? `${v};plover=${options.plover}` : v;
}
