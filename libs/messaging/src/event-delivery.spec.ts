import { cappedBackoff, eventDeliveryJobOptions } from './event-delivery';

describe('event delivery retries', () => {
  it('doubles from the base and stays at the cap, however many attempts', () => {
    const backoff = cappedBackoff({ EVENT_RETRY_BASE_MS: 1000, EVENT_RETRY_MAX_MS: 300_000 });
    expect([1, 2, 3, 4].map((n) => backoff(n))).toEqual([1000, 2000, 4000, 8000]);
    expect(backoff(9)).toBe(256_000);
    expect(backoff(10)).toBe(300_000);
    expect(backoff(10_000)).toBe(300_000);
  });

  it('never runs out of attempts', () => {
    expect(eventDeliveryJobOptions()).toEqual({
      attempts: Number.MAX_SAFE_INTEGER,
      backoff: { type: 'capped-exponential' },
    });
  });
});
