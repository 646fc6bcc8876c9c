import { daysOf, resolveRange, shopDayOfHour } from './stats-range.rule';

const TZ = 'Asia/Vladivostok';
const now = new Date('2026-11-21T05:00:00Z');

describe('stats ranges in shop-local days', () => {
  it('defaults to the last 30 days through today', () => {
    const r = resolveRange({}, now, TZ);
    expect(r).toMatchObject({ from: '2026-10-23', to: '2026-11-21' });
    expect(r.end).toEqual(new Date('2026-11-21T14:00:00Z'));
    expect(daysOf(r)).toHaveLength(30);
  });

  it('clamps inverted and over-long ranges', () => {
    expect(resolveRange({ from: '2026-11-25', to: '2026-11-20' }, now, TZ)).toMatchObject({
      from: '2026-11-20',
    });
    expect(resolveRange({ from: '2020-01-01', to: '2026-11-20' }, now, TZ).from).toBe('2025-11-20');
  });

  it('puts a UTC hour into the shop day it belongs to', () => {
    expect(shopDayOfHour('2026-11-20 13:00:00', TZ)).toBe('2026-11-20');
    expect(shopDayOfHour('2026-11-20 14:00:00', TZ)).toBe('2026-11-21');
  });
});
