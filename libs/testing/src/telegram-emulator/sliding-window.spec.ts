import { SlidingWindow } from './sliding-window';

describe('SlidingWindow', () => {
  it('keeps exactly the timestamps of the last second, growing past its capacity', () => {
    const window = new SlidingWindow(1000, 2);
    for (const at of [0, 10, 500, 999]) window.push(at);
    window.advance(999);
    expect(window.length).toBe(4);
    window.advance(1000); // 0 is now exactly one window old and leaves
    expect(window.length).toBe(3);
    expect(window.msUntilSlotFrees(1000)).toBe(10);
    window.advance(1999);
    expect(window.length).toBe(0);
    expect(window.msUntilSlotFrees(1999)).toBe(0);
  });

  it('stays correct when the ring wraps around', () => {
    const window = new SlidingWindow(100, 4);
    for (let at = 0; at < 1000; at += 10) {
      window.advance(at);
      window.push(at);
      expect(window.length).toBe(Math.min(10, at / 10 + 1));
    }
  });
});
