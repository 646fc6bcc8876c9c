import { DateTime } from 'luxon';

/** The shop's zone (DESIGN §1); callers pass the configured SHOP_TIMEZONE, this is only the fallback. */
export const DEFAULT_SHOP_TIME_ZONE = 'Asia/Vladivostok';

/**
 * The instant seen on the shop's wall clock. Throws instead of returning luxon's "invalid"
 * DateTime: a bad zone or an Invalid Date is a programming or configuration error, and a
 * silent "Invalid DateTime" string would end up in an issue key or a client message.
 */
export function toShopTime(date: Date, timeZone: string = DEFAULT_SHOP_TIME_ZONE): DateTime {
  const local = DateTime.fromJSDate(date, { zone: timeZone });
  if (!local.isValid) {
    throw new RangeError(`Cannot read ${String(date)} in time zone "${timeZone}": ${local.invalidReason}`);
  }
  return local;
}

/** First instant (00:00:00.000 shop time) of the shop-local day containing `date`. */
export function shopDayStart(date: Date, timeZone: string = DEFAULT_SHOP_TIME_ZONE): Date {
  return toShopTime(date, timeZone).startOf('day').toJSDate();
}

/** Shop-local calendar date as `YYYY-MM-DD` — the form used in issue keys and day buckets. */
export function shopDateKey(date: Date, timeZone: string = DEFAULT_SHOP_TIME_ZONE): string {
  return toShopTime(date, timeZone).toFormat('yyyy-MM-dd');
}

/** Shop-local calendar month as `YYYY-MM`. */
export function shopMonthKey(date: Date, timeZone: string = DEFAULT_SHOP_TIME_ZONE): string {
  return toShopTime(date, timeZone).toFormat('yyyy-MM');
}

export function shopYear(date: Date, timeZone: string = DEFAULT_SHOP_TIME_ZONE): number {
  return toShopTime(date, timeZone).year;
}

/** `ДД.ММ.ГГГГ` — how Russian readers expect a date in bot texts («действует до 03.02.2026»). */
export function formatShopDate(date: Date, timeZone: string = DEFAULT_SHOP_TIME_ZONE): string {
  return toShopTime(date, timeZone).toFormat('dd.MM.yyyy');
}
