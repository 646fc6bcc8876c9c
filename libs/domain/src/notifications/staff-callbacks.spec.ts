import { cashierDecisionData, cashierDecisionKeyboard, parseCashierDecision } from './staff-callbacks';

describe('cashier decision callbacks', () => {
  it('round-trips and stays within Telegram’s 64 bytes', () => {
    const data = cashierDecisionData('approve', 4_294_967_295);
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    expect(parseCashierDecision(data)).toEqual({ action: 'approve', cashierId: 4_294_967_295 });
    expect(parseCashierDecision(cashierDecisionData('reject', 7))).toEqual({
      action: 'reject',
      cashierId: 7,
    });
  });

  it('refuses anything else', () => {
    expect(parseCashierDecision('cashier:block:7')).toBeNull();
    expect(parseCashierDecision('cashier:approve:x')).toBeNull();
    expect(parseCashierDecision('rd:АВС1234')).toBeNull();
  });

  it('offers both decisions', () => {
    const buttons = cashierDecisionKeyboard(3).inline_keyboard.flat();
    expect(buttons.map((b) => b.callback_data)).toEqual(['cashier:approve:3', 'cashier:reject:3']);
  });
});
