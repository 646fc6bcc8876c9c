import { birthdayKeysOn } from './birthday-today.rule';

describe('birthdayKeysOn', () => {
  it('is the day itself on an ordinary date', () => {
    expect(birthdayKeysOn('2026-02-03')).toEqual([203]);
    expect(birthdayKeysOn('2026-12-31')).toEqual([1231]);
  });

  it('celebrates 29 Feb on 28 Feb in a common year', () => {
    expect(birthdayKeysOn('2026-02-28')).toEqual([228, 229]);
    expect(birthdayKeysOn('2100-02-28')).toEqual([228, 229]);
  });

  it('keeps 28 Feb and 29 Feb apart in a leap year', () => {
    expect(birthdayKeysOn('2028-02-28')).toEqual([228]);
    expect(birthdayKeysOn('2028-02-29')).toEqual([229]);
    expect(birthdayKeysOn('2000-02-28')).toEqual([228]);
  });

  it('refuses what is not a date key', () => {
    expect(() => birthdayKeysOn('03.02.2026')).toThrow(RangeError);
  });
});
