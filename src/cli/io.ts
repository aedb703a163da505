// Output sinks for commands, so tests can capture what a command prints.
export interface CommandIO {
  out(s: string): void;
  err(s: string): void;
  readonly stderrIsTTY: boolean;
}

export const processIO: CommandIO = {
  out: (s) => { process.stdout.write(s); },
  err: (s) => { process.stderr.write(s); },
  stderrIsTTY: Boolean(process.stderr.isTTY),
};
