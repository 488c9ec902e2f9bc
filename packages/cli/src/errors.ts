/** A problem with how the command was called: printed without a stack, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

export const EXIT = { ok: 0, failures: 1, usage: 2, interrupted: 130 } as const;
