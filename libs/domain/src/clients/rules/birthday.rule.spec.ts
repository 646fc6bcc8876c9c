import { ageOn, birthdayForYear, isLeapYear, parseBirthday, type BirthdayRefusal } from './birthday.rule';

const TODAY = new Date('2026-03-10T05:00:00Z'); // 10 March 2026, 15:00 in Vladivostok

describe('parseBirthday', () => {
  it.each([
    ['03.02.2002', '2002-02-03'],
    ['3.2.2002', '2002-02-03'],
    ['3 2 2002', '2002-02-03'],
    ['3,2,2002', '2002-02-03'],
    ['3, 2, 2002', '2002-02-03'],
    ['03-02-2002', '2002-02-03'],
    ['3/2/2002', '2002-02-03'],
    ['3 . 2 . 2002', '2002-02-03'],
    ['03.02 2002', '2002-02-03'],
    ['  03.02.2002  ', '2002-02-03'],
    ['\n03.02.2002\t', '2002-02-03'],
    ['03.02.2002г.', '2002-02-03'],
    ['03.02.2002 г.', '2002-02-03'],
    ['03.02.2002 г', '2002-02-03'],
    ['03.02.2002 года', '2002-02-03'],
    ['03.02.2002 год', '2002-02-03'],
    ['03–02–2002', '2002-02-03'],
    ['０３.０２.２００２', '2002-02-03'],
    ['2002-02-03', '2002-02-03'],
    ['3 февраля 2002', '2002-02-03'],
    ['3 ФЕВРАЛЯ 2002', '2002-02-03'],
    ['3 Февраль 2002', '2002-02-03'],
    ['3 фев 2002', '2002-02-03'],
    ['3 фев. 2002', '2002-02-03'],
    ['3 Фев. 2002 г.', '2002-02-03'],
    ['3 февр. 2002', '2002-02-03'],
    ['3 февраля 2002 года', '2002-02-03'],
    ['3 февраля, 2002', '2002-02-03'],
    ['3февраля2002', '2002-02-03'],
    ['3-фев-2002', '2002-02-03'],
    ['03\u00A0февраля\u00A02002', '2002-02-03'],
    ['29.02.2000', '2000-02-29'],
    ['29.02.2024', '2024-02-29'],
    ['31.12.1999', '1999-12-31'],
    ['1.1.1970', '1970-01-01'],
    ['10.03.2026', '2026-03-10'],
    ['10.03.1906', '1906-03-10'],
  ])('reads %j as %s', (text, date) => {
    expect(parseBirthday(text, TODAY)).toEqual({ ok: true, date });
  });

  it.each([
    ['январь', 1],
    ['января', 1],
    ['янв', 1],
    ['Янв.', 1],
    ['февраль', 2],
    ['февраля', 2],
    ['фев', 2],
    ['февр', 2],
    ['март', 3],
    ['марта', 3],
    ['мар', 3],
    ['мар.', 3],
    ['апрель', 4],
    ['апреля', 4],
    ['апр', 4],
    ['май', 5],
    ['мая', 5],
    ['МАЯ', 5],
    ['июнь', 6],
    ['июня', 6],
    ['июн', 6],
    ['июль', 7],
    ['июля', 7],
    ['июл', 7],
    ['август', 8],
    ['августа', 8],
    ['авг', 8],
    ['авг.', 8],
    ['сентябрь', 9],
    ['сентября', 9],
    ['сен', 9],
    ['сент', 9],
    ['сент.', 9],
    ['октябрь', 10],
    ['октября', 10],
    ['окт', 10],
    ['ноябрь', 11],
    ['ноября', 11],
    ['ноя', 11],
    ['нояб.', 11],
    ['декабрь', 12],
    ['декабря', 12],
    ['дек', 12],
    ['Дек.', 12],
  ])('knows the month word %j', (word, month) => {
    expect(parseBirthday(`5 ${word} 1990`, TODAY)).toEqual({
      ok: true,
      date: `1990-${String(month).padStart(2, '0')}-05`,
    });
  });

  it.each<[string, BirthdayRefusal]>([
    ['', 'format'],
    ['   ', 'format'],
    ['завтра', 'format'],
    ['🎂', 'format'],
    ['03.02', 'format'],
    ['3 февраля', 'format'],
    ['03022002', 'format'],
    ['2002', 'format'],
    ['3.2.2002.1', 'format'],
    ['003.02.2002', 'format'],
    ['3.2.20020', 'format'],
    ['3.2.200', 'format'],
    ['3.2.2', 'format'],
    ['3 фебраля 2002', 'format'],
    ['3 feb 2002', 'format'],
    ['3 февраля 2002 года рождения', 'format'],
    ['третье февраля 2002', 'format'],
    ['03.02.02', 'two_digit_year'],
    ['3.2.99', 'two_digit_year'],
    ['3 февраля 02', 'two_digit_year'],
    ['3 фев 99 г.', 'two_digit_year'],
    ['31.02.2002', 'impossible_date'],
    ['30.02.2000', 'impossible_date'],
    ['29.02.2001', 'impossible_date'],
    ['29.02.1900', 'impossible_date'],
    ['31.04.2002', 'impossible_date'],
    ['31 июня 2002', 'impossible_date'],
    ['32.01.2002', 'impossible_date'],
    ['00.01.2002', 'impossible_date'],
    ['0 мая 2000', 'impossible_date'],
    ['01.00.2002', 'impossible_date'],
    ['01.13.2002', 'impossible_date'],
    ['11.03.2026', 'future'],
    ['01.01.2027', 'future'],
    ['31.12.2099', 'future'],
    ['09.03.1906', 'too_old'],
    ['01.01.1800', 'too_old'],
    ['01.01.0001', 'too_old'],
  ])('refuses %j (%s)', (text, reason) => {
    expect(parseBirthday(text, TODAY)).toEqual({ ok: false, reason });
  });

  it('decides "today" on the shop clock', () => {
    const justAfterShopMidnight = new Date('2026-03-09T14:30:00Z'); // already 10 March in Vladivostok
    expect(parseBirthday('10.03.2000', justAfterShopMidnight)).toEqual({ ok: true, date: '2000-03-10' });
    expect(parseBirthday('10.03.2026', justAfterShopMidnight)).toEqual({ ok: true, date: '2026-03-10' });
    expect(parseBirthday('10.03.2026', justAfterShopMidnight, 'UTC')).toEqual({
      ok: false,
      reason: 'future',
    });
  });
});

describe('birthdayForYear', () => {
  it.each([
    ['2000-02-29', 2023, '2023-02-28'],
    ['2000-02-29', 2024, '2024-02-29'],
    ['2000-02-29', 2100, '2100-02-28'],
    ['2000-02-28', 2023, '2023-02-28'],
    ['1990-03-15', 2026, '2026-03-15'],
    ['1990-12-31', 2026, '2026-12-31'],
    ['1990-01-01', 2027, '2027-01-01'],
  ])('%s falls on %s in %i', (birthday, year, expected) => {
    expect(birthdayForYear(birthday, year)).toBe(expected);
  });

  it.each(['2000-2-29', '29.02.2000', ''])('refuses the malformed birthday %j', (birthday) => {
    expect(() => birthdayForYear(birthday, 2026)).toThrow(RangeError);
  });
});

describe('ageOn', () => {
  it.each([
    ['2000-03-10', '2026-03-10T05:00:00Z', 26],
    ['2000-03-11', '2026-03-10T05:00:00Z', 25],
    ['2000-03-09', '2026-03-10T05:00:00Z', 26],
    ['2026-03-10', '2026-03-10T05:00:00Z', 0],
    ['1906-03-10', '2026-03-10T05:00:00Z', 120],
    ['2000-02-29', '2026-02-27T05:00:00Z', 25],
    ['2000-02-29', '2026-02-28T05:00:00Z', 26],
    ['2000-02-29', '2028-02-28T05:00:00Z', 27],
    ['2000-02-29', '2028-02-29T05:00:00Z', 28],
    ['2000-12-31', '2026-12-31T13:59:59Z', 26],
    ['2000-01-01', '2025-12-31T14:00:00Z', 26],
  ])('born %s is %i on %s', (birthday, instant, age) => {
    expect(ageOn(birthday, new Date(instant))).toBe(age);
  });

  it('counts the birthday on the shop calendar, not UTC', () => {
    const instant = new Date('2026-03-09T14:30:00Z'); // 10 March in the shop, 9 March in UTC
    expect(ageOn('2000-03-10', instant)).toBe(26);
    expect(ageOn('2000-03-10', instant, 'UTC')).toBe(25);
  });
});

describe('isLeapYear', () => {
  it.each([
    [2000, true],
    [2024, true],
    [1900, false],
    [2023, false],
    [2100, false],
  ])('%i → %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });
});
