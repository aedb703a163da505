// Minimal argument parser: --flag, --key value, --key=value, positional arguments.
import type { ExtractOptions } from '../core/types.ts';
import { ploverVersions } from '../extract/events/ontology.ts';

export interface ParsedArgs {
  readonly positional: string[];
  readonly flags: Map<string, string | true>;
}

export class UsageError extends Error {}

/**
 * Parse `argv`. `valued` options take a value; `switches`, when given, lists the options without
 * one, and any other option is a usage error ("--plovr 0.5" is not silently read as a file).
 */
export function parseArgs(argv: readonly string[], valued: readonly string[] = [], switches?: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') { positional.push(...argv.slice(i + 1)); break; }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      if (eq > 0) { flags.set(a.slice(2, eq), a.slice(eq + 1)); continue; }
      const key = a.slice(2);
      if (valued.includes(key)) {
        const v = argv[i + 1];
        if (v === undefined) throw new UsageError(`--${key} needs a value`);
        flags.set(key, v);
        i++;
      } else flags.set(key, true);
    } else if (a.startsWith('-') && a.length > 1) {
      flags.set(a.slice(1), true);
    } else positional.push(a);
  }
  if (switches) {
    const known = new Set([...valued, ...switches, 'help', 'h']);
    for (const k of flags.keys()) {
      if (!known.has(k)) {
        const list = [...valued, ...switches].map((x) => `--${x}`).join(', ');
        throw new UsageError(`unknown option ${k.length === 1 ? '-' : '--'}${k}${list ? ` (options: ${list})` : ''}`);
      }
    }
  }
  return { positional, flags };
}

export function flagString(args: ParsedArgs, key: string): string | undefined {
  const v = args.flags.get(key);
  return typeof v === 'string' ? v : undefined;
}

/** --plover VERSION: the PLOVER version events are coded in (data/plover/versions.json). */
export function ploverOption(args: ParsedArgs): ExtractOptions {
  const v = flagString(args, 'plover');
  if (v === undefined) {
    if (args.flags.has('plover')) throw new UsageError('--plover needs a value');
    return {};
  }
  const names = ploverVersions().names;
  if (!names.includes(v)) throw new UsageError(`unknown --plover ${v} (${names.join(' or ')})`);
  return { plover: v };
}

/** The --plover lines of a command's help, its text starting at column `col`. */
export function ploverHelp(col: number): string {
  const pad = ' '.repeat(col);
  return `  --plover V`.padEnd(col) + `PLOVER version events are coded in: core (default; the 16 types\n`
    + `${pad}AGREE ... ASSAULT of the brief), 0.5 (as the PLOVER gold-standard records: DEMAND,\n`
    + `${pad}DISAPPROVE, FIGHT, INVESTIGATE in place of REQUEST and ACCUSE; JAP, ITL for Japan,\n`
    + `${pad}Italy) or lexicon (the lexicon's 20 categories, unmapped); data/plover/versions.json`;
}
