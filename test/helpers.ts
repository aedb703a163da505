// Small helpers for unit tests: load the team-written fixture articles in test/fixtures/articles
// (<slug>.txt + <slug>.facts.json) and turn them into pipeline input.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FigureMetric, PloverType, RawArticle, Span } from '../src/core/types.ts';

export const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'articles');

/** Facts a test may expect from one fixture (gold field names; every `evidence` is in the text). */
export interface ExpectedFacts {
  readonly published?: string | null;
  readonly outlet?: string | null;
  readonly title?: string | null;
  readonly byline?: string | null;
  readonly dateline?: string | null;
  readonly countries?: readonly string[];
  readonly people?: readonly { name: string; country: string | null; role: string | null; evidence: string }[];
  readonly events?: readonly {
    type: PloverType; actor: readonly string[]; recipient: readonly string[]; mode?: string | null;
    date: string | null; status: string; evidence: string;
  }[];
  readonly agreements?: readonly { name: string; parties: readonly string[]; date: string | null; status: string; evidence: string }[];
  readonly figures?: readonly {
    metric: FigureMetric; value: number | null; unit: string | null; period: string | null; countries: readonly string[];
    from: string | null; to: string | null; status: string; change_pct: number | null; evidence: string;
  }[];
  readonly arms?: readonly { system: string; category: string | null; supplier: string | null; recipient: string | null; status: string; evidence: string }[];
}

export interface Fixture {
  readonly slug: string;
  readonly path: string;
  /** the raw article text as stored in <slug>.txt */
  readonly text: string;
  readonly facts: ExpectedFacts;
}

/** Slugs of all fixture articles, sorted. */
export function listFixtures(): string[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
}

/** Reads <slug>.txt and its <slug>.facts.json. */
export function readFixture(slug: string): Fixture {
  const path = join(FIXTURE_DIR, `${slug}.txt`);
  const text = readFileSync(path, 'utf8');
  const facts = JSON.parse(readFileSync(join(FIXTURE_DIR, `${slug}.facts.json`), 'utf8')) as ExpectedFacts;
  return { slug, path, text, facts };
}

/** The fixture as ingest would hand it to clean (a plain-text file). */
export function fixtureArticle(slug: string): RawArticle {
  const f = readFixture(slug);
  return { id: slug, source: f.path, url: null, format: 'text', content: f.text, title: null, published: null, outlet: null };
}

/** The first span of `needle` in `text` (e.g. an expected evidence in a cleaned document), or null. */
export function spanOf(text: string, needle: string): Span | null {
  const start = text.indexOf(needle);
  return start < 0 ? null : { start, end: start + needle.length };
}

/** True when spans a and b share at least one character. */
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
