import { isOwnContact, MAX_CLIENT_NAME_LENGTH, parseClientName } from './own-profile.rule';

describe('parseClientName', () => {
  it.each([
    ['Лена', { firstName: 'Лена', lastName: null }],
    ['  Анна   Мария  Петрова ', { firstName: 'Анна', lastName: 'Мария Петрова' }],
    ['Ольга 🌸', { firstName: 'Ольга', lastName: '🌸' }],
    ['Jean-Luc Picard', { firstName: 'Jean-Luc', lastName: 'Picard' }],
  ])('%p → %p', (input, expected) => {
    expect(parseClientName(input)).toEqual(expected);
  });

  it.each(['', '   ', '/start', '<b>Лена</b>', '12345', 'я'.repeat(MAX_CLIENT_NAME_LENGTH + 1)])(
    'refuses %p',
    (input) => {
      expect(parseClientName(input)).toBeNull();
    },
  );

  it('accepts a name of exactly the maximum length', () => {
    expect(parseClientName('я'.repeat(MAX_CLIENT_NAME_LENGTH))).not.toBeNull();
  });
});

describe('isOwnContact', () => {
  it('accepts the sender’s own card only', () => {
    expect(isOwnContact(42, 42)).toBe(true);
    expect(isOwnContact(43, 42)).toBe(false);
    expect(isOwnContact(undefined, 42)).toBe(false);
    expect(isOwnContact(null, 42)).toBe(false);
  });
});
