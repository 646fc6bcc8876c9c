import { canSeePhones, redactPhones } from './phone-visibility.rule';

describe('the phone policy', () => {
  const at = new Date('2026-03-01T10:00:00Z');
  const answer = {
    items: [
      { id: 1, phone: '+79140000001', seenAt: at, tags: ['vip'] },
      { id: 2, phone: null, nested: { phone: '+79140000002' } },
    ],
    total: 2,
  };

  it('lets owners and marketing see phones, nobody else', () => {
    expect(['owner', 'marketing'].map(canSeePhones)).toEqual([true, true]);
    expect(['readonly', null, undefined, 'cashier'].map(canSeePhones)).toEqual([false, false, false, false]);
    expect(redactPhones(answer, 'owner')).toBe(answer);
  });

  it('nulls every phone at any depth for the others, and leaves the input as it was', () => {
    const before = structuredClone(answer);
    const redacted = redactPhones(answer, 'readonly');
    expect(redacted).toEqual({
      items: [
        { id: 1, phone: null, seenAt: at, tags: ['vip'] },
        { id: 2, phone: null, nested: { phone: null } },
      ],
      total: 2,
    });
    expect(redacted.items[0].seenAt).toBe(at);
    expect(answer).toEqual(before);
    expect(redactPhones({ phone: undefined }, null)).toEqual({ phone: null });
  });

  it('returns an answer that holds no phone as it is, without copying it', () => {
    const discount = { code: 'ДЯА4589', client: { name: 'Анна' }, list: [{ n: 1 }], at };
    expect(redactPhones(discount, null)).toBe(discount);
    const withNullPhones = [{ phone: null }];
    expect(redactPhones(withNullPhones, 'readonly')).toBe(withNullPhones);
  });
});
