/**
 * The discount template rules of DESIGN §2 (libs/domain discount-template.rule), as field
 * validators in Russian: each gets the field's value and the whole form, like react-admin's.
 */
export type Recurrence = 'once' | 'monthly' | 'yearly' | 'unlimited' | { days: number };

export interface TemplateValues {
  name?: string;
  event?: string;
  valueType?: 'percent' | 'fixed';
  value?: number | string | null;
  validityDays?: number | null;
  usage?: 'single' | 'shared';
  sharedCode?: string | null;
  redemptionCap?: number | null;
  recurrence?: unknown;
  reminderDays?: unknown;
  minPurchase?: number | string | null;
  active?: boolean;
}

type Validator = (value: unknown, all: TemplateValues) => string | undefined;

const blank = (v: unknown) => v === null || v === undefined || v === '';
const places = (v: number) => (String(v).split('.')[1] ?? '').length;
const MAX_FIXED = 1_000_000;

export const validateName: Validator = (v) => {
  const name = typeof v === 'string' ? v.trim() : '';
  return name.length >= 1 && name.length <= 128 ? undefined : 'Название от 1 до 128 символов';
};

export const validateValue: Validator = (v, all) => {
  if (blank(v)) return 'Укажите размер скидки';
  const n = Number(v);
  if (!Number.isFinite(n)) return 'Введите число';
  if (all.valueType === 'fixed') {
    if (n <= 0) return 'Сумма должна быть больше 0 ₽';
    if (n > MAX_FIXED) return 'Не больше 1 000 000 ₽';
    if (places(n) > 2) return 'Не больше двух знаков после запятой (копейки)';
    return undefined;
  }
  if (!Number.isInteger(n)) return 'Процент — целое число';
  return n >= 1 && n <= 100 ? undefined : 'Процент от 1 до 100';
};

export const validateValidity: Validator = (v) => {
  if (blank(v)) return undefined; // never expires
  const n = Number(v);
  return Number.isInteger(n) && n >= 0 && n <= 3650
    ? undefined
    : 'Целое число дней от 0 до 3650 (пусто — бессрочно)';
};

export const validateRecurrence: Validator = (v) => {
  if (v === 'once' || v === 'monthly' || v === 'yearly' || v === 'unlimited') return undefined;
  if (typeof v === 'object' && v !== null && Object.keys(v).join() === 'days') {
    const days = (v as { days: unknown }).days;
    if (Number.isInteger(days) && (days as number) >= 1 && (days as number) <= 3650) return undefined;
    return 'Число дней от 1 до 3650';
  }
  return 'Выберите, как часто можно получать скидку';
};

/** «7, 30» → [7, 30]; anything else stays text and is refused by validateReminders. */
export function parseDays(text: string): number[] | string {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  if (parts.every((p) => /^\d+$/.test(p))) return parts.map(Number);
  return text;
}

export const validateReminders: Validator = (v, all) => {
  if (blank(v)) return undefined;
  if (!Array.isArray(v)) return 'Дни через запятую, например 7, 30';
  const days = v as unknown[];
  if (!days.every((d) => Number.isInteger(d) && (d as number) >= 1 && (d as number) <= 365))
    return 'Дни от 1 до 365';
  if (days.length > 10) return 'Не больше 10 напоминаний';
  const validity = all.validityDays;
  const validityOk = !blank(validity) && validateValidity(validity, all) === undefined;
  if (validityOk && days.some((d) => (d as number) > Number(validity)))
    return 'Напоминание позже окончания срока действия ни о чём не напомнит';
  return undefined;
};

/** The API's normalisation of a public code: no separators, upper case. */
export const normalizeSharedCode = (code: string) =>
  code
    .normalize('NFKC')
    .replace(/[\s\u200B-\u200D\u2060_.\-\u2010-\u2015\u2212]/g, '')
    .toUpperCase();

export const validateSharedCode: Validator = (v, all) => {
  if (all.usage !== 'shared') return undefined;
  const code = typeof v === 'string' ? normalizeSharedCode(v) : '';
  return /^[A-ZА-ЯЁ0-9]{4,32}$/.test(code)
    ? undefined
    : 'Общий код: от 4 до 32 букв и цифр, например MARMELAD10';
};

export const validateCap: Validator = (v, all) => {
  if (all.usage !== 'shared' || blank(v)) return undefined;
  const n = Number(v);
  return Number.isInteger(n) && n >= 1 ? undefined : 'Целое число больше 0 (пусто — без лимита)';
};

export const validateMinPurchase: Validator = (v) => {
  if (blank(v)) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) return 'Сумма больше 0 ₽ (пусто — без минимума)';
  if (n > MAX_FIXED) return 'Не больше 1 000 000 ₽';
  return places(n) > 2 ? 'Не больше двух знаков после запятой' : undefined;
};

/** What the form sends: a single-use template has no shared code or cap; empty means none. */
export function toApiTemplate(values: TemplateValues): TemplateValues {
  const shared = values.usage === 'shared';
  const orNull = (v: unknown) => (blank(v) ? null : Number(v));
  return {
    ...values,
    value: Number(values.value),
    validityDays: orNull(values.validityDays),
    sharedCode: shared && typeof values.sharedCode === 'string' ? values.sharedCode : null,
    redemptionCap: shared ? orNull(values.redemptionCap) : null,
    reminderDays: Array.isArray(values.reminderDays) ? values.reminderDays : [],
    minPurchase: orNull(values.minPurchase),
  };
}

/** How often a client may get it, in words. */
export function describeRecurrence(r: unknown): string {
  if (typeof r === 'object' && r !== null && 'days' in r)
    return `не чаще раза в ${String((r as { days: number }).days)} дн.`;
  return (
    (
      {
        once: 'один раз',
        monthly: 'раз в месяц',
        yearly: 'раз в год',
        unlimited: 'без ограничений',
      } as Record<string, string>
    )[String(r)] ?? String(r)
  );
}
