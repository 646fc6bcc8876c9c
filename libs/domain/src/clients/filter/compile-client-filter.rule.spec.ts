import { DateTime } from 'luxon';
import { birthdayWindow } from './birthday-window.rule';
import { compileClientFilter, countIndexHint } from './compile-client-filter.rule';

const TZ = 'Asia/Vladivostok';
const at = (iso: string) => DateTime.fromISO(iso, { zone: TZ });

describe('compileClientFilter', () => {
  const now = new Date('2026-11-21T05:00:00Z'); // 15:00 on 21 Nov in Vladivostok

  it('hides test clients unless asked, and binds every value', () => {
    expect(compileClientFilter({}, { now, timeZone: TZ })).toEqual({ sql: 'c.is_test = ?', params: [false] });
    const sql = compileClientFilter({ isTest: true, source: "ref_Insta'gram" }, { now, timeZone: TZ });
    expect(sql.sql).not.toContain("'gram");
    expect(sql.params).toEqual([true, "insta'gram"]);
  });

  it('turns ages into birthday bounds on the shop-local today', () => {
    const { sql, params } = compileClientFilter({ age: { from: 18, to: 35 } }, { now, timeZone: TZ });
    expect(sql).toBe('c.is_test = ? AND c.birthday <= ? AND c.birthday > ?');
    expect(params).toEqual([false, '2008-11-21', '1990-11-21']);
  });

  it('reads date-only bounds as shop-local days, "to" inclusive', () => {
    const { params } = compileClientFilter(
      { registered: { from: '2026-11-01', to: '2026-11-01' } },
      { now, timeZone: TZ },
    );
    expect(params.slice(1)).toEqual([new Date('2026-10-31T14:00:00Z'), new Date('2026-11-01T14:00:00Z')]);
  });

  it('refuses an alias that is not a plain identifier', () => {
    expect(() => compileClientFilter({}, { now, timeZone: TZ, alias: 'c; DROP' })).toThrow();
  });
});

describe('birthdayWindow', () => {
  it('is one range within a month and two across New Year', () => {
    expect(birthdayWindow(at('2026-11-21'), 7)).toEqual([[1121, 1128]]);
    expect(birthdayWindow(at('2026-12-29'), 5)).toEqual([
      [101, 103],
      [1229, 1231],
    ]);
  });

  it('counts 29 February as 28 February in other years', () => {
    expect(birthdayWindow(at('2026-02-27'), 1)).toEqual([[227, 229]]);
    expect(birthdayWindow(at('2028-02-27'), 1)).toEqual([[227, 228]]);
  });

  it('covers the whole year for a year-long window', () => {
    expect(birthdayWindow(at('2026-06-10'), 366)).toEqual([[101, 1231]]);
  });
});

describe('countIndexHint', () => {
  const HINT = 'FORCE INDEX FOR JOIN (ix_clients_f_id)';

  it('sends the presets that reach clients by id through the narrow index', () => {
    expect(countIndexHint({ tags: { any: ['vip'] }, status: 'active' })).toBe(HINT);
    expect(countIndexHint({ tags: { all: ['vip', 'x'] }, subscribed: true, hasActiveDiscounts: false })).toBe(
      HINT,
    );
    expect(countIndexHint({ redeemedEver: true, isTest: true })).toBe(HINT);
  });

  it('leaves the optimizer alone when nothing probes by id or the row is read anyway', () => {
    expect(countIndexHint({ hasActiveDiscounts: false, status: 'active' })).toBe('');
    expect(countIndexHint({ tags: { none: ['vip'] } })).toBe('');
    expect(countIndexHint({ redeemedEver: false })).toBe('');
    expect(countIndexHint({ tags: { any: ['vip'] }, gender: 'female' })).toBe('');
  });
});
