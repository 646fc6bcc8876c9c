import { displayName, type NameParts } from './display-name.rule';

describe('displayName', () => {
  it.each<[NameParts, string]>([
    [{ firstName: 'Анна', lastName: 'Иванова', username: 'anna' }, 'Анна Иванова'],
    [{ firstName: 'Анна', lastName: null, username: 'anna' }, 'Анна'],
    [{ firstName: null, lastName: 'Иванова', username: 'anna' }, 'Иванова'],
    [{ firstName: '  Анна ', lastName: ' ', username: 'anna' }, 'Анна'],
    [{ firstName: '🍬 Sweet', lastName: '🍭' }, '🍬 Sweet 🍭'],
    [{ firstName: '', lastName: '', username: 'anna' }, '@anna'],
    [{ firstName: '   ', username: '@anna' }, '@anna'],
    [{ username: 'anna_v' }, '@anna_v'],
    [{ firstName: null, lastName: null, username: null }, 'Без имени'],
    [{ firstName: '', lastName: '', username: '' }, 'Без имени'],
    [{ username: '@' }, 'Без имени'],
    [{}, 'Без имени'],
  ])('%j → %s', (parts, expected) => {
    expect(displayName(parts)).toBe(expected);
  });
});
