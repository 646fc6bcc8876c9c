import {
  checkRecurrence,
  parseRecurrence,
  RecurrenceInvalidError,
  serializeRecurrence,
  type Recurrence,
} from './recurrence.rule';

const at = (iso: string): Date => new Date(iso);
const DAY = 24 * 60 * 60 * 1000;

describe('parseRecurrence', () => {
  it.each<[unknown, Recurrence]>([
    ['once', { kind: 'once' }],
    ['monthly', { kind: 'monthly' }],
    ['yearly', { kind: 'yearly' }],
    ['unlimited', { kind: 'unlimited' }],
    [{ days: 1 }, { kind: 'days', days: 1 }],
    [{ days: 30 }, { kind: 'days', days: 30 }],
    [{ days: 3650 }, { kind: 'days', days: 3650 }],
    [
      { kind: 'days', days: 7 },
      { kind: 'days', days: 7 },
    ],
    [{ kind: 'once' }, { kind: 'once' }],
    [{ kind: 'monthly' }, { kind: 'monthly' }],
    [{ kind: 'yearly' }, { kind: 'yearly' }],
    [{ kind: 'unlimited' }, { kind: 'unlimited' }],
  ])('reads %j', (input, expected) => {
    expect(parseRecurrence(input)).toEqual(expected);
  });

  it.each<[string, unknown]>([
    ['a capitalised kind', 'Once'],
    ['an unknown kind', 'weekly'],
    ['an empty string', ''],
    ['null', null],
    ['undefined', undefined],
    ['a bare number', 7],
    ['a boolean', true],
    ['an array', ['once']],
    ['an empty object', {}],
    ['zero days', { days: 0 }],
    ['negative days', { days: -1 }],
    ['more than 3650 days', { days: 3651 }],
    ['fractional days', { days: 1.5 }],
    ['days as a string', { days: '7' }],
    ['NaN days', { days: Number.NaN }],
    ['infinite days', { days: Number.POSITIVE_INFINITY }],
    ['bigint days', { days: BigInt(7) }],
    ['an extra key', { days: 7, hours: 1 }],
    ['kind days without days', { kind: 'days' }],
    ['once with days', { kind: 'once', days: 5 }],
    ['an unknown typed kind', { kind: 'weekly' }],
    ['JSON text instead of a value', '{"days":7}'],
  ])('refuses %s', (_label, input) => {
    let error: unknown;
    try {
      parseRecurrence(input);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RecurrenceInvalidError);
    expect((error as RecurrenceInvalidError).value).toBe(input);
    expect((error as RecurrenceInvalidError).message).toMatch(/Invalid recurrence/);
  });

  it('survives an unprintable value in its message', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(() => parseRecurrence(circular)).toThrow(RecurrenceInvalidError);
  });
});

describe('serializeRecurrence', () => {
  it.each<[Recurrence, unknown]>([
    [{ kind: 'once' }, 'once'],
    [{ kind: 'days', days: 14 }, { days: 14 }],
    [{ kind: 'monthly' }, 'monthly'],
    [{ kind: 'yearly' }, 'yearly'],
    [{ kind: 'unlimited' }, 'unlimited'],
  ])('writes %j as %j and reads it back', (recurrence, json) => {
    expect(serializeRecurrence(recurrence)).toEqual(json);
    expect(parseRecurrence(JSON.parse(JSON.stringify(serializeRecurrence(recurrence))))).toEqual(recurrence);
  });
});

describe('checkRecurrence', () => {
  describe('once', () => {
    const recurrence: Recurrence = { kind: 'once' };

    it('allows the first issue', () => {
      expect(checkRecurrence({ recurrence, lastIssuedAt: null, now: at('2026-05-01T00:00:00Z') })).toEqual({
        allowed: true,
        periodKey: 'once',
      });
    });

    it('never allows a second one', () => {
      const lastIssuedAt = at('2016-05-01T00:00:00Z');
      expect(checkRecurrence({ recurrence, lastIssuedAt, now: at('2026-05-01T00:00:00Z') })).toEqual({
        allowed: false,
        nextAt: null,
      });
    });
  });

  describe('every N days', () => {
    const recurrence: Recurrence = { kind: 'days', days: 7 };
    const lastIssuedAt = at('2026-01-10T05:00:00Z');
    const nextAt = at('2026-01-17T05:00:00Z');

    it('allows the first issue, keyed by the shop-local date', () => {
      expect(checkRecurrence({ recurrence, lastIssuedAt: null, now: at('2026-01-31T14:00:00Z') })).toEqual({
        allowed: true,
        periodKey: '2026-02-01',
      });
    });

    it.each([
      ['right after the issue', lastIssuedAt.getTime() + 1],
      ['a day before', nextAt.getTime() - DAY],
      ['one millisecond before N days', nextAt.getTime() - 1],
    ])('refuses %s, naming the exact next chance', (_label, now) => {
      expect(checkRecurrence({ recurrence, lastIssuedAt, now: new Date(now) })).toEqual({
        allowed: false,
        nextAt,
      });
    });

    it('allows exactly N days later', () => {
      expect(checkRecurrence({ recurrence, lastIssuedAt, now: nextAt })).toEqual({
        allowed: true,
        periodKey: '2026-01-17',
      });
    });

    it('allows later than N days', () => {
      expect(checkRecurrence({ recurrence, lastIssuedAt, now: at('2026-03-01T00:00:00Z') })).toEqual({
        allowed: true,
        periodKey: '2026-03-01',
      });
    });

    it('gives a 1-day recurrence a fresh key on the next shop date', () => {
      const last = at('2026-01-31T13:30:00Z'); // 23:30 on 31 Jan in the shop
      const again = checkRecurrence({
        recurrence: { kind: 'days', days: 1 },
        lastIssuedAt: last,
        now: at('2026-02-01T13:30:00Z'),
      });
      expect(again).toEqual({ allowed: true, periodKey: '2026-02-01' });
    });

    it('counts 3650 days across leap years', () => {
      const last = at('2020-01-01T00:00:00Z');
      const check = checkRecurrence({
        recurrence: { kind: 'days', days: 3650 },
        lastIssuedAt: last,
        now: at('2029-12-01T00:00:00Z'),
      });
      expect(check).toEqual({ allowed: false, nextAt: new Date(last.getTime() + 3650 * DAY) });
    });
  });

  describe('monthly (shop calendar)', () => {
    const recurrence: Recurrence = { kind: 'monthly' };

    it('allows the first issue with the shop month as key', () => {
      expect(checkRecurrence({ recurrence, lastIssuedAt: null, now: at('2026-01-31T14:00:00Z') })).toEqual({
        allowed: true,
        periodKey: '2026-02',
      });
    });

    it('allows at shop midnight of the 1st even if the last issue was a millisecond earlier', () => {
      const check = checkRecurrence({
        recurrence,
        lastIssuedAt: at('2026-01-31T13:59:59.999Z'), // 31 Jan 23:59:59.999 in the shop
        now: at('2026-01-31T14:00:00Z'), // 1 Feb 00:00 in the shop
      });
      expect(check).toEqual({ allowed: true, periodKey: '2026-02' });
    });

    it.each([
      ['the same instant', '2026-01-31T14:00:00.000Z'],
      ['mid-month', '2026-02-15T03:00:00.000Z'],
      ['the last millisecond of the month', '2026-02-28T13:59:59.999Z'],
    ])('refuses %s in the same shop month until shop midnight of the 1st', (_label, now) => {
      const check = checkRecurrence({ recurrence, lastIssuedAt: at('2026-01-31T14:00:00Z'), now: at(now) });
      expect(check).toEqual({ allowed: false, nextAt: at('2026-02-28T14:00:00Z') });
    });

    it('allows again from the first shop instant of the next month', () => {
      const check = checkRecurrence({
        recurrence,
        lastIssuedAt: at('2026-01-31T14:00:00Z'),
        now: at('2026-02-28T14:00:00Z'),
      });
      expect(check).toEqual({ allowed: true, periodKey: '2026-03' });
    });

    it('rolls December over to January', () => {
      const check = checkRecurrence({
        recurrence,
        lastIssuedAt: at('2026-12-05T00:00:00Z'),
        now: at('2026-12-20T00:00:00Z'),
      });
      expect(check).toEqual({ allowed: false, nextAt: at('2026-12-31T14:00:00Z') });
    });

    it('blocks, counting from the later issue, when the last issue is stamped after now', () => {
      const check = checkRecurrence({
        recurrence,
        lastIssuedAt: at('2026-03-02T00:00:00Z'),
        now: at('2026-02-20T00:00:00Z'),
      });
      expect(check).toEqual({ allowed: false, nextAt: at('2026-03-31T14:00:00Z') });
    });

    it('uses the zone it is given', () => {
      const input = { recurrence, lastIssuedAt: at('2026-01-31T14:00:00Z'), now: at('2026-02-01T01:00:00Z') };
      expect(checkRecurrence({ ...input, timeZone: 'UTC' })).toEqual({ allowed: true, periodKey: '2026-02' });
      expect(checkRecurrence({ ...input, timeZone: 'Asia/Vladivostok' })).toEqual({
        allowed: false,
        nextAt: at('2026-02-28T14:00:00Z'),
      });
    });
  });

  describe('yearly (shop calendar)', () => {
    const recurrence: Recurrence = { kind: 'yearly' };

    it('allows at shop midnight of 1 January', () => {
      const check = checkRecurrence({
        recurrence,
        lastIssuedAt: at('2025-12-31T13:59:59.999Z'),
        now: at('2025-12-31T14:00:00Z'),
      });
      expect(check).toEqual({ allowed: true, periodKey: '2026' });
    });

    it('refuses until the next shop new year', () => {
      const check = checkRecurrence({
        recurrence,
        lastIssuedAt: at('2025-12-31T14:00:00Z'),
        now: at('2026-12-31T13:59:59.999Z'),
      });
      expect(check).toEqual({ allowed: false, nextAt: at('2026-12-31T14:00:00Z') });
    });

    it('allows the first issue with the shop year as key', () => {
      expect(checkRecurrence({ recurrence, lastIssuedAt: null, now: at('2026-06-01T00:00:00Z') })).toEqual({
        allowed: true,
        periodKey: '2026',
      });
    });
  });

  describe('unlimited', () => {
    it.each([null, at('2026-05-01T00:00:00Z')])('always allows (last issue %s)', (lastIssuedAt) => {
      expect(
        checkRecurrence({ recurrence: { kind: 'unlimited' }, lastIssuedAt, now: at('2026-05-01T00:00:00Z') }),
      ).toEqual({ allowed: true, periodKey: 'unlimited' });
    });
  });
});
