import { toClientFilter } from './client-filter';

describe('the clients filter form → the API client filter', () => {
  it('turns text lists into arrays and numbers into numbers, leaving the rest to the API', () => {
    expect(
      toClientFilter({
        tags: { any: 'vip, опт', all: '', none: 'новый' },
        source: 'offline instagram',
        campaignId: '3, 4',
        birthdayMonth: '2',
        subscribed: false,
      }),
    ).toEqual({
      tags: { any: ['vip', 'опт'], none: ['новый'] },
      source: ['offline', 'instagram'],
      campaignId: [3, 4],
      birthdayMonth: 2,
      subscribed: false,
    });
  });

  it('drops a tags group left empty and keeps a wrong value for the API to name', () => {
    expect(toClientFilter({ tags: { any: ' ' }, birthdayMonth: 'май' })).toEqual({ birthdayMonth: 'май' });
  });
});
