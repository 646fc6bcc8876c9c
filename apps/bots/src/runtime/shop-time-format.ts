import { DateTime } from 'luxon';

/** `ДД.ММ.ГГГГ` in the shop's zone, from an ISO instant (error details carry ISO strings). */
export function shopDate(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return '—';
  return DateTime.fromISO(iso, { zone: timeZone }).toFormat('dd.MM.yyyy');
}

/** `ДД.ММ.ГГГГ в ЧЧ:ММ` in the shop's zone: when a code was redeemed. */
export function shopDateTime(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return '—';
  return DateTime.fromISO(iso, { zone: timeZone }).toFormat("dd.MM.yyyy 'в' HH:mm");
}

/** `ЧЧ:ММ` in the shop's zone: until when a cashier is locked. */
export function shopTime(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return '—';
  return DateTime.fromISO(iso, { zone: timeZone }).toFormat('HH:mm');
}
