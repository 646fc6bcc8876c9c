/** Shop time (DESIGN §1: Asia/Vladivostok) and the shop's number formats, one place for every page. */
export const SHOP_TIME_ZONE = 'Asia/Vladivostok';

const dateTime = new Intl.DateTimeFormat('ru-RU', {
  timeZone: SHOP_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const dateOnly = new Intl.DateTimeFormat('ru-RU', {
  timeZone: SHOP_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const integer = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2 });

function toDate(value: string | number | Date): Date {
  return value instanceof Date ? value : new Date(value);
}

/** `dd.mm.yyyy HH:MM` in shop time; empty for no value. */
export function formatDateTime(value: string | number | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return '';
  return dateTime.format(date).replace(',', '');
}

/** `dd.mm.yyyy` in shop time; a bare `YYYY-MM-DD` (a birthday) is shown as is, with no shift. */
export function formatDate(value: string | number | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') {
    const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (day) return `${day[3]}.${day[2]}.${day[1]}`;
  }
  const date = toDate(value);
  return Number.isNaN(date.getTime()) ? '' : dateOnly.format(date);
}

/** «150 ₽» (no kopecks unless there are some). */
export function formatMoney(value: number | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  return `${decimal.format(Number(value))} ₽`;
}

/** «10 %»; `fraction` when the value is 0.1 rather than 10. */
export function formatPercent(
  value: number | null | undefined,
  options: { fraction?: boolean } = {},
): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  const percent = options.fraction ? value * 100 : value;
  return `${decimal.format(Math.round(percent * 10) / 10)} %`;
}

export function formatCount(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : integer.format(value);
}

/**
 * Shop-local wall time (`YYYY-MM-DDTHH:MM`, what a datetime-local input holds) → ISO instant.
 * Vladivostok is UTC+10 all year (no DST), so the offset is fixed.
 */
export function shopLocalToIso(local: string): string {
  return new Date(`${local}:00+10:00`).toISOString();
}

/** ISO instant → shop-local `YYYY-MM-DDTHH:MM` for a datetime-local input. */
export function isoToShopLocal(iso: string): string {
  const shifted = new Date(new Date(iso).getTime() + 10 * 3600_000);
  return shifted.toISOString().slice(0, 16);
}
