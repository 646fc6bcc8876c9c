import { DeadlineExceededError, withDeadline } from './deadline';

describe('withDeadline', () => {
  it('passes an answer in time through', async () => {
    await expect(withDeadline(Promise.resolve(7), 100, 'x')).resolves.toBe(7);
  });

  it('gives up at the deadline on a call that hangs', async () => {
    const started = Date.now();
    await expect(withDeadline(new Promise(() => undefined), 50, 'Redis PING')).rejects.toThrow(
      new DeadlineExceededError('Redis PING', 50),
    );
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('passes the call’s own failure through', async () => {
    await expect(withDeadline(Promise.reject(new Error('boom')), 100, 'x')).rejects.toThrow('boom');
  });
});
