import {
  checkRedeemable,
  computeExpiry,
  type RedeemableDiscount,
  type RedeemCheck,
} from './redeemability.rule';

const at = (iso: string): Date => new Date(iso);
const NOW = at('2026-03-10T05:00:00Z');

const aDiscount = (overrides: Partial<RedeemableDiscount> = {}): RedeemableDiscount => ({
  status: 'active',
  expiresAt: at('2026-03-31T13:59:59.999Z'),
  redemptionCount: 0,
  redemptionCap: null,
  ...overrides,
});

describe('checkRedeemable', () => {
  it.each<[string, RedeemCheck, Partial<RedeemableDiscount>]>([
    ['an active, unexpired code', 'ok', {}],
    ['a code without expiry', 'ok', { expiresAt: null }],
    ['a code expiring one millisecond from now', 'ok', { expiresAt: new Date(NOW.getTime() + 1) }],
    ['a code expiring exactly now', 'expired', { expiresAt: NOW }],
    ['an active row past expiry (job not run yet)', 'expired', { expiresAt: at('2026-03-01T00:00:00Z') }],
    ['an expired row', 'expired', { status: 'expired' }],
    ['an expired row without expiry date', 'expired', { status: 'expired', expiresAt: null }],
    ['a redeemed code', 'already_used', { status: 'redeemed' }],
    [
      'a redeemed code that has since expired',
      'already_used',
      { status: 'redeemed', expiresAt: at('2026-03-01T00:00:00Z') },
    ],
    ['a revoked code', 'revoked', { status: 'revoked' }],
    [
      'a revoked code that has since expired',
      'revoked',
      { status: 'revoked', expiresAt: at('2026-03-01T00:00:00Z') },
    ],
    ['a shared code below its cap', 'ok', { redemptionCount: 99, redemptionCap: 100 }],
    ['a shared code at its cap', 'already_used', { redemptionCount: 100, redemptionCap: 100 }],
    ['a shared code past its cap', 'already_used', { redemptionCount: 101, redemptionCap: 100 }],
    ['a shared code with no cap and many uses', 'ok', { redemptionCount: 1_000_000, redemptionCap: null }],
    ['a shared code with cap 0', 'already_used', { redemptionCount: 0, redemptionCap: 0 }],
    [
      'an expired shared code at its cap',
      'expired',
      { redemptionCount: 5, redemptionCap: 5, expiresAt: NOW },
    ],
  ])('%s → %s', (_label, expected, overrides) => {
    expect(checkRedeemable(aDiscount(overrides), NOW)).toBe(expected);
  });
});

describe('computeExpiry', () => {
  it.each([
    // [issued at, validity days, expires at]
    ['2026-01-01T01:00:00Z', 30, '2026-01-31T13:59:59.999Z'], // 11:00 shop time → end of 31 Jan shop time
    ['2026-01-01T13:59:59Z', 30, '2026-01-31T13:59:59.999Z'], // 23:59 on 1 Jan in the shop
    ['2026-01-01T14:00:00Z', 30, '2026-02-01T13:59:59.999Z'], // already 2 Jan in the shop
    ['2026-01-01T01:00:00Z', 0, '2026-01-01T13:59:59.999Z'], // today only
    ['2026-01-01T01:00:00Z', 1, '2026-01-02T13:59:59.999Z'],
    ['2026-02-01T01:00:00Z', 28, '2026-03-01T13:59:59.999Z'],
    ['2024-02-01T01:00:00Z', 28, '2024-02-29T13:59:59.999Z'], // leap year
    ['2026-12-20T01:00:00Z', 14, '2027-01-03T13:59:59.999Z'],
  ])('issued %s with %i days → %s', (issuedAt, days, expiresAt) => {
    expect(computeExpiry(at(issuedAt), days)?.toISOString()).toBe(expiresAt);
  });

  it('never expires without a validity', () => {
    expect(computeExpiry(at('2026-01-01T01:00:00Z'), null)).toBeNull();
  });

  it('ends the day in the zone it is given', () => {
    expect(computeExpiry(at('2026-01-01T01:00:00Z'), 30, 'Europe/Moscow')?.toISOString()).toBe(
      '2026-01-31T20:59:59.999Z',
    );
  });

  it('makes a code redeemable through the whole last day and not after', () => {
    const expiresAt = computeExpiry(at('2026-01-01T01:00:00Z'), 30);
    const discount = aDiscount({ expiresAt });
    expect(checkRedeemable(discount, at('2026-01-31T13:59:59.998Z'))).toBe('ok');
    expect(checkRedeemable(discount, at('2026-01-31T14:00:00.000Z'))).toBe('expired');
  });

  it.each([-1, 1.5, Number.NaN])('refuses validity %p', (days) => {
    expect(() => computeExpiry(at('2026-01-01T01:00:00Z'), days)).toThrow(RangeError);
  });
});
