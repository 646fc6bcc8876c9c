import { DateTime } from 'luxon';

/** Shop-local calendar days, both inclusive, and the instants that bound them. */
export interface ResolvedRange {
  from: string;
  to: string;
  start: Date;
  /** Exclusive: the start of the day after `to`. */
  end: Date;
  timeZone: string;
}

export const DEFAULT_RANGE_DAYS = 30;
export const MAX_RANGE_DAYS = 366;

/**
 * The range a stats request means, in shop-local days: the last 30 days through today by
 * default; an inverted or over-long range is clamped rather than refused (a chart, not a contract).
 */
export function resolveRange(
  input: { from?: string; to?: string },
  now: Date,
  timeZone: string,
): ResolvedRange {
  const today = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day');
  const parse = (d: string | undefined) =>
    d ? DateTime.fromISO(d, { zone: timeZone }).startOf('day') : null;
  let to = parse(input.to) ?? today;
  let from = parse(input.from) ?? to.minus({ days: DEFAULT_RANGE_DAYS - 1 });
  if (!to.isValid) to = today;
  if (!from.isValid || from > to) from = to;
  if (to.diff(from, 'days').days >= MAX_RANGE_DAYS) from = to.minus({ days: MAX_RANGE_DAYS - 1 });
  return {
    from: from.toISODate()!,
    to: to.toISODate()!,
    start: from.toJSDate(),
    end: to.plus({ days: 1 }).toJSDate(),
    timeZone,
  };
}

/** Every day of the range, for a chart without holes. */
export function daysOf(range: ResolvedRange): string[] {
  const days: string[] = [];
  const end = DateTime.fromISO(range.to, { zone: range.timeZone });
  for (let d = DateTime.fromISO(range.from, { zone: range.timeZone }); d <= end; d = d.plus({ days: 1 }))
    days.push(d.toISODate()!);
  return days;
}

/** The shop-local day of a UTC hour bucket (`2026-11-21 05:00:00`): DST-safe, unlike a fixed offset. */
export function shopDayOfHour(hourUtc: string | Date, timeZone: string): string {
  const instant =
    hourUtc instanceof Date ? DateTime.fromJSDate(hourUtc) : DateTime.fromSQL(hourUtc, { zone: 'utc' });
  return instant.setZone(timeZone).toISODate()!;
}
