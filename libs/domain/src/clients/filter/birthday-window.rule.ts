import type { DateTime } from 'luxon';

/** `birthday_md` = month·100 + day, as the clients table stores and indexes it. */
const md = (day: DateTime) => day.month * 100 + day.day;

/**
 * The `birthday_md` ranges of birthdays from `today` through `today + days` (shop-local
 * calendar). The window's days are consecutive, so `md` only grows except across New Year:
 * at most two ranges, each usable as `BETWEEN` on the index (the gaps between, say, 131 and
 * 201 hold no real dates). A 29 February birthday is celebrated on 28 February in other
 * years (DESIGN §2), so a window ending on 28 Feb of a non-leap year includes 229.
 */
export function birthdayWindow(today: DateTime, days: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let day = today.startOf('day');
  for (let i = 0; i <= Math.min(days, 366); i++, day = day.plus({ days: 1 })) {
    const value = md(day);
    const last = ranges.at(-1);
    if (last && value > last[1]) last[1] = value;
    else if (!last || value < last[0]) ranges.push([value, value]);
    if (!day.isInLeapYear && value === 228) ranges.at(-1)![1] = Math.max(ranges.at(-1)![1], 229);
  }
  return mergeOverlaps(ranges);
}

/** A window of a year or more wraps onto itself; overlapping ranges become one. */
function mergeOverlaps(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const [from, to] of sorted) {
    const last = out.at(-1);
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}
