/**
 * Polls `probe` every 10 ms until it gives something other than `false` or `undefined`, and
 * resolves to that; past the deadline it throws, naming `what`. For a condition another process
 * or the event loop brings about, instead of a fixed sleep. @default deadlineMs 10000
 */
export async function until<T>(
  probe: () => T | false | undefined | Promise<T | false | undefined>,
  options: { what?: string; deadlineMs?: number } = {},
): Promise<T> {
  const deadlineMs = options.deadlineMs ?? 10_000;
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const value = await probe();
    if (value !== false && value !== undefined) return value;
    if (Date.now() > deadline) {
      throw new Error(`${options.what ?? 'the condition'} did not happen within ${deadlineMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
