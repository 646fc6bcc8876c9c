import {
  type DiscountTemplateInput,
  validateDiscountTemplate,
} from '../../../../libs/domain/src/discount-templates/rules/discount-template.rule';
import {
  type TemplateValues,
  parseDays,
  toApiTemplate,
  validateCap,
  validateMinPurchase,
  validateName,
  validateRecurrence,
  validateReminders,
  validateSharedCode,
  validateValidity,
  validateValue,
} from './template-rules';

const base: TemplateValues = {
  name: 'Скидка за подписку',
  event: 'subscription',
  valueType: 'percent',
  value: 10,
  validityDays: 30,
  usage: 'single',
  sharedCode: null,
  redemptionCap: null,
  recurrence: 'once',
  reminderDays: [7, 25],
  minPurchase: null,
  active: true,
};

const VALIDATORS = {
  name: validateName,
  value: validateValue,
  validityDays: validateValidity,
  recurrence: validateRecurrence,
  reminderDays: validateReminders,
  sharedCode: validateSharedCode,
  redemptionCap: validateCap,
  minPurchase: validateMinPurchase,
} as const;

/** Fields the panel refuses, for form values as typed. */
function panelFields(values: TemplateValues): string[] {
  return Object.entries(VALIDATORS)
    .filter(([field, validate]) => validate(values[field as keyof TemplateValues], values) !== undefined)
    .map(([field]) => field)
    .sort();
}

/** Fields the API refuses, for what the form would send. */
function apiFields(values: TemplateValues): string[] {
  const result = validateDiscountTemplate(toApiTemplate(values) as unknown as DiscountTemplateInput);
  return result.ok ? [] : Object.keys(result.fields).sort();
}

describe('discount template rules in the panel', () => {
  it.each<[string, TemplateValues]>([
    ['valid', {}],
    ['percent 0', { value: 0 }],
    ['percent 101', { value: 101 }],
    ['percent 9.5', { value: 9.5 }],
    ['fixed 150.5', { valueType: 'fixed', value: 150.5 }],
    ['fixed 0', { valueType: 'fixed', value: 0 }],
    ['fixed 1.005', { valueType: 'fixed', value: 1.005 }],
    ['fixed 2 000 000', { valueType: 'fixed', value: 2_000_000 }],
    ['validity -1', { validityDays: -1 }],
    ['validity empty (never expires)', { validityDays: null }],
    ['every 30 days', { recurrence: { days: 30 } }],
    ['every 0 days', { recurrence: { days: 0 } }],
    ['weekly', { recurrence: 'weekly' }],
    ['reminder after expiry', { reminderDays: [31] }],
    ['reminder 0', { reminderDays: [0] }],
    ['eleven reminders', { validityDays: null, reminderDays: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] }],
    ['shared without code', { usage: 'shared' }],
    ['shared code', { usage: 'shared', sharedCode: 'marmelad-10', redemptionCap: 100 }],
    ['shared cap 0', { usage: 'shared', sharedCode: 'LETO', redemptionCap: 0 }],
    ['shared code too short', { usage: 'shared', sharedCode: 'AB' }],
    ['single with a leftover code (dropped)', { sharedCode: 'LETO', redemptionCap: 5 }],
    ['min purchase 500', { minPurchase: 500 }],
    ['min purchase -1', { minPurchase: -1 }],
    ['empty name', { name: '  ' }],
  ])('%s: the panel refuses the same fields as the API', (_, change) => {
    const values = { ...base, ...change };
    expect(panelFields(values)).toEqual(apiFields(values));
  });

  it('reads reminder days as typed and says what is wrong in Russian', () => {
    expect(parseDays('7, 30')).toEqual([7, 30]);
    expect(parseDays('7 и 30')).toBe('7 и 30');
    expect(validateReminders('7 и 30', base)).toBe('Дни через запятую, например 7, 30');
    expect(validateValue(101, base)).toBe('Процент от 1 до 100');
  });
});
