// Minimal argument parser: --flag, --key value, --key=value, positional arguments.
export interface ParsedArgs {
  readonly positional: string[];
  readonly flags: Map<string, string | true>;
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[], valued: readonly string[] = []): ParsedArgs {
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
  return { positional, flags };
}

export function flagString(args: ParsedArgs, key: string): string | undefined {
  const v = args.flags.get(key);
  return typeof v === 'string' ? v : undefined;
}
