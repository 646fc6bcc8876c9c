import { FREE_TIER_GUARD_US, sendPace } from './send-rate.rule';

describe('sendPace', () => {
  it('free tier: at most 30/s, spaced with a jitter guard, no paid flag', () => {
    expect(sendPace({ broadcast_rate: 25, paid_broadcast: false })).toEqual({
      rate: 25,
      intervalUs: 40_000 + FREE_TIER_GUARD_US,
      paid: false,
    });
    // Whatever is stored, free mode never goes past Telegram's 30/s.
    expect(sendPace({ broadcast_rate: 300, paid_broadcast: false }).rate).toBe(30);
  });

  it('paid mode: up to 1000/s, exact slots, allow_paid_broadcast only when the rate needs it', () => {
    expect(sendPace({ broadcast_rate: 1000, paid_broadcast: true })).toEqual({
      rate: 1000,
      intervalUs: 1000,
      paid: true,
    });
    expect(sendPace({ broadcast_rate: 5000, paid_broadcast: true }).rate).toBe(1000);
    expect(sendPace({ broadcast_rate: 20, paid_broadcast: true }).paid).toBe(false);
  });

  it('30/s with the guard still clears the 28.5/s bar', () => {
    const { intervalUs } = sendPace({ broadcast_rate: 30, paid_broadcast: false });
    expect(1_000_000 / intervalUs).toBeGreaterThan(29);
  });
});
