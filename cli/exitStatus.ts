// The CLI's exit statuses (DESIGN.md) and the one error that ends a command with "input refused": its messages go to
// stderr, each naming the file and the reason, and never with a stack trace.
export const EXIT_OK = 0;
export const EXIT_INPUT_REFUSED = 1;
export const EXIT_USAGE = 2;

export type ExitStatus = typeof EXIT_OK | typeof EXIT_INPUT_REFUSED | typeof EXIT_USAGE;

export class InputRefused extends Error {
  readonly reasons: readonly string[];
  constructor(reasons: string | readonly string[]) {
    const list = typeof reasons === 'string' ? [reasons] : [...reasons];
    super(list.join('\n'));
    this.name = 'InputRefused';
    this.reasons = list;
  }
}

/** What a command hands back to main: its exit status and what goes to each stream (bytes: a file sent to stdout). */
export type CommandOutcome = { status: ExitStatus; stdout: string | Uint8Array; stderr: string };

export const succeeded = (stdout: string | Uint8Array): CommandOutcome => ({ status: EXIT_OK, stdout, stderr: '' });

/** A system error's code (ENOENT, EACCES, …), else its message: the detail a refusal names. */
export const describeSystemError = (error: unknown): string => {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.message : String(error);
};
