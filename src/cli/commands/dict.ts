// dyad dict import FILE: add a PETRARCH/Phoenix actor dictionary to the user gazetteer.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parsePetrarch, userRows } from '../../nlp/gazetteers/petrarch.ts';
import { USER_ACTORS_FILE } from '../../nlp/gazetteers/load.ts';
import { parseArgs, flagString, UsageError } from '../args.ts';
import type { CommandIO } from '../io.ts';

export const dictHelp = `usage: dyad dict import FILE [--out PATH]

Reads a PETRARCH/Phoenix-format actor dictionary (VLADIMIR_PUTIN_ / +PUTIN / [RUSGOV >20000507],
country lines like RUSSIA_ [RUS]) and adds its states and people to the user gazetteer, which
every later extraction loads (default ${USER_ACTORS_FILE}; or set DYAD_ACTORS to a list of files).
Lines already present are not added twice.`;

export async function dictCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, ['out'], []);
  if (args.flags.has('help') || args.flags.has('h')) { io.out(dictHelp + '\n'); return 0; }
  const [sub, file] = args.positional;
  if (sub !== 'import' || !file) throw new UsageError('usage: dyad dict import FILE [--out PATH]');
  if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
  const out = flagString(args, 'out') ?? USER_ACTORS_FILE;
  const entries = parsePetrarch(readFileSync(file, 'utf8'));
  const old = existsSync(out) ? readFileSync(out, 'utf8') : '';
  const have = new Set(old.split('\n'));
  const fresh = userRows(entries).filter((r) => !have.has(r));
  const header = old ? '' : '# User gazetteer written by `dyad dict import` (edit freely). Rows, TAB-separated:\n'
    + '#   country <TAB> ISO3 <TAB> name\n#   person <TAB> name <TAB> variants (|) <TAB> ISO3 <TAB> role <TAB> from <TAB> to <TAB> sector\n';
  writeFileSync(out, old + (old && !old.endsWith('\n') ? '\n' : '') + header + fresh.map((r) => r + '\n').join(''));
  const people = entries.filter((e) => e.kind === 'person').length;
  io.out(`dyad dict: ${entries.length - people} state names and ${people} person codes read; ${fresh.length} new rows in ${out}\n`);
  return 0;
}
