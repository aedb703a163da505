// The ordered list of extractors: the only wiring point. Later extractors see earlier facts.
import type { Extractor } from '../core/types.ts';
import { peopleTitled } from './people/titled.ts';
import { eventsExtractor } from './events/events.ts';
import { figuresExtractor } from './figures/figures.ts';
import { agreementsExtractor } from './agreements/agreements.ts';
import { armsExtractor } from './arms/arms.ts';
import { treatySupport } from './events/treaties.ts';

export const EXTRACTORS: readonly Extractor[] = [
  peopleTitled,
  eventsExtractor,
  figuresExtractor,
  agreementsExtractor,
  treatySupport,
  armsExtractor,
];
