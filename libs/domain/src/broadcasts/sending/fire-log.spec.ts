import { FireLog } from './fire-log';

describe('FireLog', () => {
  it('lets `limit` sends through, then holds the next until the oldest leaves the window', () => {
    const log = new FireLog();
    for (let t = 0; t < 3; t++) {
      expect(log.waitMs(t, 3, 1000)).toBe(0);
      log.record(t);
    }
    expect(log.waitMs(10, 3, 1000)).toBe(990);
    expect(log.waitMs(1000, 3, 1000)).toBe(0);
    log.record(1000);
    // Now the oldest is the send at 1.
    expect(log.waitMs(1000, 3, 1000)).toBe(1);
  });

  it('a burst of late slots is spread: never more than `limit` in any window', () => {
    const log = new FireLog();
    const fired: number[] = [];
    let now = 0;
    // 100 sends wanted at once, limit 30 a second: each waits as long as the log says.
    while (fired.length < 100) {
      const wait = log.waitMs(now, 30, 1015);
      if (wait > 0) {
        now += wait;
        continue;
      }
      log.record(now);
      fired.push(now);
    }
    for (let i = 30; i < fired.length; i++) expect(fired[i] - fired[i - 30]).toBeGreaterThanOrEqual(1015);
  });

  it('keeps the newest sends when the limit changes', () => {
    const log = new FireLog();
    for (let t = 0; t < 5; t++) {
      log.waitMs(t, 5, 1000);
      log.record(t);
    }
    expect(log.waitMs(5, 5, 1000)).toBe(995);
    // Down to 2: the sends at 3 and 4 are the ones that count.
    expect(log.waitMs(5, 2, 1000)).toBe(998);
    expect(log.waitMs(5, 10, 1000)).toBe(0);
  });
});
