import { DEFAULT_SHOP_TIME_ZONE } from '@dvorik/domain';
import { eventually } from '@dvorik/testing';
import { DateTime } from 'luxon';

const shopDay = () => DateTime.now().setZone(DEFAULT_SHOP_TIME_ZONE).toISODate();

/**
 * For a test that counts «today» (the dashboard's, the campaign's): its whole run must fall in one
 * shop day. With less than `spanMs` left before the shop's midnight (14:00 UTC for Vladivostok),
 * this waits until the new day has begun; any other time it returns at once.
 */
export async function withinOneShopDay(spanMs: number): Promise<void> {
  const now = DateTime.now().setZone(DEFAULT_SHOP_TIME_ZONE);
  const left = now.plus({ days: 1 }).startOf('day').diff(now).as('milliseconds');
  if (left > spanMs) return;
  const today = shopDay();
  await eventually(async () => shopDay() !== today, Boolean, { timeoutMs: left + 5_000, intervalMs: 200 });
}
