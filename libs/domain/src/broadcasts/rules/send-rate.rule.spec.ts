import { ARRIVAL_JITTER_MS, sendPace } from './send-rate.rule';

describe('sendPace', () => {
  it('free tier: at most 30/s, `rate` slots spanning a second plus the jitter tolerance, no paid flag', () => {
    expect(sendPace({ broadcast_rate: 25, paid_broadcast: false })).toEqual({
      rate: 25,
      intervalUs: 40_000 + (ARRIVAL_JITTER_MS * 1000) / 25,
      paid: false,
      windowMs: 1000 + ARRIVAL_JITTER_MS,
    });
    // Whatever is stored, free mode never goes past Telegram's 30/s.
    expect(sendPace({ broadcast_rate: 300, paid_broadcast: false }).rate).toBe(30);
  });

  it('paid mode: up to 1000/s, allow_paid_broadcast only when the rate needs it', () => {
    expect(sendPace({ broadcast_rate: 1000, paid_broadcast: true })).toEqual({
      rate: 1000,
      intervalUs: 1000 + ARRIVAL_JITTER_MS,
      paid: true,
      windowMs: 1000 + ARRIVAL_JITTER_MS,
    });
    expect(sendPace({ broadcast_rate: 5000, paid_broadcast: true }).rate).toBe(1000);
    expect(sendPace({ broadcast_rate: 20, paid_broadcast: true }).paid).toBe(false);
  });

  it('no `rate + 1` slots within one second, whatever the rate', () => {
    for (const rate of [1, 7, 30, 200, 999, 1000]) {
      const { intervalUs } = sendPace({ broadcast_rate: rate, paid_broadcast: rate > 30 });
      // rate + 1 slots span `rate` intervals: more than a second, by the tolerance.
      expect(rate * intervalUs).toBeGreaterThanOrEqual(1_000_000 + ARRIVAL_JITTER_MS * 1000 - rate);
    }
  });

  it('30/s with the tolerance clears the 29.4/s bar', () => {
    const { intervalUs } = sendPace({ broadcast_rate: 30, paid_broadcast: false });
    expect(1_000_000 / intervalUs).toBeGreaterThan(29.5);
  });

  it('the bench-only paid rate lifts the cap in paid mode only', () => {
    expect(sendPace({ broadcast_rate: 1000, paid_broadcast: true }, 100_000)).toMatchObject({
      rate: 100_000,
      paid: true,
    });
    expect(sendPace({ broadcast_rate: 30, paid_broadcast: false }, 100_000).rate).toBe(30);
  });

  it('after 429s: a wider tolerance, fewer slots a second', () => {
    expect(sendPace({ broadcast_rate: 30, paid_broadcast: false }, undefined, 15)).toMatchObject({
      windowMs: 1000 + ARRIVAL_JITTER_MS + 15,
      intervalUs: Math.round(((1000 + ARRIVAL_JITTER_MS + 15) * 1000) / 30),
    });
  });
});
