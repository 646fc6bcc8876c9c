import { REDEEM_PATTERN, redeemButtonData } from './redeem-callback';

describe('«Погасить» callback data', () => {
  it('fits Telegram’s 64 bytes for personal and shared codes', () => {
    for (const code of ['ДЯА4589', 'M'.repeat(32)]) {
      const data = redeemButtonData(code);
      expect(Buffer.byteLength(data, 'utf8')).toBeLessThanOrEqual(64);
      expect(REDEEM_PATTERN.exec(data)?.[1]).toBe(code);
    }
  });

  it('is not confused with other buttons', () => {
    expect(REDEEM_PATTERN.test('cashier:approve:1')).toBe(false);
  });
});
