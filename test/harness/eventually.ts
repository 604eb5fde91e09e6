/**
 * Reads until `done` holds for what was read, or the bound passes; returns the last value read so
 * that the caller's assertion shows what was there. For projections that a workflow writes after
 * the HTTP call that caused them has answered.
 */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, { timeoutMs = 20_000, intervalMs = 100 } = {}): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
    value = await read();
  }
  return value;
}
