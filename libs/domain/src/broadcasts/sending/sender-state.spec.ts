import { JITTER_STEP_MS, MAX_EXTRA_JITTER_MS } from '../rules/send-rate.rule';
import { SenderState } from './sender-state';

describe('SenderState tolerance', () => {
  afterEach(() => jest.useRealTimers());

  it('each 429 widens it a step, up to the maximum; quiet five minutes narrow it a step', () => {
    jest.useFakeTimers({ now: 0 });
    const state = new SenderState();
    expect(state.toleranceNow()).toBe(0);
    state.widenTolerance();
    expect(state.toleranceNow()).toBe(JITTER_STEP_MS);
    for (let i = 0; i < 10; i++) state.widenTolerance();
    expect(state.toleranceNow()).toBe(MAX_EXTRA_JITTER_MS);
    jest.advanceTimersByTime(4 * 60_000);
    expect(state.toleranceNow()).toBe(MAX_EXTRA_JITTER_MS);
    jest.advanceTimersByTime(2 * 60_000);
    expect(state.toleranceNow()).toBe(MAX_EXTRA_JITTER_MS - JITTER_STEP_MS);
  });
});
