import {
  dailyMedian,
  isBroadcastBlocked,
  isCashierSpike,
  isNotFoundBurst,
  isQuietCampaign,
  median,
} from './anomaly.rule';

describe('anomaly rules', () => {
  it('takes the median of odd and even counts, and 0 of none', () => {
    expect(median([])).toBe(0);
    expect(median([5])).toBe(5);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('counts days without redemptions as zeros', () => {
    const days = ['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05'];
    expect(
      dailyMedian(
        new Map([
          ['2026-11-01', 7],
          ['2026-11-02', 9],
        ]),
        days,
      ),
    ).toBe(0);
    expect(
      dailyMedian(
        new Map([
          ['2026-11-01', 7],
          ['2026-11-02', 9],
          ['2026-11-03', 4],
        ]),
        days,
      ),
    ).toBe(4);
    // A day outside the window does not count.
    expect(dailyMedian(new Map([['2026-10-31', 50]]), days)).toBe(0);
  });

  it('calls a cashier spike strictly over 3× the median, and never below 10 redemptions', () => {
    expect(isCashierSpike(12, 4)).toBe(false);
    expect(isCashierSpike(13, 4)).toBe(true);
    expect(isCashierSpike(9, 0)).toBe(false);
    expect(isCashierSpike(10, 0)).toBe(true);
    expect(isCashierSpike(31, 10)).toBe(true);
    expect(isCashierSpike(30, 10)).toBe(false);
  });

  it('calls a not_found burst from 20 checks', () => {
    expect(isNotFoundBurst(19)).toBe(false);
    expect(isNotFoundBurst(20)).toBe(true);
  });

  it('calls a campaign quiet from 20 registrations with no redemption', () => {
    expect(isQuietCampaign(19, 0)).toBe(false);
    expect(isQuietCampaign(20, 0)).toBe(true);
    expect(isQuietCampaign(200, 1)).toBe(false);
  });

  it('calls a broadcast blocked strictly over 5 % of its recipients', () => {
    expect(isBroadcastBlocked(5, 100)).toBe(false);
    expect(isBroadcastBlocked(6, 100)).toBe(true);
    expect(isBroadcastBlocked(0, 0)).toBe(false);
    expect(isBroadcastBlocked(51, 1000)).toBe(true);
  });
});
