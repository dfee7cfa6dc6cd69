/** The exit codes of `wt`, the same in every command (documented in docs/cli.md). */
export const EXIT_OK = 0;
/** A finding: errors in a policy, files not formatted, rejected records, a case not found. */
export const EXIT_FINDING = 1;
/** Misuse: an unknown option, a missing or malformed argument, an input that cannot be read. */
export const EXIT_USAGE = 2;
/** A bug in wt itself (sysexits EX_SOFTWARE). */
export const EXIT_INTERNAL = 70;

export type ExitCode = typeof EXIT_OK | typeof EXIT_FINDING | typeof EXIT_USAGE | typeof EXIT_INTERNAL;
