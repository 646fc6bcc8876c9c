import { formatDiscountValue, validateDiscountValue, type DiscountValueType } from './discount-value.rule';

const NBSP = '\u00A0';
/** Writes expectations with a visible "_" where a no-break space must be. */
const shown = (text: string): string => text.replace(/_/g, NBSP);

describe('formatDiscountValue', () => {
  it.each<[DiscountValueType, string | number, string]>([
    ['percent', 10, '10_%'],
    ['percent', '10', '10_%'],
    ['percent', '10.00', '10_%'],
    ['percent', 100, '100_%'],
    ['percent', '12.50', '12,5_%'],
    ['fixed', 150, '150_₽'],
    ['fixed', '150.00', '150_₽'],
    ['fixed', '99.50', '99,50_₽'],
    ['fixed', 99.5, '99,50_₽'],
    ['fixed', '0.05', '0,05_₽'],
    ['fixed', '1234.10', '1234,10_₽'],
    ['fixed', 9999, '9999_₽'],
    ['fixed', 15000, '15_000_₽'],
    ['fixed', '1000000.00', '1_000_000_₽'],
    ['fixed', ' 150.00 ', '150_₽'],
    ['fixed', 0.1 + 0.2, '0,30_₽'],
  ])('%s %j → %s', (type, value, expected) => {
    expect(formatDiscountValue(type, value)).toBe(shown(expected));
  });

  it('keeps the number and the sign together with a no-break space, not U+202F', () => {
    expect(formatDiscountValue('percent', 10)).toBe('10\u00A0%');
    expect(formatDiscountValue('fixed', 150)).not.toContain('\u202F');
  });

  it.each(['', 'abc', '1e3', '0x10', '-5', Number.NaN, Number.POSITIVE_INFINITY, -1])(
    'refuses to format %j',
    (value) => {
      expect(() => formatDiscountValue('fixed', value)).toThrow(RangeError);
    },
  );
});

describe('validateDiscountValue', () => {
  it.each<[DiscountValueType, string | number]>([
    ['percent', 1],
    ['percent', 10],
    ['percent', 100],
    ['percent', '15'],
    ['percent', '15.00'],
    ['fixed', 0.01],
    ['fixed', 150],
    ['fixed', '150.00'],
    ['fixed', '99.5'],
    ['fixed', 99.99],
    ['fixed', '99.500'],
    ['fixed', 1_000_000],
    ['fixed', '1000000.00'],
  ])('accepts %s %j', (type, value) => {
    expect(validateDiscountValue(type, value)).toEqual([]);
  });

  it.each<[DiscountValueType, string | number, string[]]>([
    ['percent', 0, ['percent value must be between 1 and 100']],
    ['percent', 101, ['percent value must be between 1 and 100']],
    ['percent', -5, ['percent value must be between 1 and 100']],
    ['percent', 10.5, ['percent value must be a whole number']],
    ['percent', '10.5', ['percent value must be a whole number']],
    ['percent', 0.5, ['percent value must be a whole number', 'percent value must be between 1 and 100']],
    ['fixed', 0, ['fixed value must be greater than 0']],
    ['fixed', '0.00', ['fixed value must be greater than 0']],
    ['fixed', -10, ['fixed value must be greater than 0']],
    ['fixed', 1_000_000.01, ['fixed value must not exceed 1000000']],
    ['fixed', '99.999', ['fixed value must have at most 2 decimal places']],
    ['fixed', 0.001, ['fixed value must have at most 2 decimal places']],
    ['fixed', 1e-7, ['fixed value must have at most 2 decimal places']],
    [
      'fixed',
      '-0.555',
      ['fixed value must be greater than 0', 'fixed value must have at most 2 decimal places'],
    ],
    ['fixed', 'abc', ['value must be a number']],
    ['fixed', '', ['value must be a number']],
    ['fixed', '1,5', ['value must be a number']],
    ['fixed', '1e3', ['value must be a number']],
    ['percent', Number.NaN, ['value must be a number']],
    ['fixed', Number.POSITIVE_INFINITY, ['value must be a number']],
  ])('refuses %s %j', (type, value, errors) => {
    expect(validateDiscountValue(type, value)).toEqual(errors);
  });
});
