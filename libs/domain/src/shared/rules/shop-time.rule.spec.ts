import {
  DEFAULT_SHOP_TIME_ZONE,
  formatShopDate,
  shopDateKey,
  shopDayStart,
  shopMonthKey,
  shopYear,
  toShopTime,
} from './shop-time.rule';

const at = (iso: string): Date => new Date(iso);

describe('shop time', () => {
  it('defaults to Vladivostok (UTC+10)', () => {
    expect(DEFAULT_SHOP_TIME_ZONE).toBe('Asia/Vladivostok');
    expect(toShopTime(at('2026-01-31T14:00:00Z')).offset).toBe(600);
  });

  it.each([
    // [instant, shop date, month, year, formatted]
    ['2026-01-31T13:59:59.999Z', '2026-01-31', '2026-01', 2026, '31.01.2026'],
    ['2026-01-31T14:00:00.000Z', '2026-02-01', '2026-02', 2026, '01.02.2026'],
    ['2025-12-31T13:59:59.999Z', '2025-12-31', '2025-12', 2025, '31.12.2025'],
    ['2025-12-31T14:00:00.000Z', '2026-01-01', '2026-01', 2026, '01.01.2026'],
    ['2024-02-28T14:00:00.000Z', '2024-02-29', '2024-02', 2024, '29.02.2024'],
    ['2026-07-15T09:30:00.000Z', '2026-07-15', '2026-07', 2026, '15.07.2026'],
  ])('%s is %s in the shop', (iso, dateKey, monthKey, year, formatted) => {
    expect(shopDateKey(at(iso))).toBe(dateKey);
    expect(shopMonthKey(at(iso))).toBe(monthKey);
    expect(shopYear(at(iso))).toBe(year);
    expect(formatShopDate(at(iso))).toBe(formatted);
  });

  it.each([
    ['2026-02-01T03:00:00Z', '2026-01-31T14:00:00.000Z'],
    ['2026-01-31T14:00:00Z', '2026-01-31T14:00:00.000Z'],
    ['2026-01-31T13:59:59Z', '2026-01-30T14:00:00.000Z'],
  ])('the shop day of %s starts at %s', (iso, start) => {
    expect(shopDayStart(at(iso)).toISOString()).toBe(start);
  });

  it('honours another zone when given one', () => {
    const instant = at('2026-03-01T02:00:00Z');
    expect(shopDateKey(instant, 'Europe/Moscow')).toBe('2026-03-01');
    expect(shopDateKey(instant, 'America/New_York')).toBe('2026-02-28');
    expect(shopDayStart(instant, 'UTC').toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(formatShopDate(instant, 'Europe/Moscow')).toBe('01.03.2026');
    expect(formatShopDate(instant, 'America/New_York')).toBe('28.02.2026');
  });

  it('refuses an unknown zone or an invalid date instead of producing "Invalid DateTime"', () => {
    expect(() => shopDateKey(at('2026-01-01T00:00:00Z'), 'Mars/Olympus')).toThrow(RangeError);
    expect(() => formatShopDate(new Date('not a date'))).toThrow(RangeError);
    expect(() => formatShopDate(at('2026-01-01T00:00:00Z'), 'Mars/Olympus')).toThrow(RangeError);
  });
});
