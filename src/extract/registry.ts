// The ordered list of extractors: the only wiring point. Later extractors see earlier facts.
import type { Extractor } from '../core/types.ts';
import { figuresExtractor } from './figures/figures.ts';

export const EXTRACTORS: readonly Extractor[] = [
  figuresExtractor,
];
