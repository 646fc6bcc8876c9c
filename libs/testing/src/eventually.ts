/**
 * How long a test waits for an effect that crosses components (bot → emulator, API → worker →
 * Telegram, MariaDB, Redis) before it fails: generous enough for a loaded 2-core machine, since
 * waits end as soon as the effect shows up.
 */
export const TEST_WAIT_MS = 15_000;

/** Polls `probe` until it returns a value that passes `accept`; fails with the last value seen. */
export async function eventually<T>(
  probe: () => Promise<T>,
  accept: (value: T) => boolean = Boolean,
  { timeoutMs = TEST_WAIT_MS, intervalMs = 50 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T;
  for (;;) {
    last = await probe();
    if (accept(last)) return last;
    if (Date.now() > deadline)
      throw new Error(`Condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
