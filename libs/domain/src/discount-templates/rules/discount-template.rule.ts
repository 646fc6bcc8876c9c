import { type DiscountValueType, validateDiscountValue } from './discount-value.rule';
import { parseRecurrence, type RecurrenceJson, serializeRecurrence } from './recurrence.rule';
import { DISCOUNT_EVENTS, type DiscountEvent, type DiscountUsage } from '../discount-template.entity';

export const MAX_REMINDERS = 10;
export const MAX_REMINDER_DAY = 365;
export const MAX_VALIDITY_DAYS = 3650;

/** What staff send; `value` and `minPurchase` may be numbers or decimal strings. */
export interface DiscountTemplateInput {
  name: string;
  event: DiscountEvent;
  valueType: DiscountValueType;
  value: number | string;
  validityDays: number | null;
  usage: DiscountUsage;
  sharedCode: string | null;
  redemptionCap: number | null;
  recurrence: unknown;
  reminderDays: number[];
  minPurchase: number | string | null;
  active: boolean;
}

export interface ValidDiscountTemplate extends Omit<
  DiscountTemplateInput,
  'value' | 'minPurchase' | 'recurrence'
> {
  value: string;
  minPurchase: string | null;
  recurrence: RecurrenceJson;
}

/** A public code such as `MARMELAD10`, after normalisation. */
export const SHARED_CODE_PATTERN = /^[A-ZА-ЯЁ0-9]{4,32}$/;

/** A shared code as stored and looked up: no separators, upper case (`marmelad-10` → `MARMELAD10`). */
export function normalizeSharedCode(input: string): string {
  return input
    .normalize('NFKC')
    .replace(/[\s\u200B-\u200D\u2060_.\-\u2010-\u2015\u2212]/g, '')
    .toUpperCase();
}

/**
 * Drops keys whose value is `undefined`: a DTO instance carries every declared field, and an
 * absent field must not override a default or a stored value when objects are spread.
 */
export function withoutUndefined<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}

const isInt = (v: unknown): v is number => Number.isInteger(v);

/** Every field at fault, or the template in its stored form. */
export function validateDiscountTemplate(
  input: DiscountTemplateInput,
): { ok: true; value: ValidDiscountTemplate } | { ok: false; fields: Record<string, string[]> } {
  const fields: Record<string, string[]> = {};
  const fail = (field: string, message: string) => (fields[field] ??= []).push(message);

  const name = typeof input.name === 'string' ? input.name.trim() : '';
  if (name.length < 1 || name.length > 128) fail('name', 'must be 1–128 characters');
  if (!DISCOUNT_EVENTS.includes(input.event)) fail('event', `must be one of ${DISCOUNT_EVENTS.join(', ')}`);
  if (input.valueType !== 'percent' && input.valueType !== 'fixed')
    fail('valueType', 'must be percent or fixed');
  else for (const problem of validateDiscountValue(input.valueType, input.value)) fail('value', problem);
  const validity = input.validityDays;
  const validityOk = validity === null || (isInt(validity) && validity >= 0 && validity <= MAX_VALIDITY_DAYS);
  if (!validityOk) fail('validityDays', `must be null or an integer from 0 to ${MAX_VALIDITY_DAYS}`);

  let recurrence: RecurrenceJson | null = null;
  try {
    recurrence = serializeRecurrence(parseRecurrence(input.recurrence));
  } catch (error) {
    fail('recurrence', (error as Error).message);
  }

  const reminders = input.reminderDays;
  if (!Array.isArray(reminders) || !reminders.every((d) => isInt(d) && d >= 1 && d <= MAX_REMINDER_DAY))
    fail('reminderDays', `must be whole days from 1 to ${MAX_REMINDER_DAY}`);
  else if (reminders.length > MAX_REMINDERS) fail('reminderDays', `at most ${MAX_REMINDERS} reminders`);
  else if (validityOk && validity !== null && reminders.some((d) => d > validity))
    fail('reminderDays', 'a reminder after the code expired would remind of nothing');

  const sharedCode = input.sharedCode ? normalizeSharedCode(input.sharedCode) : null;
  if (input.usage === 'shared') {
    if (!sharedCode || !SHARED_CODE_PATTERN.test(sharedCode))
      fail('sharedCode', 'a shared template needs a code of 4–32 letters and digits');
    if (input.redemptionCap !== null && (!isInt(input.redemptionCap) || input.redemptionCap < 1))
      fail('redemptionCap', 'must be null or a positive integer');
  } else if (input.usage === 'single') {
    if (sharedCode) fail('sharedCode', 'only shared templates have a shared code');
    if (input.redemptionCap !== null) fail('redemptionCap', 'only shared templates have a cap');
  } else fail('usage', 'must be single or shared');

  let minPurchase: string | null = null;
  if (input.minPurchase !== null && input.minPurchase !== undefined) {
    const problems = validateDiscountValue('fixed', input.minPurchase);
    if (problems.length)
      fail('minPurchase', problems.map((p) => p.replace('fixed value', 'minimum purchase')).join('; '));
    else minPurchase = Number(input.minPurchase).toFixed(2);
  }
  if (typeof input.active !== 'boolean') fail('active', 'must be true or false');

  if (Object.keys(fields).length > 0 || recurrence === null) return { ok: false, fields };
  return {
    ok: true,
    value: {
      ...input,
      name,
      value: Number(input.value).toFixed(2),
      sharedCode,
      recurrence,
      reminderDays: [...new Set(reminders)].sort((a, b) => a - b),
      minPurchase,
    },
  };
}
