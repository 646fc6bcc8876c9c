import {
  type DiscountTemplateInput,
  normalizeSharedCode,
  validateDiscountTemplate,
} from './discount-template.rule';

const valid: DiscountTemplateInput = {
  name: 'Скидка за подписку',
  event: 'subscription',
  valueType: 'percent',
  value: 10,
  validityDays: 30,
  usage: 'single',
  sharedCode: null,
  redemptionCap: null,
  recurrence: 'once',
  reminderDays: [25, 7, 7],
  minPurchase: null,
  active: true,
};

const fieldsOf = (input: Partial<DiscountTemplateInput>) => {
  const result = validateDiscountTemplate({ ...valid, ...input });
  return result.ok ? {} : result.fields;
};

describe('validateDiscountTemplate', () => {
  it('accepts a valid template in its stored form', () => {
    expect(validateDiscountTemplate(valid)).toEqual({
      ok: true,
      value: { ...valid, value: '10.00', reminderDays: [7, 25], recurrence: 'once' },
    });
  });

  it.each([
    [{ value: 0 }, 'value'],
    [{ value: 101 }, 'value'],
    [{ value: 9.5 }, 'value'],
    [{ valueType: 'fixed' as const, value: 0 }, 'value'],
    [{ valueType: 'fixed' as const, value: 1.005 }, 'value'],
    [{ recurrence: { days: 0 } }, 'recurrence'],
    [{ recurrence: { days: 7, extra: 1 } }, 'recurrence'],
    [{ recurrence: 'weekly' }, 'recurrence'],
    [{ reminderDays: [0] }, 'reminderDays'],
    [{ reminderDays: [1.5] }, 'reminderDays'],
    [{ reminderDays: [366] }, 'reminderDays'],
    [{ reminderDays: Array.from({ length: 11 }, (_, i) => i + 1) }, 'reminderDays'],
    [{ reminderDays: [31] }, 'reminderDays'],
    [{ validityDays: -1 }, 'validityDays'],
    [{ usage: 'shared' as const }, 'sharedCode'],
    [{ sharedCode: 'LETO' }, 'sharedCode'],
    [{ redemptionCap: 5 }, 'redemptionCap'],
    [{ usage: 'shared' as const, sharedCode: 'LETO', redemptionCap: 0 }, 'redemptionCap'],
    [{ minPurchase: -1 }, 'minPurchase'],
    [{ name: '' }, 'name'],
  ])('refuses %j naming %s', (input, field) => {
    expect(Object.keys(fieldsOf(input))).toEqual([field]);
  });

  it('accepts {days: N}, a shared code with a cap, fixed roubles with kopecks', () => {
    const result = validateDiscountTemplate({
      ...valid,
      valueType: 'fixed',
      value: '150.5',
      recurrence: { kind: 'days', days: 30 },
      usage: 'shared',
      sharedCode: 'marmelad-10',
      redemptionCap: 5,
      minPurchase: 500,
    });
    expect(result).toMatchObject({
      ok: true,
      value: { value: '150.50', recurrence: { days: 30 }, sharedCode: 'MARMELAD10', minPurchase: '500.00' },
    });
  });

  it('normalises shared codes the way a cashier types them', () => {
    expect(normalizeSharedCode(' marmelad 10 ')).toBe('MARMELAD10');
    expect(normalizeSharedCode('МД–лето')).toBe('МДЛЕТО');
  });
});
