import { issuedMessageKey } from './client-notifications.consumer';

describe('issuedMessageKey', () => {
  it('stays silent for a subscription code the client asked for with the button (answered inline)', () => {
    expect(issuedMessageKey('subscription', 'client')).toBeNull();
  });

  it('announces a subscription code issued on a channel join', () => {
    expect(issuedMessageKey('subscription', 'system')).toBe('subscription_success');
  });

  it('greets on birthdays and announces every other origin', () => {
    expect(issuedMessageKey('birthday', 'system')).toBe('birthday_congrats');
    for (const origin of ['manual', 'campaign', 'promo'] as const)
      expect(issuedMessageKey(origin, 'staff')).toBe('discount_issued');
  });
});
