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

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * `ДД.ММ.ГГГГ` — how Russian readers expect a date in bot texts («действует до 03.02.2026»).
 * Every discount view formats its expiry, so this reads the parts from one cached Intl formatter
 * per zone rather than building a luxon DateTime (a tenth of the cost on the till's redeem). A bad
 * zone or an Invalid Date throws RangeError, as toShopTime does.
 */
export function formatShopDate(date: Date, timeZone: string = DEFAULT_SHOP_TIME_ZONE): string {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    });
    dateFormats.set(timeZone, format);
  }
  let day = '';
  let month = '';
  let year = '';
  for (const part of format.formatToParts(date)) {
    if (part.type === 'day') day = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'year') year = part.value.padStart(4, '0');
  }
  return `${day}.${month}.${year}`;
}
