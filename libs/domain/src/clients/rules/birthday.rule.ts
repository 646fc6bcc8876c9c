import { DateTime } from 'luxon';
import { DEFAULT_SHOP_TIME_ZONE, shopDateKey } from '../../shared';

export type BirthdayRefusal = 'format' | 'two_digit_year' | 'impossible_date' | 'future' | 'too_old';
export type BirthdayParse = { ok: true; date: string } | { ok: false; reason: BirthdayRefusal };

export const MAX_AGE_YEARS = 120;

/** Every spelling of a month a Russian speaker types: nominative, genitive, usual abbreviations. */
const MONTH_WORDS: ReadonlyArray<readonly string[]> = [
  ['январь', 'января', 'янв'],
  ['февраль', 'февраля', 'фев', 'февр'],
  ['март', 'марта', 'мар'],
  ['апрель', 'апреля', 'апр'],
  ['май', 'мая'],
  ['июнь', 'июня', 'июн'],
  ['июль', 'июля', 'июл'],
  ['август', 'августа', 'авг'],
  ['сентябрь', 'сентября', 'сен', 'сент'],
  ['октябрь', 'октября', 'окт'],
  ['ноябрь', 'ноября', 'ноя', 'нояб'],
  ['декабрь', 'декабря', 'дек'],
];
const MONTH_BY_WORD = new Map(
  MONTH_WORDS.flatMap((words, index) => words.map((word) => [word, index + 1] as const)),
);

// "03.02.2002", "3 2 2002", "3, 2, 2002", "03-02-2002", "3/2/2002" (separators may be mixed).
const NUMERIC = /^(\d{1,2})\s*[.,\-/\s]\s*(\d{1,2})\s*[.,\-/\s]\s*(\d+)$/;
// "3 февраля 2002", "3 фев. 2002", "3-фев-2002"
const WITH_MONTH_WORD = /^(\d{1,2})[\s.,\-/]*([а-я]+)\.?[\s.,\-/]*(\d+)$/;
// "… 2002 г.", "… 2002г", "… 2002 года", "… 2002 год"
const YEAR_SUFFIX = /(?<=\d)\s*(?:г\.?|года?)$/;
// "2002-02-03": unambiguous with a four-digit year first, so accepted too.
const ISO_LIKE = /^(\d{4})[.\-/](\d{1,2})[.\-/](\d{1,2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * A birthday typed by a client in any usual Russian form, checked against the shop-local
 * `today`: refusal reasons map to the hint the bot gives. A two-digit year is refused rather
 * than guessed — "02" may be 1902 or 2002 and a wrong guess sends the wrong age segment offers.
 */
export function parseBirthday(
  text: string,
  today: Date,
  timeZone: string = DEFAULT_SHOP_TIME_ZONE,
): BirthdayParse {
  const cleaned = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .trim()
    .replace(YEAR_SUFFIX, '');
  let day: string, month: number, year: string;
  const numeric = NUMERIC.exec(cleaned);
  const worded = numeric ? null : WITH_MONTH_WORD.exec(cleaned);
  const isoLike = ISO_LIKE.exec(cleaned);
  if (isoLike) {
    [, year, , day] = isoLike;
    month = Number(isoLike[2]);
  } else if (numeric) {
    [, day, , year] = numeric;
    month = Number(numeric[2]);
  } else if (worded && MONTH_BY_WORD.has(worded[2])) {
    [, day, , year] = worded;
    month = MONTH_BY_WORD.get(worded[2]) ?? 0;
  } else {
    return { ok: false, reason: 'format' };
  }
  if (year.length === 2) return { ok: false, reason: 'two_digit_year' };
  if (year.length !== 4) return { ok: false, reason: 'format' };

  const y = Number(year);
  const d = Number(day);
  if (month < 1 || month > 12 || d < 1 || d > daysInMonth(y, month)) {
    return { ok: false, reason: 'impossible_date' };
  }

  const date = `${year}-${pad(month)}-${pad(d)}`;
  const todayKey = shopDateKey(today, timeZone);
  // ISO dates compare correctly as strings.
  if (date > todayKey) return { ok: false, reason: 'future' };
  const oldest = DateTime.fromISO(todayKey, { zone: 'UTC' }).minus({ years: MAX_AGE_YEARS }).toISODate();
  if (oldest !== null && date < oldest) return { ok: false, reason: 'too_old' };
  return { ok: true, date };
}

function splitIsoDate(isoDate: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${isoDate}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** The date the birthday falls on in `year`; 29 Feb is celebrated on 28 Feb in other years (DESIGN §2). */
export function birthdayForYear(birthday: string, year: number): string {
  const [, month, day] = splitIsoDate(birthday);
  const shownDay = month === 2 && day === 29 && !isLeapYear(year) ? 28 : day;
  return `${pad(year, 4)}-${pad(month)}-${pad(shownDay)}`;
}

/**
 * Full years on the shop-local date of `date`. A 29 Feb birthday counts on 28 Feb in common
 * years, the day the greeting is sent, so the age segment and the greeting agree.
 */
export function ageOn(birthday: string, date: Date, timeZone: string = DEFAULT_SHOP_TIME_ZONE): number {
  const [birthYear] = splitIsoDate(birthday);
  const todayKey = shopDateKey(date, timeZone);
  const year = Number(todayKey.slice(0, 4));
  const hadBirthday = todayKey >= birthdayForYear(birthday, year);
  return year - birthYear - (hadBirthday ? 0 : 1);
}
