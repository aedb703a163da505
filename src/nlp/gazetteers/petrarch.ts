// Reads PETRARCH / Phoenix actor dictionaries and turns them into rows of the user gazetteer.
//   VLADIMIR_PUTIN_                 an actor: the name with underscores for spaces
//   +PUTIN                          a synonym
//   [RUSGOV 20000507-20080507]      a code, valid between two dates
//   [RUSGOV >20120507]              ... from a date; [RUSGOV <19991231] until a date; [RUSGOV] always
//   RUSSIA_ [RUS]                   a state: a name and a bare three-letter code on one line
// '#' starts a comment. Person rows become officials (name, variants, country, role, from, to).

export interface DictPerson {
  readonly kind: 'person';
  readonly name: string;
  readonly variants: readonly string[];
  readonly country: string;
  readonly sector: string;
  readonly from: string | null;
  readonly to: string | null;
}
export interface DictCountry { readonly kind: 'country'; readonly code: string; readonly name: string }
export type DictEntry = DictPerson | DictCountry;

const SMALL = new Set(['of', 'the', 'and', 'for', 'de', 'bin', 'al', 'van', 'von']);

/** "VLADIMIR_PUTIN_" -> "Vladimir Putin"; "UNITED_STATES_OF_AMERICA_" -> "United States of America". */
export function dictName(raw: string): string {
  return raw.replace(/_+$/, '').split('_').filter(Boolean).map((w, i) => {
    const low = w.toLowerCase();
    if (i > 0 && SMALL.has(low)) return low;
    return low.replace(/(^|[-'])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
  }).join(' ');
}

const ymd = (s: string) => `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;

/** Parse one code bracket's content: "RUSGOV 20000507-20080507" -> code and date limits. */
function parseCode(body: string): { code: string; from: string | null; to: string | null } | null {
  const m = /^([A-Z]{3,})\s*(?:([<>])?(\d{8})(?:-(\d{8}))?)?$/.exec(body.trim());
  if (!m) return null;
  const [, code, op, d1, d2] = m;
  if (!d1) return { code: code!, from: null, to: null };
  if (d2) return { code: code!, from: ymd(d1), to: ymd(d2) };
  return op === '<' ? { code: code!, from: null, to: ymd(d1) } : { code: code!, from: ymd(d1), to: null };
}

export function parsePetrarch(text: string): DictEntry[] {
  const out: DictEntry[] = [];
  let current: { name: string; variants: string[]; codes: ReturnType<typeof parseCode>[] } | null = null;
  const flush = () => {
    if (!current) return;
    for (const c of current.codes) {
      if (!c) continue;
      out.push({ kind: 'person', name: current.name, variants: current.variants, country: c.code.slice(0, 3), sector: c.code.slice(3, 6) || 'GOV', from: c.from, to: c.to });
    }
    current = null;
  };
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/#.*$/, '').trim();
    if (!line) continue;
    if (line.startsWith('+')) { current?.variants.push(dictName(line.slice(1))); continue; }
    if (line.startsWith('[')) { current?.codes.push(parseCode(line.replace(/^\[|\].*$/g, ''))); continue; }
    const head = /^([^\s[]+)\s*(?:\[([^\]]*)\])?/.exec(line);
    if (!head) continue;
    const name = dictName(head[1]!);
    const code = head[2] ? parseCode(head[2]) : null;
    if (code && /^[A-Z]{3}$/.test(code.code) && !code.from && !code.to) {
      flush();
      out.push({ kind: 'country', code: code.code, name });
      continue;
    }
    flush();
    current = { name, variants: [], codes: code ? [code] : [] };
  }
  flush();
  return out;
}

const SECTOR_ROLE: Record<string, string> = { GOV: 'Government official', MIL: 'Military official', LEG: 'Legislator', JUD: 'Judge', BUS: 'Business', MED: 'Media', OPP: 'Opposition', REB: 'Rebel' };

/** Rows of the user gazetteer (user-actors.tsv) for the parsed entries. */
export function userRows(entries: readonly DictEntry[]): string[] {
  return entries.map((e) => e.kind === 'country'
    ? ['country', e.code, e.name].join('\t')
    : ['person', e.name, e.variants.join('|'), e.country, SECTOR_ROLE[e.sector] ?? e.sector, e.from ?? '', e.to ?? '', e.sector].join('\t'));
}
