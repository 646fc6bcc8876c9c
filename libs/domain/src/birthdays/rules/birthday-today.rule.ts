import { isLeapYear } from '../../clients';

/**
 * The `birthday_md` values (month·100 + day, the indexed column) celebrated on a shop-local
 * date: 29 Feb birthdays are celebrated on 28 Feb in common years (DESIGN §2).
 */
export function birthdayKeysOn(dateKey: string): number[] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateKey);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${dateKey}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const md = month * 100 + day;
  return md === 228 && !isLeapYear(year) ? [228, 229] : [md];
}
