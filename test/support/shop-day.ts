import { shopDateKey, toShopTime } from '@dvorik/domain';
import { eventually } from '@dvorik/testing';

/**
 * For a test that counts «today» (the dashboard's, the campaign's): its whole run must fall in one
 * shop day. With less than `spanMs` left before the shop's midnight (14:00 UTC for Vladivostok),
 * this waits until the new day has begun; any other time it returns at once.
 */
export async function withinOneShopDay(spanMs: number): Promise<void> {
  const now = new Date();
  const left = toShopTime(now).plus({ days: 1 }).startOf('day').toMillis() - now.getTime();
  if (left > spanMs) return;
  const today = shopDateKey(now);
  await eventually(async () => shopDateKey(new Date()) !== today, Boolean, {
    timeoutMs: left + 5_000,
    intervalMs: 200,
  });
}
