import { IdempotencyStore } from './idempotency.store';

describe('IdempotencyStore.isValidKey', () => {
  it.each(['a', 'k-1', 'till.7:2026-03-01_x', 'A'.repeat(128)])('accepts %s', (key) => {
    expect(IdempotencyStore.isValidKey(key)).toBe(true);
  });
  it.each(['', 'A'.repeat(129), 'with space', 'ключ', 'a/b', 'a\nb'])('refuses %j', (key) => {
    expect(IdempotencyStore.isValidKey(key)).toBe(false);
  });
});

describe('IdempotencyStore.hash', () => {
  it('is the same for the same request and differs for another', () => {
    expect(IdempotencyStore.hash({ code: 'A', amount: 1 })).toBe(
      IdempotencyStore.hash({ code: 'A', amount: 1 }),
    );
    expect(IdempotencyStore.hash({ code: 'A', amount: 1 })).not.toBe(
      IdempotencyStore.hash({ code: 'A', amount: 2 }),
    );
  });
});
