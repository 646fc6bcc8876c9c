import { CashierErrorCode, ClientErrorCode, DiscountErrorCode, StaffErrorCode } from '@dvorik/domain';
import { domainErrorReply } from './domain-error-replies';

const TZ = 'Asia/Vladivostok';

describe('domainErrorReply', () => {
  it('says when and by whom a code was redeemed, in shop time', () => {
    const reply = domainErrorReply(
      {
        code: DiscountErrorCode.AlreadyRedeemed,
        details: { code: 'МД-ДЯА4589', redeemedAt: '2026-02-03T05:07:00.000Z', cashierName: 'Ольга П.' },
      },
      TZ,
    );
    expect(reply).toEqual({
      key: 'discount_already_used',
      values: { discount_code: 'МД-ДЯА4589', redeemed_at: '03.02.2026 в 15:07', cashier_name: 'Ольга П.' },
    });
  });

  it('names the till when no cashier redeemed it', () => {
    const reply = domainErrorReply(
      {
        code: DiscountErrorCode.AlreadyRedeemed,
        details: { code: 'X', redeemedAt: null, cashierName: null },
      },
      TZ,
    );
    expect(reply).toMatchObject({ key: 'discount_already_used_till', values: { redeemed_at: '—' } });
  });

  it('gives the expiry date of an expired code and the lock time of a locked cashier', () => {
    expect(
      domainErrorReply(
        { code: DiscountErrorCode.Expired, details: { code: 'X', expiresAt: '2026-03-03T14:59:59.999Z' } },
        TZ,
      ),
    ).toMatchObject({ key: 'discount_expired', values: { discount_expires_at: '04.03.2026' } });
    expect(
      domainErrorReply(
        { code: CashierErrorCode.Locked, details: { lockedUntil: '2026-03-03T02:15:00.000Z' } },
        TZ,
      ),
    ).toEqual({ key: 'cashier_locked', values: { locked_until: '12:15' } });
  });

  it('adds the hint that fits an unreadable birthday', () => {
    const hint = (reason: string) =>
      domainErrorReply({ code: ClientErrorCode.BirthdayInvalid, details: { reason } }, TZ);
    expect(hint('two_digit_year')).toEqual({ key: 'birthday_invalid', hint: 'birthday_hint_year' });
    expect(hint('impossible_date')).toEqual({ key: 'birthday_invalid', hint: 'birthday_hint_date' });
    expect(hint('future')).toEqual({ key: 'birthday_invalid', hint: 'birthday_hint_future' });
    expect(hint('format')).toEqual({ key: 'birthday_invalid', hint: undefined });
  });

  it('tells a rejected cashier apart from one still waiting', () => {
    expect(
      domainErrorReply({ code: CashierErrorCode.NotActive, details: { status: 'rejected' } }, TZ),
    ).toEqual({
      key: 'cashier_rejected',
    });
    expect(
      domainErrorReply({ code: CashierErrorCode.NotActive, details: { status: 'pending' } }, TZ),
    ).toEqual({
      key: 'cashier_not_active',
    });
  });

  it('answers staff login refusals with their templates', () => {
    expect(domainErrorReply({ code: StaffErrorCode.NotFound, details: {} }, TZ)).toEqual({
      key: 'login_not_staff',
    });
  });
});
