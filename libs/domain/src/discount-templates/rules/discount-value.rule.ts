export type DiscountValueType = 'percent' | 'fixed';

export const MAX_FIXED_VALUE = 1_000_000;

/** U+00A0: the number and its sign never wrap onto separate lines in a Telegram bubble. */
const NBSP = '\u00A0';

// DECIMAL(10,2) comes back from mysql2 as a string such as "150.00".
const DECIMAL_TEXT = /^-?\d+(?:\.\d+)?$/;

function toNumber(value: string | number): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const text = value.trim();
  return DECIMAL_TEXT.test(text) ? Number(text) : null;
}

/** Places after the point, ignoring trailing zeros: "10.00" has 0, "99.50" has 1. */
function decimalPlaces(value: string | number): number {
  if (typeof value === 'string') return value.trim().split('.')[1]?.replace(/0+$/, '').length ?? 0;
  if (Number.isInteger(value)) return 0;
  const [mantissa, exponent = '0'] = String(value).split('e');
  return Math.max(0, (mantissa.split('.')[1]?.length ?? 0) - Number(exponent));
}

/** Russian typography: a no-break space between thousands from five digits on ("9999", "10 000"). */
function groupThousands(integer: string): string {
  return integer.length < 5 ? integer : integer.replace(/\B(?=(\d{3})+$)/g, NBSP);
}

/** «10 %», «12,5 %», «150 ₽», «99,50 ₽», «15 000 ₽» — as bot texts and the panel show a value. */
export function formatDiscountValue(type: DiscountValueType, value: string | number): string {
  const amount = toNumber(value);
  if (amount === null || amount < 0) throw new RangeError(`Not a discount value: ${String(value)}`);
  const cents = Math.round(amount * 100);
  const integer = groupThousands(String(Math.floor(cents / 100)));
  const fraction = String(cents % 100).padStart(2, '0');
  switch (type) {
    case 'percent': {
      const shortFraction = fraction.replace(/0+$/, '');
      return `${integer}${shortFraction ? `,${shortFraction}` : ''}${NBSP}%`;
    }
    case 'fixed':
      // Roubles: whole amounts without ",00"; otherwise always two kopeck digits.
      return `${integer}${fraction === '00' ? '' : `,${fraction}`}${NBSP}₽`;
  }
}

/** Problems with a value for the given type; empty when it is valid. */
export function validateDiscountValue(type: DiscountValueType, value: string | number): string[] {
  const amount = toNumber(value);
  if (amount === null) return ['value must be a number'];
  const errors: string[] = [];
  switch (type) {
    case 'percent':
      if (decimalPlaces(value) > 0) errors.push('percent value must be a whole number');
      if (amount < 1 || amount > 100) errors.push('percent value must be between 1 and 100');
      break;
    case 'fixed':
      if (amount <= 0) errors.push('fixed value must be greater than 0');
      if (amount > MAX_FIXED_VALUE) errors.push(`fixed value must not exceed ${MAX_FIXED_VALUE}`);
      if (decimalPlaces(value) > 2) errors.push('fixed value must have at most 2 decimal places');
      break;
  }
  return errors;
}
