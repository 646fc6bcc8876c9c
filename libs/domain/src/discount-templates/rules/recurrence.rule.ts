import { DEFAULT_SHOP_TIME_ZONE, shopDateKey, shopMonthKey, shopYear, toShopTime } from '../../shared';

export type Recurrence =
  | { kind: 'once' }
  | { kind: 'days'; days: number }
  | { kind: 'monthly' }
  | { kind: 'yearly' }
  | { kind: 'unlimited' };

/** The stored / API form (DESIGN §2): `"once"`, `{"days": N}`, `"monthly"`, `"yearly"`, `"unlimited"`. */
export type RecurrenceJson = 'once' | 'monthly' | 'yearly' | 'unlimited' | { days: number };

export const MIN_RECURRENCE_DAYS = 1;
export const MAX_RECURRENCE_DAYS = 3650;

export class RecurrenceInvalidError extends Error {
  constructor(readonly value: unknown) {
    super(
      `Invalid recurrence ${safeJson(value)}: expected "once", "monthly", "yearly", "unlimited" ` +
        `or {"days": N} with N an integer from ${MIN_RECURRENCE_DAYS} to ${MAX_RECURRENCE_DAYS}`,
    );
    this.name = 'RecurrenceInvalidError';
  }
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

const PLAIN_KINDS = ['once', 'monthly', 'yearly', 'unlimited'] as const;
type PlainKind = (typeof PLAIN_KINDS)[number];

function isPlainKind(value: unknown): value is PlainKind {
  return typeof value === 'string' && (PLAIN_KINDS as readonly string[]).includes(value);
}

function isValidDays(days: unknown): days is number {
  return (
    Number.isInteger(days) &&
    (days as number) >= MIN_RECURRENCE_DAYS &&
    (days as number) <= MAX_RECURRENCE_DAYS
  );
}

/**
 * Accepts the JSON form and the typed form; anything else — including extra keys — is
 * refused, because a recurrence typo silently read as "unlimited" would hand out codes freely.
 * Input is an already-parsed JSON value, not JSON text.
 */
export function parseRecurrence(input: unknown): Recurrence {
  if (isPlainKind(input)) return { kind: input };
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw new RecurrenceInvalidError(input);
  const keys = Object.keys(input).sort().join(',');
  const record = input as Record<string, unknown>;
  if (keys === 'days' && isValidDays(record.days)) return { kind: 'days', days: record.days };
  if (keys === 'days,kind' && record.kind === 'days' && isValidDays(record.days)) {
    return { kind: 'days', days: record.days };
  }
  if (keys === 'kind' && isPlainKind(record.kind)) return { kind: record.kind };
  throw new RecurrenceInvalidError(input);
}

export function serializeRecurrence(recurrence: Recurrence): RecurrenceJson {
  return recurrence.kind === 'days' ? { days: recurrence.days } : recurrence.kind;
}

/**
 * `periodKey` is the stable part of the idempotent issue key (`subscription:{client}:{periodKey}`).
 * For `unlimited` it is the constant `'unlimited'`: every issue is a new one, so the caller
 * appends a request id — retries of one request collapse, separate requests do not.
 * `nextAt` is the first instant an issue is allowed again; null means never (`once`).
 */
export type RecurrenceCheck = { allowed: true; periodKey: string } | { allowed: false; nextAt: Date | null };

export interface RecurrenceInput {
  recurrence: Recurrence;
  lastIssuedAt: Date | null;
  now: Date;
  timeZone?: string;
}

/** May this template be issued to this client again, now? Calendar periods are shop-local. */
export function checkRecurrence({
  recurrence,
  lastIssuedAt,
  now,
  timeZone = DEFAULT_SHOP_TIME_ZONE,
}: RecurrenceInput): RecurrenceCheck {
  switch (recurrence.kind) {
    case 'once':
      return lastIssuedAt === null ? { allowed: true, periodKey: 'once' } : { allowed: false, nextAt: null };
    case 'days': {
      // Calendar days on the shop's clock (identical to N×24 h in a zone without DST) so the
      // next allowed issue always falls on a later shop date and gets a fresh periodKey.
      const nextAt =
        lastIssuedAt && toShopTime(lastIssuedAt, timeZone).plus({ days: recurrence.days }).toJSDate();
      if (nextAt && now < nextAt) return { allowed: false, nextAt };
      return { allowed: true, periodKey: shopDateKey(now, timeZone) };
    }
    case 'monthly':
      return calendarPeriod('month', lastIssuedAt, now, timeZone, shopMonthKey(now, timeZone));
    case 'yearly':
      return calendarPeriod('year', lastIssuedAt, now, timeZone, String(shopYear(now, timeZone)));
    case 'unlimited':
      return { allowed: true, periodKey: 'unlimited' };
  }
}

function calendarPeriod(
  unit: 'month' | 'year',
  lastIssuedAt: Date | null,
  now: Date,
  timeZone: string,
  periodKey: string,
): RecurrenceCheck {
  const periodStart = toShopTime(now, timeZone).startOf(unit).toJSDate();
  // `>=` rather than "same period": a last issue stamped after `now` (clock skew between
  // replicas) also blocks, and the next chance is counted from that later issue.
  if (lastIssuedAt && lastIssuedAt >= periodStart) {
    const nextAt = toShopTime(lastIssuedAt, timeZone)
      .startOf(unit)
      .plus(unit === 'month' ? { months: 1 } : { years: 1 })
      .toJSDate();
    return { allowed: false, nextAt };
  }
  return { allowed: true, periodKey };
}
