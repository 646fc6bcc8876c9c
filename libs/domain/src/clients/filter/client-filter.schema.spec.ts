import { clientFilterErrors, parseClientFilter } from './client-filter.schema';

describe('client filter schema', () => {
  it('accepts every key of DESIGN with its documented shape', () => {
    const filter = {
      subscribed: true,
      hasActiveDiscounts: false,
      gender: 'female',
      age: { from: 18, to: 35 },
      birthdayMonth: 2,
      birthdayWithinDays: 7,
      registered: { from: '2026-01-01', to: '2026-11-01T00:00:00Z' },
      tags: { any: ['vip'], all: ['birthday_set'], none: ['blacklist'] },
      source: 'instagram',
      campaignId: 3,
      status: ['active', 'blocked'],
      redeemedEver: true,
      lastActivity: { after: '2026-10-01', before: '2026-11-01' },
      isTest: false,
    };
    expect(parseClientFilter(filter)).toEqual(filter);
    expect(parseClientFilter(undefined)).toEqual({});
  });

  it.each([
    ['subscribed', { subscribed: 'yes' }],
    ['hasActiveDiscounts', { hasActiveDiscounts: 1 }],
    ['gender', { gender: 'robot' }],
    ['age.from', { age: { from: -1 } }],
    ['age.to', { age: { to: 'old' } }],
    ['age', { age: { from: 40, to: 30 } }],
    ['age', { age: {} }],
    ['birthdayMonth', { birthdayMonth: 13 }],
    ['birthdayWithinDays', { birthdayWithinDays: 1.5 }],
    ['registered.from', { registered: { from: '01.11.2026' } }],
    ['tags.any.0', { tags: { any: ['a'.repeat(33)] } }],
    ['tags.all', { tags: { all: 'vip' } }],
    ['tags', { tags: {} }],
    ['source', { source: "x' OR 1=1 --" }],
    ['campaignId', { campaignId: '1' }],
    ['status', { status: 'deleted' }],
    ['redeemedEver', { redeemedEver: null }],
    ['lastActivity.before', { lastActivity: { before: 12 } }],
    ['isTest', { isTest: 'true' }],
  ])('names %s when its value is wrong', (field, input) => {
    expect(Object.keys(clientFilterErrors(input))).toContain(field);
  });

  it('refuses unknown keys, nested ones included, naming each', () => {
    const errors = clientFilterErrors({ color: 'red', age: { from: 1, upto: 3 }, tags: { some: ['x'] } });
    expect(errors).toMatchObject({
      color: ['unknown filter key'],
      'age.upto': ['unknown filter key'],
      'tags.some': ['unknown filter key'],
    });
  });

  it('throws SEGMENT_INVALID with details.fields', () => {
    expect(() => parseClientFilter({ subscribed: 'no' })).toThrow('Invalid filter: subscribed');
    try {
      parseClientFilter([1]);
    } catch (error) {
      expect(error).toMatchObject({
        code: 'SEGMENT_INVALID',
        details: { fields: { filter: expect.any(Array) } },
      });
    }
  });
});
